import Foundation
import IntakeModel
import IntakeTestSupport
import Questionnaire
import Testing

@Suite("A record's JSON Pointer said in the questionnaire's words")
struct PointerWordsTests {
    let definition = QuestionnaireDefinition.intake

    var record: IntakeRecord {
        var record = IntakeRecord()
        record.medications = [Medication(name: "alendronate"), Medication(name: "prednisolone")]
        record.history = History(fractures: [Fracture(site: .wristOrForearm)])
        return record
    }

    @Test("a field is its question; a list entry its number and name; a section its name; the root the record")
    func words() {
        let cases: [(String, String)] = [
            ("/body/height", "Height now"),
            ("/body/height/unit", "Height now"),
            ("/patient/birthDate", "Date of birth"),
            ("/visitDate", "Visit date"),
            ("/body", "Height and weight"),
            ("/patient", "Patient"),
            ("/symptoms", "The pain"),
            ("/history/menopause", "Menopause"),
            ("/history/menopause/status", definition.item(linkId: "history.menopause.status")?.caption() ?? "?"),
            ("/medications", "Medicines"),
            ("/medications/1", "Medicine 2 (prednisolone)"),
            ("/medications/1/doseMgPerDay", "Dose (mg per day), medicine 2 (prednisolone)"),
            ("/medications/0/name", "Medicine 1 (alendronate)"),
            ("/medications/5", "Medicine 6"),
            ("/history/fractures/0/age", "Age at the time, broken bone 1 (Wrist or forearm)"),
            ("/redFlags/urinaryIncontinance", "Red flags"),
            ("/redFlags/bilateralSciatica", definition.item(linkId: "redFlags.bilateralSciatica")?.caption() ?? "?"),
            ("", "The record"),
            ("/format", "The format tag"),
        ]
        for (pointer, expected) in cases {
            #expect(definition.words(forPointer: pointer, in: record) == expected, "\(pointer)")
        }
    }

    @Test("every pointer of every shared example is said without its pointer or its camelCase keys",
          .enabled(if: SharedExamples.directory != nil))
    func sharedExamples() throws {
        for name in SharedExamples.validNames {
            let record = try SharedExamples.record(name)
            for pointer in SharedExamples.leafPointers(try SharedExamples.json(name)) {
                let words = definition.words(forPointer: pointer, in: record)
                #expect(!words.isEmpty && !words.contains(pointer) && !words.hasPrefix("/"), "\(name) \(pointer): \(words)")
                for key in pointer.split(separator: "/") where key.contains(where: \.isUppercase) {
                    #expect(!words.contains(key), "\(name) \(pointer): \(words)")
                }
            }
        }
    }
}
