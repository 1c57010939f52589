import Catalog

/// The words of the printed sheet in a language: `sheet.*` entries of the string catalog.
public struct SheetStrings: Hashable, Sendable {
    public let language: Language

    public init(language: Language = .english) { self.language = language }

    var catalog: Catalog { Catalog(language) }

    /// A number the sheet wrote with a point ("36.8", "-2.7") as this language writes it ("36,8").
    func decimal(_ number: String) -> String { catalog.decimal(number) }

    /// The text of `key` with its `{name}` placeholders filled.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String { catalog(key, values) }

    /// `one` when the count is 1 ("1 day"), else `key` ("2 days", "1.5 years"); `{count}` filled.
    public func counted(_ key: TextKey, one: TextKey, _ count: String) -> String {
        catalog(count == "1" ? one : key, ["count": count])
    }
}
