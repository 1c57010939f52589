import Testing
@testable import IntakeModel

@Suite("Validation messages come from a table keyed by language")
struct ValidationTextTests {
    @Test("every message has an English text, and placeholders are filled in order")
    func englishIsComplete() {
        let english = ValidationText.table(for: "en")
        for message in ValidationText.Message.allCases {
            #expect(english.templates[message] != nil, "\(message) has no English text")
        }
        #expect(english.say(.outsideRange, "900 kg", "25-300 kg") == "900 kg is outside 25-300 kg")
        #expect(english.say(.pastAgeAboveCurrentAge, "age at fracture", "62", "61") == "age at fracture 62 years is above the patient's age 61 years")
    }

    @Test("a value sent with braces in it is shown as sent, not filled as a placeholder")
    func bracesInAValue() {
        let english = ValidationText.table(for: "en")
        #expect(english.say(.notOneOf, "{1}", "female, male") == "'{1}' is not one of: female, male")
        let check = IntakeValidator.check(RecordFixture.json(["/patient/sex": "{1}"]))
        #expect(check.errors.map(\.message) == ["'{1}' is not one of: female, male"])
    }

    @Test("a language without its own table falls back to English")
    func fallback() {
        #expect(ValidationText.table(for: "xx").say(.notBlank) == "must not be blank")
        #expect(IntakeValidator.check(RecordFixture.json(["/id": " "]), language: "xx").errors.first?.message == "must not be blank")
    }
}
