import Testing
@testable import IntakeModel

@Suite("Medicines typed by their Spanish generic names")
struct SpanishMedicationNamesTests {
    let vocabulary = MedicationVocabulary.bundled

    @Test("the names the clinic asked for stand for the vocabulary's generic, accents and case ignored")
    func canonical() {
        let expected: [String: String] = [
            "alendronato": "alendronate", "risedronato": "risedronate", "ibandronato": "ibandronate",
            "ácido zoledrónico": "zoledronic acid", "acido zoledronico": "zoledronic acid",
            "Ácido  Zoledrónico": "zoledronic acid", "teriparatida": "teriparatide",
            "raloxifeno": "raloxifene", "prednisona": "prednisone", "prednisolona": "prednisolone",
            "dexametasona": "dexamethasone", "hidrocortisona": "hydrocortisone", "metotrexato": "",
            "levotiroxina": "levothyroxine", "omeprazol": "omeprazole", "esomeprazol": "esomeprazole",
            "lansoprazol": "lansoprazole", "pantoprazol": "pantoprazole", "warfarina": "warfarin",
            "heparina": "heparin", "anastrozol": "anastrozole", "letrozol": "letrozole",
            "calcio y vitamina D": "calcium and vitamin d", "calcio": "calcium carbonate",
            "vitamina D": "colecalciferol", "fenitoína": "phenytoin", "fenitoina": "phenytoin",
        ]
        for (spanish, generic) in expected {
            #expect(SpanishMedicationNames.canonical(spanish) == (generic.isEmpty ? nil : generic), "\(spanish)")
        }
        // denosumab and romosozumab are the same words in Spanish: the vocabulary knows them already
        #expect(vocabulary.entry(named: "denosumab")?.generic == "denosumab")
        #expect(SpanishMedicationNames.canonical("denosumab") == nil)
    }

    @Test("every generic of the vocabulary is looked at in Spanish: a Spanish name, or the same word")
    func wholeVocabulary() {
        let generics = Set(vocabulary.entries.map(\.generic))
        let covered = Set(SpanishMedicationNames.byGeneric.keys).union(SpanishMedicationNames.sameInSpanish)
        #expect(generics.subtracting(covered).sorted() == [])
        #expect(covered.subtracting(generics).sorted() == [], "no name for a medicine the vocabulary lacks")
        #expect(Set(SpanishMedicationNames.byGeneric.keys).isDisjoint(with: SpanishMedicationNames.sameInSpanish))
    }

    @Test("no Spanish name means another medicine than the vocabulary's same name, and none is its generic already")
    func noCollision() {
        for (generic, names) in SpanishMedicationNames.byGeneric {
            for name in names {
                let known = vocabulary.entry(named: SpanishMedicationNames.key(name))
                #expect(known == nil || known?.generic == generic, "\(name)")
                #expect(SpanishMedicationNames.key(name) != generic, "\(name) is the generic itself")
            }
        }
    }

    @Test("dose text after a Spanish name is split as after an English one; 1,250 mg is never read as 1.25 mg")
    func doseText() throws {
        let split = try #require(vocabulary.splitDoseText("prednisona 7,5 mg al día"))
        #expect(split.name == "prednisona")
        #expect(split.entry.generic == "prednisone")
        #expect(split.doseMgPerDay == 7.5)
        #expect(vocabulary.splitDoseText("Prednisone 5 mg por dia")?.doseMgPerDay == 5)
        #expect(vocabulary.splitDoseText("calcium carbonate 1,250 mg") == nil, "a possible thousands separator is not guessed")
        #expect(vocabulary.splitDoseText("calcium carbonate 1250 mg")?.doseMgPerDay == 1250)
    }

    @Test("Spanish type-ahead: 'alendro' and 'acido zol' find the Spanish names, English stays as it was")
    func suggestions() {
        #expect(vocabulary.suggestions(forPrefix: "alendro", includingSpanish: true).first == "alendronato")
        #expect(!vocabulary.suggestions(forPrefix: "alendro", includingSpanish: true).contains("alendronate"),
                "offered by its Spanish name, a medicine is not offered again in English")
        #expect(vocabulary.suggestions(forPrefix: "lansoprazol", includingSpanish: true) == ["lansoprazol"])
        #expect(vocabulary.suggestions(forPrefix: "alendronate", includingSpanish: true).first == "alendronate", "typed in English")
        #expect(vocabulary.suggestions(forPrefix: "acido zol", includingSpanish: true) == ["ácido zoledrónico"])
        #expect(vocabulary.suggestions(forPrefix: "calcio y", includingSpanish: true) == ["calcio y vitamina d"])
        #expect(vocabulary.suggestions(forPrefix: "alendro", includingSpanish: false) == vocabulary.suggestions(forPrefix: "alendro"))
        #expect(vocabulary.suggestions(forPrefix: "predniso", includingSpanish: false) == ["prednisolone", "prednisone"])
    }
}
