import Testing
@testable import IntakeModel

@Suite("Dose text typed after a medication name")
struct MedicationDoseTextTests {
    let vocabulary = MedicationVocabulary.bundled

    @Test("a known name with a daily dose in mg is split into name and dose")
    func splitsDailyDose() throws {
        let split = try #require(vocabulary.splitDoseText("Prednisone 5mg daily"))
        #expect(split.name == "Prednisone")
        #expect(split.entry.generic == "prednisone")
        #expect(split.doseMgPerDay == 5)
        #expect(vocabulary.splitDoseText("prednisolone 7.5 mg")?.doseMgPerDay == 7.5)
        #expect(vocabulary.splitDoseText("Medrol 4 mg/day")?.entry.generic == "methylprednisolone")
    }

    @Test("anything but a daily mg dose, and unknown names, are left as typed")
    func leavesOtherText() {
        #expect(vocabulary.splitDoseText("alendronate 70mg weekly") == nil)
        #expect(vocabulary.splitDoseText("Prednisone") == nil)
        #expect(vocabulary.splitDoseText("turmeric 500mg daily") == nil)
        #expect(vocabulary.splitDoseText("prednisone 2 puffs") == nil)
    }

    @Test("the dictionary itself matches names exactly, as the format requires")
    func dictionaryStaysExact() {
        #expect(vocabulary.entry(named: "Prednisone 5mg daily") == nil)
        #expect(vocabulary.entry(named: "  PREDNISONE ")?.generic == "prednisone")
    }
}
