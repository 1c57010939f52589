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
/// seconds. A lone Esc is held for up to `escapeHold` (1 s, as mc does) so that Esc then a digit
/// typed at human speed is still F-digit (and Esc then `/` still jumps). Bytes that come within
/// `escapeDelay` of the Esc belong to it (escape sequences, Alt combinations); any other key that
/// comes later delivers the Esc and then that key; nothing within the hold delivers the Esc alone
/// (`escapeDeadline` says when to call `advance(to:)`).
public struct KeyDecoder: Sendable {
    /// Bytes within this time of an Esc are part of its sequence (the terminal sent them together).
    public static let escapeDelay = 0.025
    /// How long a lone Esc waits for a digit (Esc 2 = F2) before it is delivered as Esc.
    public static let escapeHold = 1.0

    private enum State: Sendable {
        case ground
        case escape
        /// A lone Esc past the ESC delay, waiting up to `escapeHold` for a digit.
        case heldEscape
        case csi(String)
        case ss3
        case paste
    }

    /// How the terminal encodes the text typed (the locale's codeset).
    public let charset: TerminalCharset
    private var state: State = .ground
    private var utf8: [UInt8] = []
    private var utf8Needed = 0
    private var pasteBuffer = String.UnicodeScalarView()
    private var pasteBytes = 0
    private var pasteTail: [Unicode.Scalar] = []
    /// The time of the last timed feed, and when the pending Esc came.
    private var now = 0.0
    private var escapeAt = 0.0

    public init(charset: TerminalCharset = .utf8) {
        self.charset = charset
    }

    /// When the caller should call `advance(to:)` if no input comes first: the end of the ESC
    /// delay, then the end of the hold. Nil when no Esc is pending.
    public var escapeDeadline: Double? {
        switch state {
        case .escape: return escapeAt + Self.escapeDelay
        case .heldEscape: return escapeAt + Self.escapeHold
        default: return nil
        }
    }

    /// The clock moved to `time` (seconds): a pending Esc past the ESC delay is held; past the
    /// hold it is delivered.
    public mutating func advance(to time: Double) -> [Key] {
        now = max(now, time)
        if case .escape = state, now - escapeAt >= Self.escapeDelay { state = .heldEscape }
        if case .heldEscape = state, now - escapeAt >= Self.escapeHold {
            state = .ground
            return [.escape]
        }
        return []
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
        if case .ground = state { return utf8Needed > 0 }
        return true
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

    /// The ESC delay passed: a pending lone Esc is a real Esc key.
    public mutating func flushPendingEscape() -> [Key] {
        switch state {
        case .escape, .heldEscape:
            state = .ground
            return [.escape]
        case .csi, .ss3:
            state = .ground // an unfinished sequence is dropped
            return []
        default:
            return []
        }
    }

    public mutating func feed(scalar s: Unicode.Scalar) -> [Key] {
        switch state {
        case .ground: return ground(s)
        case .escape: return afterEscape(s)
        case .heldEscape: return afterHeldEscape(s)
        case .csi(let params): return csi(params, s)
        case .ss3: state = .ground; return ss3(s)
        case .paste: return pasteScalar(s)
        }
    }

    private mutating func ground(_ s: Unicode.Scalar) -> [Key] {
        switch s.value {
        case 0x1B: state = .escape; escapeAt = now; return []
        case 0x0D, 0x0A: return [.enter]
        case 0x09: return [.tab]
        case 0x7F, 0x08: return [.backspace]
        case 0x00: return [.control("@")]
        case 0x01...0x1A: return [.control(Character(Unicode.Scalar(s.value + 0x60)!))]
        case 0x1C...0x1F: return [.control(Character(Unicode.Scalar(s.value + 0x40)!))]
        case 0x80..<0xA0: return []
        default:
            if Sanitizer.isUnsafe(s) { return [] }
            return [.character(Character(s))]
        }
    }

    private mutating func afterEscape(_ s: Unicode.Scalar) -> [Key] {
        state = .ground
        switch s {
        case "[": state = .csi(""); return []
        case "O": state = .ss3; return []
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

    private mutating func csi(_ params: String, _ s: Unicode.Scalar) -> [Key] {
        let v = s.value
        if (0x20...0x3F).contains(v) || (params.isEmpty && s == "[") {
            if params.count > 16 { state = .ground; return [] }
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

    private static let pasteEnd: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

    private mutating func pasteScalar(_ s: Unicode.Scalar) -> [Key] {
        pasteTail.append(s)
        if pasteTail.count > 6 { pasteTail.removeFirst() }
        pasteBytes += UTF8.width(s)
        if pasteBytes <= Key.pasteLimit + 6 { pasteBuffer.append(s) }
        guard pasteTail == Self.pasteEnd else { return [] }
        state = .ground
        let total = pasteBytes - 6
        defer { pasteBuffer = .init(); pasteTail = [] }
        if total > Key.pasteLimit { return [.pasteRefused(byteCount: total)] }
        var raw = pasteBuffer
        raw.removeLast(6)
        return [.paste(Sanitizer.clean(String(raw), keepNewlines: true))]
    }
}
