import Catalog

/// A text of the questionnaire in another language: the FHIR core extension `translation`, with the
/// sub-extensions `lang` (a BCP 47 tag) and `content` (the text), put on the `_text`, `_display` or
/// `_title` companion of the element it translates. A form filler that reads Spanish shows these;
/// one that does not ignores them, and so does `intake import`.
public struct FHIRTranslation: Codable, Hashable, Sendable {
    public static let url = "http://hl7.org/fhir/StructureDefinition/translation"

    public var lang: String
    public var content: String

    public init(lang: String, content: String) { self.lang = lang; self.content = content }

    enum Keys: String, CodingKey { case url, `extension` }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.url, forKey: .url)
        try container.encode([FHIRExtension(url: "lang", value: FHIRValue(code: lang)),
                              FHIRExtension(url: "content", value: FHIRValue(string: content))], forKey: .extension)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let parts = try container.decode([FHIRExtension].self, forKey: .extension)
        lang = parts.first { $0.url == "lang" }?.value.code ?? ""
        content = parts.first { $0.url == "content" }?.value.string ?? ""
    }
}

/// The `_name` companion of a primitive element (`_text`, `_display`, `_title`): its extensions,
/// here the element's translations.
public struct FHIRTranslations: Codable, Hashable, Sendable {
    public var `extension`: [FHIRTranslation]

    public init(_ translations: [FHIRTranslation]) { self.extension = translations }

    /// The text `text(language)` gives in every language other than `shown`, or nil when there is
    /// no other language with a text (the element then has no companion).
    public static func of(besides shown: Language, _ text: (Language) -> String?) -> FHIRTranslations? {
        let translations = Language.allCases.filter { $0 != shown }.compactMap { language in
            text(language).map { FHIRTranslation(lang: language.rawValue, content: $0) }
        }
        return translations.isEmpty ? nil : FHIRTranslations(translations)
    }

    /// The translation into `language`, when there is one.
    public func content(_ language: Language) -> String? {
        self.extension.first { $0.lang == language.rawValue }?.content
    }
}
