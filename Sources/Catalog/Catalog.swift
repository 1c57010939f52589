/// Every user-facing text of OsteoIntake in one language.
///
/// Texts come from the PO files in `Translations/` (`intake.pot` is English, `es.po` Spanish),
/// compiled into the program by `CatalogPlugin`. A text not translated yet is shown in English;
/// a key is never shown. Placeholders are `{name}`, filled by name:
///
///     let catalog = Catalog(.english)
///     catalog(.shellHomeToday, ["count": "3"])   // "Today's intakes (3)"
public struct Catalog: Sendable {
    public let language: Language
    /// This language's translations; nil for English, whose texts are the template's.
    private let translations: [TextKey: String]?

    public init(_ language: Language = .english) {
        self.init(language, translations: language == .english ? nil : Catalog.translatedTexts[language.rawValue] ?? [:])
    }

    /// A catalog with the given translations: tests show how an entry a translation lacks reads.
    init(_ language: Language, translations: [TextKey: String]?) {
        self.language = language
        self.translations = translations
    }

    /// The text of `key` with its `{name}` placeholders filled from `values`.
    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        let template = translation(key) ?? Catalog.englishTexts[key] ?? ""
        return values.isEmpty ? template : PlaceholderText.fill(template, named: values)
    }

    /// The text of a key made from data (`questionnaire.<linkId>`, a rule ID, a reason code), or
    /// nil when the catalog has no such key. Callers go through the typed wrappers in
    /// `DataText`; a test walks every key data can make.
    public func text(forDataKey key: String, _ values: [String: String] = [:]) -> String? {
        guard let typed = Catalog.keysByName[key] else { return nil }
        return self(typed, values)
    }

    /// Every key by its name, for keys made from data: `TextKey(rawValue:)` compares the name with
    /// each of the thousand cases in turn, and the engine looks one up for each red-flag question
    /// not asked (13 of them made `assess(record)` ten times slower).
    static let keysByName = Dictionary(uniqueKeysWithValues: TextKey.allCases.map { ($0.rawValue, $0) })

    /// The translation of `key` in this language, nil when it has none yet (or is English).
    public func translation(_ key: TextKey) -> String? {
        guard let translations else { return Catalog.englishTexts[key] }
        return translations[key]
    }

    /// True when every key has a text in `language` (tests hold the complete languages to it).
    public static func isComplete(_ language: Language) -> Bool {
        TextKey.allCases.allSatisfy { Catalog(language).translation($0) != nil }
    }
}
