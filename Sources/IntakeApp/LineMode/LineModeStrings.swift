import Questionnaire
import TextTemplates

/// Every text the line-by-line intake says that is not a question (those live in the
/// questionnaire), a session message (those live in the session) or a summary text (those live in
/// `ScreenStrings`): prompts, answer formats, command words and help, keyed by language. English
/// is complete; a missing text of another language falls back to English.
public struct LineModeStrings: Sendable {
    public let language: QuestionnaireLanguage

    public init(language: QuestionnaireLanguage = .english) { self.language = language }

    /// The text of `key`, with `{1}`, `{2}` ... replaced by the arguments.
    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        PlaceholderText.fill(optional(key) ?? key, arguments)
    }

    /// The text of `key`, or nil when no table has it.
    public func optional(_ key: String) -> String? {
        LineModeStrings.tables[language]?[key] ?? LineModeStrings.english[key]
    }

    static let tables: [QuestionnaireLanguage: [String: String]] = [.english: english, .spanish: [:]]
}
