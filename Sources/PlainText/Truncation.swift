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

    /// The text cut to at most `columns` display columns between words, ending in "…" when
    /// something was cut, so no word is shown cut ("Densitometría y…", never "Densitometría y análi").
    /// A first word wider than the columns is cut as `truncated` cuts it: something must show.
    public static func truncatedAtWord(_ text: some StringProtocol, toWidth columns: Int) -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text) <= columns { return String(text) }
        let words = wholeWords(text, toWidth: columns - 1)
        return words.isEmpty ? truncated(text, toWidth: columns) : words + ellipsis
    }

    /// The longest run of whole words of `text` from its start that fits in `columns` (the text
    /// itself when it fits), without the space after it; "" when not even the first word fits.
    public static func wholeWords(_ text: some StringProtocol, toWidth columns: Int) -> String {
        if DisplayWidth.of(text) <= columns { return String(text) }
        var result = "", used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = DisplayWidth.of(word) + (result.isEmpty ? 0 : 1)
            if used + w > columns { break }
            result += (result.isEmpty ? "" : " ") + word
            used += w
        }
        return String(result.reversed().drop { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }.reversed())
    }

    /// The text padded with spaces on the right to exactly `columns` (cut first if longer).
    public static func padded(_ text: some StringProtocol, toWidth columns: Int) -> String {
        let fitted = truncated(text, toWidth: columns)
        return fitted + String(repeating: " ", count: max(0, columns - DisplayWidth.of(fitted)))
    }
}
