/// The languages the questionnaire's texts exist in. English is complete; a Spanish table is
/// added under `es` without touching code (missing texts fall back to English).
public enum QuestionnaireLanguage: String, Hashable, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// The language for a BCP 47 tag (`es-MX` -> Spanish), English when unknown.
    public init(tag: String) {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        self = QuestionnaireLanguage(rawValue: primary) ?? .english
    }
}

/// Every user-facing text of the questionnaire, keyed by language then by key.
///
/// Keys: `linkId` for an item's caption, `linkId.help` for its help, `linkId=code` for an option
/// label, `step.NAME` and `step.NAME.help` for steps.
public struct QuestionnaireStrings: Sendable {
    public let tables: [QuestionnaireLanguage: [String: String]]

    public init(tables: [QuestionnaireLanguage: [String: String]]) { self.tables = tables }

    public static let intake = QuestionnaireStrings(tables: [
        .english: QuestionnaireStrings.english,
        .spanish: QuestionnaireStrings.spanish,
    ])

    public static func captionKey(linkId: String) -> String { linkId }
    public static func helpKey(linkId: String) -> String { linkId + ".help" }
    public static func optionKey(linkId: String, code: String) -> String { linkId + "=" + code }
    public static func stepKey(_ step: StepID) -> String { "step." + step.rawValue }

    /// The text in `language`, else English, else the key itself (a test checks none is missing).
    public func text(_ key: String, _ language: QuestionnaireLanguage) -> String {
        optionalText(key, language) ?? key
    }

    /// The text in `language`, else English, else nil.
    public func optionalText(_ key: String, _ language: QuestionnaireLanguage) -> String? {
        tables[language]?[key] ?? tables[.english]?[key]
    }

    /// Spanish: filled in by translators; empty texts fall back to English.
    static let spanish: [String: String] = [:]
}
