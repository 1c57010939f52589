/// Word-wrapping to a display width. Every loop here advances: a grapheme wider than the whole
/// width (中 at width 1) is shown as `placeholder`, never waited on.
public enum TextWrap {
    /// Shown in place of a grapheme wider than the width: one column, says "something is here".
    public static let placeholder = "…"

    /// Lines of at most `width` columns; paragraphs split on newlines; words longer than the width
    /// are cut. Width 0 or less gives no lines.
    public static func lines(_ text: some StringProtocol, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }) { return printableASCIILines(String(text), width: width) }
        return graphemeLines(String(text), width: width)
    }

    /// `lines` for any text: words of graphemes, each as wide as `DisplayWidth` says.
    static func graphemeLines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                let ww = DisplayWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + ww > width {
                    out.append(line); line = ""; lineWidth = 0
                }
                if ww > width {
                    // cut the word grapheme by grapheme; each grapheme is taken, so this ends
                    if lineWidth > 0 { out.append(line); line = ""; lineWidth = 0 }
                    for g in word {
                        var piece = String(g), gw = DisplayWidth.of(g)
                        if gw > width { piece = placeholder; gw = 1 }
                        if lineWidth + gw > width { out.append(line); line = ""; lineWidth = 0 }
                        line += piece; lineWidth += gw
                    }
                    continue
                }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word; lineWidth += ww
            }
            out.append(line)
        }
        return out
    }

    /// `lines` for printable ASCII and newlines: the same lines, cut on bytes instead of graphemes
    /// (one byte is one column), as the summary wraps every line of it on each layout.
    static func printableASCIILines(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        let bytes = Array(text.utf8)
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line: [UInt8] = []
            var index = start
            while index < end {
                if bytes[index] == 0x20 { index += 1; continue }
                var wordEnd = index
                while wordEnd < end && bytes[wordEnd] != 0x20 { wordEnd += 1 }
                var word = index..<wordEnd
                if !line.isEmpty && line.count + 1 + word.count > width {
                    out.append(String(decoding: line, as: UTF8.self)); line = []
                }
                while word.count > width {
                    if !line.isEmpty { out.append(String(decoding: line, as: UTF8.self)); line = [] }
                    out.append(string(word.lowerBound..<word.lowerBound + width))
                    word = word.lowerBound + width..<word.upperBound
                }
                if !word.isEmpty {
                    if !line.isEmpty { line.append(0x20) }
                    line.append(contentsOf: bytes[word])
                }
                index = wordEnd
            }
            out.append(String(decoding: line, as: UTF8.self))
            start = end + 1
        }
        return out
    }
}
