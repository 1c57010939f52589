/// Text helpers for the printed sheet: make patient-entered strings safe to print, and measure,
/// wrap, truncate and pad them by display width (terminal columns), not bytes or characters.
///
/// Every string that comes from a record goes through `sanitised(_:)` before it reaches a line of
/// the sheet, so control characters, escape sequences and bidirectional overrides never reach the
/// text file, the PDF or a printer.
public enum SheetText {
    /// The string with escape sequences, control characters, bidi controls and other invisible
    /// format characters removed; tabs and line breaks become spaces; runs of spaces collapse.
    public static func sanitised(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pendingSpace = false
        while let scalar = scalars.next() {
            let value = scalar.value
            if value == 0x1B || value == 0x9B || value == 0x9D {
                skipEscapeSequence(startingWith: value, in: &scalars)
                continue
            }
            if value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C
                || value == 0x2028 || value == 0x2029 || value == 0x85 || scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if isInvisibleControl(value) { continue }
            if pendingSpace { output.append(" "); pendingSpace = false }
            output.append(scalar)
        }
        return String(output)
    }

    /// C0/C1 controls, DEL, bidi embeddings/overrides/isolates and marks, and other format
    /// characters that could reorder or hide text. ZWJ (U+200D) stays: emoji sequences need it.
    static func isInvisibleControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200B, 0x200C, 0x200E, 0x200F, 0x061C: return true
        case 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x206A...0x206F: return true
        case 0xFEFF, 0xFFF9...0xFFFB: return true
        case 0xE0000...0xE007F: return true
        default: return false
        }
    }

    /// Skips the rest of an ESC/CSI/OSC sequence: CSI up to its final byte, OSC/DCS/APC/PM up to
    /// BEL or ST, any other escape up to one following character.
    private static func skipEscapeSequence(startingWith first: UInt32, in scalars: inout String.UnicodeScalarView.Iterator) {
        var kind = first
        if first == 0x1B {
            guard let next = scalars.next() else { return }
            switch next.value {
            case 0x5B: kind = 0x9B                          // ESC [  = CSI
            case 0x5D, 0x50, 0x5F, 0x5E, 0x58: kind = 0x9D  // ESC ] P _ ^ X = string sequences
            default: return                                  // two-character escape
            }
        }
        if kind == 0x9B {
            while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
            return
        }
        var previousWasEscape = false
        while let scalar = scalars.next() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if previousWasEscape && scalar.value == 0x5C { return }
            previousWasEscape = scalar.value == 0x1B
        }
    }

    /// Columns a character occupies on a terminal or a fixed-pitch line: 2 for East Asian wide
    /// and fullwidth characters and most emoji, 0 for a lone combining mark, else 1.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isWide(first.value) { return 2 }
        if character.unicodeScalars.count == 1 {
            switch first.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return 0
            default: break
            }
        }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        return 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, condensed.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x25FD...0x25FE,
             0x2614...0x2615, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F2FF, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Display width of a whole string.
    public static func width(_ text: some StringProtocol) -> Int {
        // Fast path: printable ASCII is one column per byte.
        var ascii = true
        for byte in text.utf8 where byte >= 0x7F || byte < 0x20 { ascii = false; break }
        if ascii { return text.utf8.count }
        var total = 0
        for character in text { total += width(of: character) }
        return total
    }

    /// The text cut to at most `columns`, ending in "…" when something was cut.
    public static func truncated(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > columns - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// The text padded with spaces on the right to exactly `columns` (cut first if longer).
    public static func padded(_ text: String, to columns: Int) -> String {
        let fitted = width(text) > columns ? truncated(text, to: columns) : text
        return fitted + String(repeating: " ", count: max(0, columns - width(fitted)))
    }

    /// The text broken into lines of at most `columns`: at spaces where possible, inside a word
    /// (or between CJK characters) where a word alone is too wide. Never returns an empty array.
    public static func wrapped(_ text: String, to columns: Int) -> [String] {
        let columns = max(1, columns)
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = width(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= columns {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
            if wordWidth <= columns { line = String(word); lineWidth = wordWidth; continue }
            for character in word {
                let w = width(of: character)
                if lineWidth + w > columns { lines.append(line); line = ""; lineWidth = 0 }
                line.append(character)
                lineWidth += w
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
