@testable import Catalog
import Testing

/// The languages whose every entry is translated.
let completeLanguages: [Language] = [.english, .spanish]

@Suite("The catalog: every key has a text in every complete language, and translations keep the placeholders")
struct CatalogCompletenessTests {
    @Test("every key has a text in each complete language", arguments: completeLanguages)
    func complete(language: Language) {
        let missing = TextKey.allCases.filter { (Catalog(language).translation($0) ?? "").isEmpty }
        #expect(missing.isEmpty, "\(language.name) lacks: \(missing.map(\.rawValue).prefix(20))")
        #expect(Catalog.isComplete(language))
    }

    @Test("a translated entry has the same placeholder names as its English text", arguments: Language.allCases)
    func placeholdersAgree(language: Language) {
        for key in TextKey.allCases {
            guard let translated = Catalog(language).translation(key) else { continue }
            let english = Set(PlaceholderText.names(in: Catalog(.english)(key)))
            #expect(Set(PlaceholderText.names(in: translated)) == english, "\(language.rawValue) \(key.rawValue): \(translated)")
        }
    }

    @Test("an entry a translation lacks (empty or fuzzy in its PO file) is shown in English, never as its key")
    func fallback() {
        let partial = Catalog(.spanish, translations: [.uiYes: "Sí"])
        #expect(partial(.uiYes) == "Sí")
        #expect(partial.translation(.shellHomeToday) == nil)
        #expect(partial(.shellHomeToday, ["date": "2026-12-07"]) == Catalog(.english)(.shellHomeToday, ["date": "2026-12-07"]))
        #expect(partial(.shellHomeToday) != TextKey.shellHomeToday.rawValue)
    }

    @Test("texts are filled by name, and a data key the catalog lacks gives nil, not the key")
    func filling() {
        #expect(Catalog(.english)(.shellHomeToday, ["date": "2026-12-07"]) == "Today's intakes (2026-12-07)")
        #expect(Catalog(.english).text(forDataKey: "questionnaire.no.such.item") == nil)
        #expect(Catalog(.english).text(forDataKey: "questionnaire.body.height") == "Height now")
    }
}
