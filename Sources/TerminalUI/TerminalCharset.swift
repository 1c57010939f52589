import Glibc

/// The character set the terminal types and shows, from the locale's codeset
/// (`nl_langinfo(nl_item(CODESET))`): UTF-8, or a one-byte set. Text inside the program is always Unicode;
/// this converts at the terminal's edge (bytes typed in, characters shown).
///
/// The C/POSIX locale (codeset ANSI_X3.4-1968, or no codeset at all) says nothing about the
/// terminal: most are UTF-8 with LANG simply not passed over SSH, some send Latin-1. It is read as
/// UTF-8, and a byte that is not UTF-8 as Latin-1 (`utf8OrLatin1`), so neither kind of terminal
/// loses a letter ("Müller" is never stored "Mller" nor "MÃ¼ller"); output is UTF-8 as before.
/// Any other one-byte codeset not known here is read as Latin-1.
public enum TerminalCharset: Sendable, Equatable {
    case utf8
    /// The C/POSIX locale: UTF-8, with a byte that is not UTF-8 read as Latin-1.
    case utf8OrLatin1
    /// ISO-8859-1 (also the C locale's bytes 0x80-0xFF).
    case latin1
    /// ISO-8859-15: Latin-1 with eight places changed (€, Š, š, Ž, ž, Œ, œ, Ÿ).
    case latin9

    /// The charset of a codeset name as `nl_langinfo(nl_item(CODESET))` or a locale name says it
    /// ("UTF-8", "utf8", "ISO-8859-15", "ANSI_X3.4-1968").
    public init(codeset: String) {
        let name = String(String.UnicodeScalarView(codeset.uppercased().unicodeScalars.filter { $0 != "-" && $0 != "_" }))
        switch name {
        case "UTF8": self = .utf8
        case "ANSIX3.41968", "ASCII", "USASCII", "": self = .utf8OrLatin1
        case "ISO885915", "LATIN9", "LATIN0": self = .latin9
        default: self = .latin1
        }
    }

    /// The charset the environment's locale (LC_ALL, LC_CTYPE, LANG) asks for. A locale not
    /// installed here is read by its name ("de_DE.ISO-8859-15@euro"); no codeset at all is C.
    /// The process's LC_CTYPE is left as it was.
    public static func ofEnvironment() -> TerminalCharset {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
        defer { _ = setlocale(LC_CTYPE, saved) }
        if setlocale(LC_CTYPE, "") != nil, let c = nl_langinfo(nl_item(CODESET)) {
            return TerminalCharset(codeset: String(cString: c))
        }
        return TerminalCharset(localeName: environmentLocaleName())
    }

    /// The charset a locale name mentions after its dot; C (Latin-1 here) when it names none.
    public init(localeName: String) {
        guard let dot = localeName.firstIndex(of: ".") else {
            self = .utf8OrLatin1  // C, POSIX, or a name with no codeset
            return
        }
        let rest = localeName[localeName.index(after: dot)...]
        self.init(codeset: String(rest.prefix { $0 != "@" }))
    }

    /// The locale name the environment gives (LC_ALL, then LC_CTYPE, then LANG), else C.
    public static func environmentLocaleName() -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let v = getenv(name).map({ String(cString: $0) }), !v.isEmpty { return v }
        }
        return "C"
    }

    private static let latin9Changes: [(byte: UInt8, scalar: Unicode.Scalar)] = [
        (0xA4, "\u{20AC}"), (0xA6, "\u{0160}"), (0xA8, "\u{0161}"), (0xB4, "\u{017D}"),
        (0xB8, "\u{017E}"), (0xBC, "\u{0152}"), (0xBD, "\u{0153}"), (0xBE, "\u{0178}"),
    ]

    /// Shown and read as UTF-8 (the C/POSIX locale too, with its Latin-1 fallback for input).
    public var isUTF8: Bool { self == .utf8 || self == .utf8OrLatin1 }

    /// The character a byte 0x80-0xFF stands for in a one-byte set (nil for UTF-8, whose bytes
    /// are read in sequences).
    public func scalar(forByte b: UInt8) -> Unicode.Scalar? {
        switch self {
        case .utf8, .utf8OrLatin1: return b < 0x80 ? Unicode.Scalar(b) : nil
        case .latin1: return Unicode.Scalar(b)
        case .latin9: return Self.latin9Changes.first { $0.byte == b }?.scalar ?? Unicode.Scalar(b)
        }
    }

    /// The byte that shows `s` in a one-byte set, or nil when the set has no such character.
    /// Always nil for UTF-8 (every character is shown as it is).
    public func byte(for s: Unicode.Scalar) -> UInt8? {
        switch self {
        case .utf8, .utf8OrLatin1: return nil
        case .latin1: return s.value <= 0xFF ? UInt8(s.value) : nil
        case .latin9:
            if let change = Self.latin9Changes.first(where: { $0.scalar == s }) { return change.byte }
            if s.value > 0xFF || Self.latin9Changes.contains(where: { UInt32($0.byte) == s.value }) { return nil }
            return UInt8(s.value)
        }
    }

    /// Text read from bytes in this set: UTF-8 as Swift reads it (an invalid byte becomes
    /// U+FFFD), a one-byte set byte by byte. Line mode reads its lines with this.
    public func decode(_ bytes: some Collection<UInt8>) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .utf8OrLatin1:
            if let text = String(validating: Array(bytes), as: UTF8.self) { return text }
            return Self.latin1.decode(bytes)  // not UTF-8: a Latin-1 terminal
        case .latin1, .latin9:
            var s = String.UnicodeScalarView()
            for b in bytes { s.append(scalar(forByte: b)!) }
            return String(s)
        }
    }

    /// Bytes that show `text` in this set; a character it has not is written `stand-in`.
    /// `substituted` tells whether any was.
    public func encode(_ text: String, standIn: UInt8 = UInt8(ascii: "?")) -> (bytes: [UInt8], substituted: Bool) {
        if isUTF8 { return (Array(text.utf8), false) }
        var out: [UInt8] = []
        var substituted = false
        for s in text.unicodeScalars {
            if let b = byte(for: s) { out.append(b) } else { out.append(standIn); substituted = true }
        }
        return (out, substituted)
    }
}
