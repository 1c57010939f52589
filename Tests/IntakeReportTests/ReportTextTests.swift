import Assessment
import Catalog
import Testing
@testable import IntakeReport

@Suite("Every reason, note, level, urgency, score class, cost unit and label of the report has its words")
struct ReportTextTests {
    @Test("each code the engine can give is said in words, in every language", arguments: Language.allCases)
    func everyCodeHasText(language: Language) {
        let text = ReportText(language: language)
        for reason in RedFlagReason.allCases { #expect(!text.reason(reason).isEmpty, "\(reason)") }
        for note in MedicationAlertNote.allCases { #expect(!text.note(note).isEmpty, "\(note)") }
        for level in [IntakeReport.Finding.Level.emergency, .urgent, .routine, .high, .standard] {
            #expect(!text.level(level).isEmpty, "\(level)")
        }
        for tier in UrgencyTier.allCases { #expect(!text.urgency(tier, unasked: 3).isEmpty, "\(tier)") }
        for code in TScoreClass.allCases.map(\.rawValue) + ZScoreClass.allCases.map(\.rawValue) {
            #expect(!text.scoreClass(code).isEmpty, "\(code)")
        }
        for category in OSTCategory.allCases { #expect(!text.risk(category).isEmpty, "\(category)") }
        for group in StartBackRisk.allCases { #expect(!text.risk(group).isEmpty, "\(group)") }
        for unit in CostUnit.allCases { #expect(Catalog(language)(.report("costUnit", unit.rawValue)) != nil, "\(unit)") }
        for label in ReportText.Label.allCases { #expect(!text[label].isEmpty, "\(label)") }
        if language == .english {
            #expect(text.urgency(.notScreened, unasked: 3) == "Red-flag screen not done (3 of 15 questions not asked)")
        }
    }

    @Test("the seed price table in the report's language: English as the format's JSON, Spanish in Spanish")
    func priceTableWords() {
        let english = ReportText(language: .english), spanish = ReportText(language: .spanish)
        for id in RecommendationID.allCases {
            guard let cost = id.costEstimate else { continue }
            #expect(english.service(id, cost) == cost.service && english.provider(id, cost) == cost.provider, "\(id)")
            #expect(spanish.service(id, cost) != cost.service && spanish.provider(id, cost) != cost.provider, "\(id)")
        }
        let dxa = RecommendationID.dxa, cost = RecommendationID.dxa.costEstimate!
        #expect(english.costLine(dxa, cost) == "Estimated cost: USD 125-300 per scan (radiology centers)")
        #expect(spanish.costLine(dxa, cost).contains("centros de radiología"))
        #expect(spanish.service(dxa, cost) == "Densitometría (DXA)")
    }
}
