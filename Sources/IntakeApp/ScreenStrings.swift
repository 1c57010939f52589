import Foundation
import Questionnaire
import TextTemplates

/// Every text the intake screens and the summary show that is not a question (those live in the
/// questionnaire) or an assessment text (those live in `AssessmentText`), keyed by language.
/// English is complete; a missing Spanish text falls back to English.
public struct ScreenStrings: Sendable {
    public let language: QuestionnaireLanguage

    public init(language: QuestionnaireLanguage = .english) { self.language = language }

    /// The text of `key`, with `{1}`, `{2}` ... replaced by the arguments.
    public func callAsFunction(_ key: String, _ arguments: String...) -> String {
        PlaceholderText.fill(ScreenStrings.tables[language]?[key] ?? ScreenStrings.english[key] ?? key, arguments)
    }

    static let tables: [QuestionnaireLanguage: [String: String]] = [.english: english, .spanish: [:]]
}
