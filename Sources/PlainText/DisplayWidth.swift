/// Display width of graphemes in terminal columns: 0, 1 or 2. The one width table of the program:
/// the screen, the printed sheet and the command line's tables all measure with it.
///
/// A scalar is as wide as glibc's `wcwidth` says (the function ncurses uses to place it;
/// `DisplayWidthTable`, held to it by WidthTableTests). A grapheme takes the width of its first
/// scalar: that is what the terminal gets (CursesTerminal sends the first scalar and its combining
/// marks), so "e\u{301}" is 1, "中" 2, "👩‍⚕️" 2 (shown as 👩) and "⚕️" 1, as tmux shows them.
public enum DisplayWidth {
    public static func of(_ grapheme: Character) -> Int {
        if grapheme.isASCII {
            guard let byte = grapheme.asciiValue else { return 0 } // "\r\n"
            return byte >= 0x20 && byte != 0x7F ? 1 : 0
        }
        guard let first = grapheme.unicodeScalars.first else { return 0 }
        return width(ofScalar: first)
    }

    public static func of(_ text: some StringProtocol) -> Int {
        if let width = asciiWidth(text) { return width }
        var total = 0
        for g in text { total += of(g) }
        return total
    }

    /// The width of plain ASCII text (most of what the forms and the summary show) without
    /// breaking it into graphemes: one column per printable byte. Nil when the text is not ASCII.
    public static func asciiWidth(_ text: some StringProtocol) -> Int? {
        var width = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }

    /// One scalar: controls 0, then the table; anything else (also what is newer than glibc's
    /// Unicode, where wcwidth says -1) 1.
    public static func width(ofScalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if contains(DisplayWidthTable.zeroWidth, v) { return 0 }
        if contains(DisplayWidthTable.doubleWidth, v) { return 2 }
        return 1
    }

    /// Binary search of sorted, disjoint ranges.
    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < ranges[mid].lowerBound { high = mid - 1 } else if v > ranges[mid].upperBound { low = mid + 1 } else { return true }
        }
        return false
    }
}
