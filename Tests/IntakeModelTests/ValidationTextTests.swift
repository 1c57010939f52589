import Catalog
import Testing
@testable import IntakeModel

@Suite("Validation messages come from the string catalog, in the language of the intake")
struct ValidationTextTests {
    /// A message's text with every placeholder filled with `value`.
    static func filled(_ messages: ValidationText, _ message: ValidationText.Message, with value: String) -> String {
        let template = Catalog(.english)(.validationMessage(message.rawValue)) ?? ""
        return messages.say(message, Dictionary(PlaceholderText.names(in: template).map { ($0, value) }) { first, _ in first })
    }

    @Test("every message has an English text in the catalog, and placeholders are filled by name")
    func englishIsComplete() {
        let english = ValidationText.table(for: .english)
        for message in ValidationText.Message.allCases {
            #expect(!(Catalog(.english)(.validationMessage(message.rawValue)) ?? "").isEmpty, "\(message) has no English text")
            #expect(!english.withoutValues.say(message).isEmpty, "\(message) has no text for logs")
        }
        #expect(english.say(.outsideRange, ["value": "900 kg", "range": "25-300 kg"]) == "900 kg is outside 25-300 kg")
        #expect(english.say(.pastAgeAboveCurrentAge, ["what": "age at fracture", "pastAge": "62", "age": "61"])
                == "age at fracture 62 years is above the patient's age 61 years")
        #expect(english.withoutValues.say(.outsideRange, ["value": "900 kg", "range": "25-300 kg"]) == "is outside 25-300 kg")
    }

    @Test("a value sent with braces in it is shown as sent, not filled as a placeholder")
    func bracesInAValue() {
        let english = ValidationText.table(for: .english)
        #expect(english.say(.notOneOf, ["value": "{allowed}", "allowed": "female, male"]) == "'{allowed}' is not one of: female, male")
        let check = IntakeValidator.check(RecordFixture.json(["/patient/sex": "{1}"]))
        #expect(check.errors.map(\.message) == ["'{1}' is not one of: female, male"])
    }

    /// Every key the format defines that is written in camelCase (`birthDate`, `doseMgPerDay`): no
    /// message a person reads names one; single-word keys (`age`, `months`) are plain words.
    static let camelCaseKeys: [String] = {
        let all = IntakeValidator.topLevelKeys.union(ValidationRun.patientKeys).union(ValidationRun.bodyKeys)
            .union(ValidationRun.historyKeys).union(ValidationRun.medicationKeys).union(ValidationRun.symptomsKeys)
            .union(ValidationRun.redFlagKeys).union(ValidationRun.boneDensityKeys).union(ValidationRun.labKeys)
        return all.filter { $0.contains(where: \.isUppercase) }.sorted()
    }()

    @Test("no message names a record key: the fields are said in words (the path says the key)")
    func messagesInWords() {
        let english = ValidationText.table(for: .english)
        #expect(ValidationTextTests.camelCaseKeys.contains("birthDate"))
        for message in ValidationText.Message.allCases where message != .keyRequired && message != .unknownKey {
            let text = ValidationTextTests.filled(english, message, with: "X")
            for key in ValidationTextTests.camelCaseKeys {
                #expect(!text.contains(key), "\(message): \(text)")
            }
            for word in ["patient", "body", "symptoms", "months", "years", "age", "height", "weight"] {
                #expect(!text.contains("'\(word)'"), "\(message): \(text)")
            }
        }
        // the keys a record must have: each in words
        #expect(english.required("symptoms") == "the pain is required: when it began, how it started and what set it off")
        for key in ["patient", "body", "symptoms", "height", "weight"] {
            #expect(!english.required(key).contains("'\(key)'"), "\(key)")
        }
        let check = IntakeValidator.check(RecordFixture.json(["/symptoms": nil, "/patient/birthDate": "1960-01-01"]))
        #expect(check.errors.map(\.message).sorted() == [
            "give either the age or the date of birth, not both",
            "the pain is required: when it began, how it started and what set it off",
        ])
        #expect(check.errors.map(\.path).sorted() == ["/patient", "/symptoms"])
    }

    @Test("a Spanish intake's messages are the catalog's Spanish texts, never a key")
    func spanishMessages() {
        let spanish = Catalog(.spanish)(.validationNotBlank)
        #expect(spanish != Catalog(.english)(.validationNotBlank))
        #expect(ValidationText.table(for: .spanish).say(.notBlank) == spanish)
        #expect(IntakeValidator.check(RecordFixture.json(["/id": " "]), language: .spanish).errors.first?.message == spanish)
    }
}
