/// Why text typed into a number field is not a number. The words are the screens' (their string
/// tables); this says only what went wrong, so the screens and line mode agree.
public enum TypedNumberProblem: Error, Hashable, Sendable {
    /// Not a number ("seventy", "72 5", "1e3").
    case unreadable
    /// A thousands separator, or text that could be one ("1,234", "1.234,5", "1 234"): it could be
    /// read as a thousand and more or as a little over one, so it is never guessed.
    case thousandsSeparator
}

/// How a decimal number typed at a keyboard is read: `72.5` or `72,5`, an optional sign, and
/// nothing that could be a thousands separator.
///
/// The decimal comma is read in every intake, as it cannot be misread when it is not followed by
/// exactly three digits (`65,5`, `-2,3`, `37,85`). A comma followed by three digits after a whole
/// part of one to three digits (`1,234`) is how English writes a thousand and more, so it is
/// refused; so is a point in that position in a Spanish intake (`1.234` is 1234 in Spanish), and
/// any number with two separators (`1.234,5`). A leading zero cannot start a thousands group:
/// `0,125` is 0.125.
public enum TypedNumber {
    /// The number typed, or what is wrong with it. `commaIsDecimalMark` is true where the patient
    /// types in a language whose decimal mark is the comma (Spanish): a point is then also read
    /// as a thousands separator where it could be one.
    public static func decimal(_ text: String, commaIsDecimalMark: Bool) -> Result<Double, TypedNumberProblem> {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ isDigit($0) || isSeparator($0) }) else {
            // "1 234": digits in groups with spaces between them
            let groups = body.split(separator: " ")
            if groups.count > 1, groups.allSatisfy({ $0.allSatisfy(isDigit) }) { return .failure(.thousandsSeparator) }
            return .failure(.unreadable)
        }
        let parts = body.split(omittingEmptySubsequences: false, whereSeparator: isSeparator)
        guard parts.contains(where: { !$0.isEmpty }) else { return .failure(.unreadable) }
        if parts.count > 2 { return parts.allSatisfy({ !$0.isEmpty }) ? .failure(.thousandsSeparator) : .failure(.unreadable) }
        if parts.count == 2 {
            let whole = parts[0], fraction = parts[1]
            let mark = body[body.index(body.startIndex, offsetBy: whole.count)]
            let couldGroupThousands = (1...3).contains(whole.count) && whole.first != "0" && fraction.count == 3
            if couldGroupThousands && (mark == "," || commaIsDecimalMark) { return .failure(.thousandsSeparator) }
        }
        let normalised = (negative ? "-" : "") + parts.joined(separator: ".")
        guard let value = Double(normalised), value.isFinite else { return .failure(.unreadable) }
        return .success(value)
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    private static func isSeparator(_ character: Character) -> Bool { character == "." || character == "," }
}
