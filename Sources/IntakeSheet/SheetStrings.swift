import Foundation
import TextTemplates
/// The words of the printed sheet, keyed by language. English is complete; another language adds
/// a table in its own file (`SheetStrings+Spanish.swift`) and an entry in `tables`. A key missing
/// from a language falls back to English; an enumeration value missing from every table is printed
/// with its hyphens turned into spaces ("rheumatoid-arthritis" -> "rheumatoid arthritis").
public struct SheetStrings: Hashable, Sendable {
    public let language: String
    let table: [String: String]

    static let tables: [String: [String: String]] = ["en": SheetStrings.english]

    /// The strings for a BCP 47 tag (`es-MX` uses `es`), English when the language has no table.
    public init(language: String? = nil) {
        let primary = (language ?? "en").split(separator: "-").first.map { String($0).lowercased() } ?? "en"
        self.language = SheetStrings.tables[primary] == nil ? "en" : primary
        self.table = SheetStrings.tables[self.language] ?? SheetStrings.english
    }

    public subscript(key: String) -> String {
        table[key] ?? SheetStrings.english[key] ?? key
    }

    /// True when this language or English has `key`.
    public func has(_ key: String) -> Bool { table[key] != nil || SheetStrings.english[key] != nil }

    /// The label of an enumeration value (`kind.value`), e.g. `value("mid-back", of: "location")`.
    public func value(_ raw: String, of kind: String) -> String {
        table["\(kind).\(raw)"] ?? SheetStrings.english["\(kind).\(raw)"] ?? raw.replacingOccurrences(of: "-", with: " ")
    }

    /// The string of `key` for a count: `key.one` when the count is 1 and the language has that
    /// form ("1 day"), else `key` ("2 days", "1.5 years").
    public func counted(_ key: String, _ count: String) -> String {
        let singular = "\(key).one"
        if count == "1", table[singular] != nil || SheetStrings.english[singular] != nil { return format(singular, count) }
        return format(key, count)
    }

    /// The string of `key` with `{1}`, `{2}`... replaced by the arguments.
    public func format(_ key: String, _ arguments: String...) -> String {
        PlaceholderText.fill(self[key], arguments)
    }
}
