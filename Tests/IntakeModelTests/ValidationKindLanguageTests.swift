import Catalog
import Foundation
import IntakeModel
import Testing

/// Issue 14, item 2: the kind of value a record holds where another was expected is named in the
/// message's language ("debe ser un objeto, no una lista"), never in English inside Spanish.
@Suite("A wrong kind of value is named in the message's language")
struct ValidationKindLanguageTests {
    @Test("a list where the record must be an object: 'a list' in English, 'una lista' in Spanish")
    func listForObject() throws {
        let english = try #require(IntakeValidator.check(Data("[]".utf8), language: .english).errors.first?.message)
        let spanish = try #require(IntakeValidator.check(Data("[]".utf8), language: .spanish).errors.first?.message)
        #expect(english == "must be an object, not a list")
        #expect(spanish == "debe ser un objeto, no una lista")
    }

    @Test("every kind of JSON value has its own words in every language")
    func everyKind() {
        let values: [JSONValue] = [.null, .bool(true), .number(1), .string("x"), .array([]), .object([:])]
        for language in Language.allCases {
            let words = values.map { ValidationText(language: language).kind(of: $0) }
            #expect(Set(words).count == values.count && !words.contains(""), "\(language): \(words)")
        }
    }
}
