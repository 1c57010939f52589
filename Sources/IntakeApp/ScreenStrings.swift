import Catalog
import Questionnaire

/// The words of the intake screens and the summary that are not questions (those come from the
/// questionnaire) or assessment texts (`AssessmentText`): `screen.*` entries of the string catalog.
public struct ScreenStrings: Sendable {
    public let language: Language

    public init(language: Language = .english) { self.language = language }

    /// The text of `key` with its `{name}` placeholders filled.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        Catalog(language)(key, values)
    }

    /// A number written with a point ("25.5", "-2.7") as this language writes it ("25,5").
    func decimal(_ number: String) -> String { Catalog(language).decimal(number) }

    /// A text whose key is made from data (`screen.urgency.<tier>`, `screen.status.<status>`).
    func text(_ area: String, _ code: String) -> String {
        Catalog(language).text(forDataKey: "screen.\(area).\(code)") ?? ""
    }
}
