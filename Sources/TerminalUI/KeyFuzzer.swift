/// One input the key fuzzer makes: bytes as a terminal sends them (keys, escape sequences,
/// pastes, hostile strings), a key already decoded, a new terminal size, or a pause.
public enum FuzzInput: Hashable, Sendable {
    case bytes([UInt8])
    case key(Key)
    case resize(Size)
    /// Seconds without input (a held Esc runs out, an unfinished paste ends, the idle lock counts).
    case pause(Double)
}

/// A seeded generator of what a terminal may send a program: typed text (accents, CJK, emoji,
/// controls, bytes that are not UTF-8), navigation and function keys, Esc at every speed, escape
/// sequences well and badly formed, OSC/DCS/APC strings, bracketed pastes with and without their
/// end, resizes from `minimumSize` to `maximumSize`, pauses, and a staff sign-in now and then.
/// The same seed gives the same inputs, so a problem it finds is found again.
public struct KeyFuzzer: Sendable {
    public let minimumSize: Size
    public let maximumSize: Size
    /// Typed as a staff sign-in now and then (login, Tab, PIN, Enter), so locked and kiosk screens
    /// are left and entered again.
    public let signIn: String
    private var random: SeededRandom

    public init(seed: UInt64, minimumSize: Size = Size(width: 1, height: 1), maximumSize: Size = Size(width: 200, height: 60),
                signIn: String = "") {
        random = SeededRandom(seed: seed)
        self.minimumSize = minimumSize
        self.maximumSize = maximumSize
        self.signIn = signIn
    }

    public mutating func next() -> FuzzInput {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<24: return .bytes(Array(text().utf8))
        case 24..<48: return .key(pick(Self.navigation))
        case 48..<56: return .key(functionOrControl())
        case 56..<64: return escapeAtSomeSpeed()
        case 64..<74: return .bytes(escapeSequence())
        case 74..<80: return .bytes(paste())
        case 80..<85: return .bytes(rawBytes())
        case 85..<89: return .resize(size())
        case 89..<93: return .pause(pick([0.01, 0.03, 0.3, 0.9, 1.2, 2.0]))
        case 93..<96: return .bytes(Array((signIn.isEmpty ? "\r" : signIn).utf8))
        case 96..<98: return .key(pick([.enter, .character("y"), .character("n"), .character("r"), .character("k")]))
        default: return .key(pick([.hangUp, .function(10), .control("x"), .pageDown]))
        }
    }

    // MARK: pieces

    static let navigation: [Key] = [.tab, .backTab, .enter, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
                                    .backspace, .delete, .insert, .character(" "), .tab, .pageDown, .down]
    static let words = ["Ana", "Díaz", "1950-02-03", "72", "kg", "160", "x", "Müller", "中文", "👩‍⚕️", "e\u{301}",
                        "\u{202E}rtl", "Zoë", "ÅÄÖ", "-3.5", "0", "10", "alendronate", "%s{1}", "🇪🇸", "ｗｉｄｅ", "\u{200B}"]

    private mutating func text() -> String {
        var s = ""
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            s += Bool.random(using: &random) ? pick(Self.words) : String(pick(Array("abcdefghijklmnopqrstuvwxyz0123456789 ./")))
        }
        return s
    }

    private mutating func functionOrControl() -> Key {
        if Bool.random(using: &random) { return .function(Int.random(in: 1...12, using: &random)) }
        return .control(pick(Array("abdefghjklnoprstuvwxz]\\^_@")))
    }

    /// Esc alone, Esc then a digit or `/` within the ESC delay, after a human pause, or too late.
    private mutating func escapeAtSomeSpeed() -> FuzzInput {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return .bytes([0x1B])
        case 1: return .bytes([0x1B] + Array(pick(["1", "2", "4", "5", "0", "/", "9"]).utf8))
        default: return .bytes(Array(pick(["1", "2", "5", "0", "/", "a"]).utf8))  // after an Esc and a pause, maybe
        }
    }

    private mutating func escapeSequence() -> [UInt8] {
        let esc = "\u{1B}"
        let forms = [
            esc + "[A", esc + "OB", esc + "[1;5C", esc + "[3~", esc + "[5~", esc + "[6~", esc + "[15~", esc + "[24~",
            esc + "[Z", esc + "\t", esc + "[[A", esc + "OP", esc + "[200~", esc + "[201~", esc + "x",
            esc + "[" + String(repeating: "9", count: Int.random(in: 10...40, using: &random)) + "~",
            esc + "]0;OWNED\u{07}", esc + "]52;c;AAAA" + esc + "\\", esc + "P1$r" + esc + "\\", esc + "_APC",
            esc + "]8;;http://x" + esc, esc + "X sos", esc + "^pm" + esc + "\\", esc + "[?1;2c", esc + "[12;40R",
            esc + "[", esc + "O", esc + "[1;", esc + esc + "[A", "\u{9B}31m", "\u{9D}0;t\u{9C}",
        ]
        return Array(pick(forms).utf8)
    }

    private mutating func paste() -> [UInt8] {
        var body = ""
        for _ in 0..<Int.random(in: 0...6, using: &random) {
            body += pick(Self.words + ["\r\n", "\n", "\t", "\u{1B}[31m", "\u{07}", "\u{1B}]0;x\u{07}", " "])
        }
        if Int.random(in: 0..<20, using: &random) == 0 { body += String(repeating: "A", count: Key.pasteLimit + 10) }
        let end = Int.random(in: 0..<6, using: &random) == 0 ? "" : "\u{1B}[201~"
        return Array(("\u{1B}[200~" + body + end).utf8)
    }

    /// C0 and C1 controls, DEL, bytes that are not UTF-8 and cut UTF-8 sequences.
    private mutating func rawBytes() -> [UInt8] {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in
            pick([0x00, 0x03, 0x07, 0x08, 0x0A, 0x0D, 0x11, 0x13, 0x1A, 0x1C, 0x7F, 0x80, 0x9B, 0x9D, 0xC3, 0xE4, 0xF0, 0xFF,
                  0xC0, 0xBF, UInt8.random(in: 0...255, using: &random)])
        }
    }

    private mutating func size() -> Size {
        if Int.random(in: 0..<8, using: &random) == 0 { return pick([minimumSize, maximumSize, Size(width: 80, height: 24)]) }
        return Size(width: Int.random(in: minimumSize.width...maximumSize.width, using: &random),
                    height: Int.random(in: minimumSize.height...maximumSize.height, using: &random))
    }

    private mutating func pick<T>(_ choices: [T]) -> T { choices[Int.random(in: 0..<choices.count, using: &random)] }
}

/// SplitMix64: a small seeded generator (the standard library's is not seeded), so a fuzz run
/// repeats exactly from its seed.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
