/// Fills the placeholders of a text from a string table: `{1}`, `{2}` ... by position, or
/// `{name}` by name. A placeholder without a value is kept as written.
///
/// One scan of the template, in Swift: Foundation's `replacingOccurrences` goes through NSString
/// on Linux, and the step indicator and titles are filled on every key.
public enum PlaceholderText {
    /// `{1}` is `arguments[0]`, `{2}` is `arguments[1]` ...
    public static func fill(_ template: String, _ arguments: [String]) -> String {
        fill(template) { name in Int(name).flatMap { $0 >= 1 && $0 <= arguments.count ? arguments[$0 - 1] : nil } }
    }

    /// `{name}` is `values[name]`.
    public static func fill(_ template: String, named values: [String: String]) -> String {
        fill(template) { values[$0] }
    }

    public static func fill(_ template: String, value: (String) -> String?) -> String {
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var copied = bytes.startIndex
        var index = copied
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[bytes.index(after: open)...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = String(template[bytes.index(after: open)..<close])
            if let replacement = value(name) {
                result += template[copied..<open]
                result += replacement
                copied = bytes.index(after: close)
            }
            index = bytes.index(after: open)
        }
        result += template[copied...]
        return result
    }
}
