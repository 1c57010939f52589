import PlainText

/// Turns terminal input into `Key`s: text in the terminal's charset (UTF-8, invalid bytes
/// dropped; or a one-byte set such as Latin-1, every byte a character), escape sequences of
/// xterm, VT100 and the Linux console, Esc-digit as F-digit, Alt combinations and bracketed
/// paste (ESC[200~ ... ESC[201~) as one `.paste` event.
///
/// Feed bytes with `feed(byte:)` (or already decoded scalars with `feed(scalar:)`) and call
/// `flushPendingEscape()` when the ESC delay passes without more input: a lone Esc is only
/// known to be one then.
///
/// Timed input (a real terminal): `feed(bytes:at:)` and `advance(to:)` with a monotonic clock in
/// seconds. Bytes that come within `escapeDelay` of an Esc belong to it (escape sequences, Alt
/// combinations). Esc then a digit typed at human speed, up to `escapeHold` (1 s, as mc does), is
/// still F-digit (and Esc then `/` still jumps):
/// - with `escapeActsAtOnce` (the screen can take its Esc back), a lone Esc is delivered when the
///   ESC delay passes, and a digit within the hold comes as `.takeBackEscape` then the F-key;
/// - without it, a lone Esc is held for the whole hold and delivered alone when it runs out; any
///   other key that comes later delivers the Esc and then that key.
/// `escapeDeadline` says when to call `advance(to:)`.
///
/// Strings a terminal or a hostile paste may send (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM
/// `ESC ^`, APC `ESC _`, and their 8-bit forms) and CSI sequences too long for any key are consumed
/// whole: none of their bytes is typed. A string, or a bracketed paste, whose end never comes ends
/// when `unterminatedLimit` passes without a byte (or at `stringLimit` bytes for a string), so it
/// cannot swallow the keys typed after it.
public struct KeyDecoder: Sendable {
    /// Bytes within this time of an Esc are part of its sequence (the terminal sent them together).
    public static let escapeDelay = 0.025
    /// How long after an Esc a digit still makes F-digit (Esc 2 = F2).
    public static let escapeHold = 1.0
    /// A paste or a terminal string without its end: it ends when no byte came for this long.
    public static let unterminatedLimit = 1.0
    /// A terminal string (OSC, DCS...) longer than this ends there (its bytes are dropped).
    public static let stringLimit = 64 * 1024
    /// A CSI with more parameter and intermediate bytes than this is no key: it is consumed whole.
    public static let csiLimit = 16

    enum State: Sendable {
        case ground
        case escape
        /// A lone Esc past the ESC delay, waiting up to `escapeHold` for a digit.
        case heldEscape
        /// A lone Esc already delivered (`escapeActsAtOnce`): a digit within the hold takes it back.
        case deliveredEscape
        case csi(String)
        /// A CSI longer than `csiLimit`: its bytes are dropped up to its final byte.
        case overlongCSI
        case ss3
        case paste
        /// An OSC, DCS, SOS, PM or APC string: dropped up to BEL or ST (`ESC \`, U+009C).
        case terminalString(bytes: Int)
        /// An Esc inside a terminal string: `\` ends the string, anything else starts afresh.
        case terminalStringEscape
    }

    /// How the terminal encodes the text typed (the locale's codeset).
    public let charset: TerminalCharset
    /// Deliver a lone Esc when the ESC delay passes (the screen can take it back when a digit
    /// follows within the hold); when false it is held for the whole hold.
    public var escapeActsAtOnce = false
    var state: State = .ground
    private var utf8: [UInt8] = []
    private var utf8Needed = 0
    var pasteBuffer = String.UnicodeScalarView()
    var pasteBytes = 0
    var pasteTail: [Unicode.Scalar] = []
    /// The time of the last timed feed, and when the pending Esc came.
    var now = 0.0
    private var escapeAt = 0.0
    /// When the last byte of an unfinished paste or terminal string came.
    var lastByteAt = 0.0

    public init(charset: TerminalCharset = .utf8) {
        self.charset = charset
    }

    /// When the caller should call `advance(to:)` if no input comes first: the end of the ESC
    /// delay, then the end of the hold. Nil when no Esc is pending.
    /// Also when an unfinished paste or terminal string ends if nothing more comes.
    public var escapeDeadline: Double? {
        switch state {
        case .escape: return escapeAt + Self.escapeDelay
        case .heldEscape: return escapeAt + Self.escapeHold
        case .paste, .terminalString, .terminalStringEscape, .overlongCSI: return lastByteAt + Self.unterminatedLimit
        default: return nil
        }
    }

    /// The clock moved to `time` (seconds): a pending Esc past the ESC delay is delivered (or
    /// held); a held one past the hold is delivered; a paste or string without its end is ended.
    public mutating func advance(to time: Double) -> [Key] {
        now = max(now, time)
        switch state {
        case .escape where now >= escapeAt + Self.escapeDelay:
            if escapeActsAtOnce { state = .deliveredEscape; return [.escape] }
            state = .heldEscape
            return advance(to: time)
        case .heldEscape where now >= escapeAt + Self.escapeHold:
            state = .ground
            return [.escape]
        case .deliveredEscape where now >= escapeAt + Self.escapeHold:
            state = .ground
        case .paste, .terminalString, .terminalStringEscape, .overlongCSI:
            if now >= lastByteAt + Self.unterminatedLimit { return endUnterminated() }
        default: break
        }
        return []
    }

    /// The ESC delay is known to have passed for a pending Esc (ncurses waited it before it gave
    /// the Esc): the Esc is delivered or held now rather than 25 ms later.
    public mutating func escapeDelayPassed() -> [Key] {
        guard case .escape = state else { return [] }
        return advance(to: max(now, escapeAt + Self.escapeDelay))
    }

    /// Bytes that arrived at `time` (seconds, any monotonic clock).
    public mutating func feed(bytes: some Sequence<UInt8>, at time: Double) -> [Key] {
        var keys = advance(to: time)
        for b in bytes { keys += feed(byte: b) }
        return keys
    }

    /// Scalars that arrived at `time` (ncurses hands over decoded characters).
    public mutating func feed(scalar s: Unicode.Scalar, at time: Double) -> [Key] {
        advance(to: time) + feed(scalar: s)
    }

    /// True while a sequence or a paste is incomplete.
    public var isPending: Bool {
        switch state {
        case .ground, .deliveredEscape: return utf8Needed > 0
        default: return true
        }
    }

    /// True inside a paste, a terminal string or an overlong CSI (their bytes are not keys).
    public var isInsideString: Bool {
        switch state {
        case .paste, .terminalString, .terminalStringEscape, .overlongCSI: return true
        default: return false
        }
    }

    /// True when only a lone Esc waits (the caller should flush it after the ESC delay).
    public var isWaitingAfterEscape: Bool {
        switch state {
        case .escape, .heldEscape: return true
        default: return false
        }
    }

    public mutating func feed(bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        for b in bytes { keys += feed(byte: b) }
        return keys
    }

    public mutating func feed(byte b: UInt8) -> [Key] {
        if !charset.isUTF8, let s = charset.scalar(forByte: b) { return feed(scalar: s) }
        if utf8Needed > 0 {
            if b & 0xC0 == 0x80 {
                utf8.append(b)
                utf8Needed -= 1
                if utf8Needed == 0 { return decodeUTF8() }
                return []
            }
            // invalid: the partial sequence is dropped (C/POSIX: read as Latin-1), then b afresh
            let partial = utf8
            utf8 = []; utf8Needed = 0
            if charset == .utf8OrLatin1 { return partial.flatMap { feed(scalar: Unicode.Scalar($0)) } + feed(byte: b) }
        }
        switch b {
        case 0x00..<0x80: return feed(scalar: Unicode.Scalar(b))
        case 0xC2...0xDF: utf8 = [b]; utf8Needed = 1
        case 0xE0...0xEF: utf8 = [b]; utf8Needed = 2
        case 0xF0...0xF4: utf8 = [b]; utf8Needed = 3
        default:
            // a stray continuation byte or an invalid lead byte: dropped, or Latin-1 in C/POSIX
            if charset == .utf8OrLatin1 { return feed(scalar: Unicode.Scalar(b)) }
        }
        return []
    }

    private mutating func decodeUTF8() -> [Key] {
        defer { utf8 = [] }
        var decoder = UTF8()
        var it = utf8.makeIterator()
        if case .scalarValue(let s) = decoder.decode(&it) { return feed(scalar: s) }
        return [] // overlong or surrogate: dropped
    }

    /// The ESC delay passed (untimed input: the burst of bytes is over): a pending lone Esc is a
    /// real Esc key, an unfinished sequence is dropped, a paste without its end is what came.
    public mutating func flushPendingEscape() -> [Key] {
        switch state {
        case .escape, .heldEscape:
            state = .ground
            return [.escape]
        case .deliveredEscape, .csi, .ss3:
            state = .ground
            return []
        case .paste, .terminalString, .terminalStringEscape, .overlongCSI:
            return endUnterminated()
        case .ground:
            return []
        }
    }

    public mutating func feed(scalar s: Unicode.Scalar) -> [Key] {
        switch state {
        case .ground: return ground(s)
        case .escape: return afterEscape(s)
        case .heldEscape: return afterHeldEscape(s)
        case .deliveredEscape: return afterDeliveredEscape(s)
        case .csi(let params): return csi(params, s)
        case .overlongCSI: return overlongCSI(s)
        case .ss3:
            state = .ground
            // not a final byte (an Esc, a control): the SS3 was cut short; the byte is read afresh
            guard (0x40...0x7E).contains(s.value) else { return ground(s) }
            return ss3(s)
        case .paste: lastByteAt = now; return pasteScalar(s)
        case .terminalString(let count): return terminalString(s, count: count)
        case .terminalStringEscape: return terminalStringEscape(s)
        }
    }

    mutating func ground(_ s: Unicode.Scalar) -> [Key] {
        switch s.value {
        case 0x1B: state = .escape; escapeAt = now; return []
        case 0x0D, 0x0A: return [.enter]
        case 0x09: return [.tab]
        case 0x7F, 0x08: return [.backspace]
        case 0x00: return [.control("@")]
        case 0x01...0x1A: return [.control(Character(Unicode.Scalar(s.value + 0x60)!))]
        case 0x1C...0x1F: return [.control(Character(Unicode.Scalar(s.value + 0x40)!))]
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: startTerminalString(); return [] // 8-bit DCS, SOS, OSC, PM, APC
        case 0x80..<0xA0: return []
        default:
            if Sanitizer.isUnsafe(s) { return [] }
            return [.character(Character(s))]
        }
    }

    mutating func afterEscape(_ s: Unicode.Scalar) -> [Key] {
        state = .ground
        switch s {
        case "[": state = .csi(""); return []
        case "O": state = .ss3; return []
        case "]", "P", "X", "^", "_": startTerminalString(); return []
        case "0"..."9":
            let d = Int(s.value - 0x30)
            return [.function(d == 0 ? 10 : d)]
        case "\u{1B}": state = .escape; escapeAt = now; return [.escape]
        case "\t": return [.backTab] // ESC Tab: the Linux console's Shift-Tab (kcbt)
        default:
            if s.value >= 0x20 && s.value != 0x7F && !Sanitizer.isUnsafe(s) { return [.alt(Character(s))] }
            return [.escape] + ground(s)
        }
    }

    /// A key typed after a held Esc: a digit makes F-digit and `/` the jump (Esc /); anything
    /// else delivers the Esc, then is read afresh (another Esc may start a sequence).
    private mutating func afterHeldEscape(_ s: Unicode.Scalar) -> [Key] {
        state = .ground
        switch s {
        case "0"..."9":
            let d = Int(s.value - 0x30)
            return [.function(d == 0 ? 10 : d)]
        case "/": return [.alt("/")]
        default: return [.escape] + ground(s)
        }
    }

    /// A key typed after an Esc already delivered: a digit within the hold takes the Esc back
    /// and is F-digit, `/` the jump (Esc /); anything else is read afresh.
    private mutating func afterDeliveredEscape(_ s: Unicode.Scalar) -> [Key] {
        state = .ground
        guard now < escapeAt + Self.escapeHold else { return ground(s) }
        switch s {
        case "0"..."9":
            let d = Int(s.value - 0x30)
            return [.takeBackEscape, .function(d == 0 ? 10 : d)]
        case "/": return [.takeBackEscape, .alt("/")]
        default: return ground(s)
        }
    }

    private mutating func csi(_ params: String, _ s: Unicode.Scalar) -> [Key] {
        let v = s.value
        if (0x20...0x3F).contains(v) || (params.isEmpty && s == "[") {
            if params.count >= Self.csiLimit { state = .overlongCSI; lastByteAt = now; return [] }
            state = .csi(params + String(s))
            return []
        }
        state = .ground
        guard (0x40...0x7E).contains(v) else { return ground(s) }
        if params.hasPrefix("[") { // Linux console F1-F5: ESC [ [ A..E
            if let i = "ABCDE".unicodeScalars.firstIndex(of: s) {
                return [.function("ABCDE".unicodeScalars.distance(from: "ABCDE".unicodeScalars.startIndex, to: i) + 1)]
            }
            return []
        }
        let numbers = params.split(separator: ";").map { Int($0) ?? 0 }
        if let key = Self.cursorOrFunctionKey(s) { return [key] }
        switch s {
        case "Z": return [.backTab]
        case "~":
            switch numbers.first ?? 0 {
            case 1, 7: return [.home]
            case 4, 8: return [.end]
            case 2: return [.insert]
            case 3: return [.delete]
            case 5: return [.pageUp]
            case 6: return [.pageDown]
            case 11...15: return [.function(numbers[0] - 10)]
            case 17...21: return [.function(numbers[0] - 11)]
            case 23, 24: return [.function(numbers[0] - 12)]
            case 200:
                state = .paste
                pasteBuffer = .init(); pasteBytes = 0; pasteTail = []
                lastByteAt = now
                return []
            default: return []
            }
        default:
            return []
        }
    }

    private func ss3(_ s: Unicode.Scalar) -> [Key] {
        if let key = Self.cursorOrFunctionKey(s) { return [key] }
        switch s {
        case "M": return [.enter]   // keypad Enter in application mode
        case "Z": return [.backTab] // Shift-Tab from terminals whose keys are in SS3 form
        default: return []
        }
    }

    /// The final byte both CSI (`ESC [`) and SS3 (`ESC O`) use for arrows, Home/End and F1-F4.
    private static func cursorOrFunctionKey(_ s: Unicode.Scalar) -> Key? {
        switch s {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "P", "Q", "R", "S": return .function(Int(s.value - 0x50) + 1)
        default: return nil
        }
    }
}
