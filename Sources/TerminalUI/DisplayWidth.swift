/// Display width of graphemes in terminal columns: 0, 1 or 2.
///
/// Rules (after Unicode UAX #11 East Asian Width and UTS #51 emoji presentation):
/// a grapheme takes the width of its first scalar; East Asian Wide/Fullwidth scalars and emoji
/// with emoji presentation (or followed by VS16 U+FE0F) are 2 columns; combining marks, joiners
/// and variation selectors add nothing, so "e\u{301}", "é" and "👩‍⚕️" each count once.
public enum DisplayWidth {
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if grapheme.isASCII {
            return first.value >= 0x20 && first.value != 0x7F ? 1 : 0
        }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if scalars.count > 1 && scalars.contains(where: { $0.value == 0x200D })
            && scalars.contains(where: { $0.properties.isEmoji && $0.value > 0xFF }) { return 2 }
        return width(ofScalar: first)
    }

    public static func of(_ text: String) -> Int {
        if let width = asciiWidth(text) { return width }
        var total = 0
        for g in text { total += of(g) }
        return total
    }

    /// The width of plain ASCII text (most of what the forms and the summary show) without
    /// breaking it into graphemes: one column per printable byte. Nil when the text is not ASCII.
    static func asciiWidth(_ text: String) -> Int? {
        var width = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }

    static func width(ofScalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if v >= 0x1160 && v <= 0x11FF { return 0 } // Hangul jamo medial vowels, final consonants
        if s.properties.isEmojiPresentation { return 2 }
        if isWide(v) { return 2 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        for r in wideRanges where r.contains(v) { return true }
        return false
    }
}
