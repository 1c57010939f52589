import Catalog
import Testing

@Suite("One language type: chosen by a BCP 47 tag, an unknown tag is an error that lists the supported ones")
struct LanguageTests {
    @Test("a tag's primary language picks the language, whatever its region and case", arguments: [
        ("en", Language.english), ("en-GB", .english), ("es", .spanish), ("es-MX", .spanish), ("ES_mx", .spanish),
    ])
    func tags(tag: String, language: Language) throws {
        #expect(try Language(tag: tag) == language)
    }

    @Test("an unknown tag says so and lists the supported languages in words")
    func unknown() {
        #expect(throws: UnknownLanguage(tag: "fr")) { try Language(tag: "fr") }
        #expect(UnknownLanguage(tag: "fr").description == "Unknown language 'fr'. Supported: en (English), es (Español).")
        #expect(throws: UnknownLanguage.self) { try Language(tag: "") }
        #expect(throws: UnknownLanguage.self) { try Language(tag: "english") }
    }

    @Test("a tag with terminal controls is named without them")
    func hostileTag() {
        #expect(UnknownLanguage(tag: "f\u{1B}]0;x\u{7}r").description.hasPrefix("Unknown language 'f]0;xr'."))
    }
}
