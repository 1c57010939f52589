/// Fitting one line of text into a number of columns: cut with an ellipsis, or padded.
public enum Truncation {
    public static let ellipsis = "…"

    /// The text cut to at most `columns` display columns, ending in "…" when something was cut.
    public static func truncated(_ text: some StringProtocol, toWidth columns: Int) -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text) <= columns { return String(text) }
        var result = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > columns - 1 { break }
            result.append(character)
            used += w
        }
        return result + ellipsis
    }

    /// The text padded with spaces on the right to exactly `columns` (cut first if longer).
    public static func padded(_ text: some StringProtocol, toWidth columns: Int) -> String {
        let fitted = truncated(text, toWidth: columns)
        return fitted + String(repeating: " ", count: max(0, columns - DisplayWidth.of(fitted)))
    }
}
