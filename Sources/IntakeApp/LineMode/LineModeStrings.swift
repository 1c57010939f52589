import Catalog

/// Every text the line-by-line intake says that is not a question (those come from the
/// questionnaire), a session message (the session's) or a summary text (`ScreenStrings`): prompts,
/// answer formats, command words and help: `lineMode.*` entries of the string catalog.
public struct LineModeStrings: Sendable {
    public let language: Language

    public init(language: Language = .english) { self.language = language }

    /// The text of `key` with its `{name}` placeholders filled.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        Catalog(language)(key, values)
    }

    /// A text whose key is made from data (`lineMode.command.<name>`, `lineMode.help.<type>`), or
    /// nil when the catalog has none.
    func optional(_ key: String, _ values: [String: String] = [:]) -> String? {
        Catalog(language).text(forDataKey: "lineMode." + key, values)
    }
}
