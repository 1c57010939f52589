/// Fills the `{name}` placeholders of a catalog text. A placeholder without a value is kept as
/// written; a value is inserted as given, never filled again (a patient's "{count}" stays as typed).
public enum PlaceholderText {
    /// `{name}` is `values[name]`.
    public static func fill(_ template: String, named values: [String: String]) -> String {
        fill(template) { values[$0] }
    }

    public static func fill(_ template: String, value: (String) -> String?) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let replacement = value(name) {
                result += rest[..<open]
                result += replacement
                rest = rest[rest.index(after: close)...]
            } else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// The names of the placeholders of a text, in order of appearance (`{count}`, `{name}`).
    public static func names(in template: String) -> [String] {
        var names: [String] = []
        _ = fill(template) { name in
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.append(name) }
            return nil
        }
        return names
    }
}
