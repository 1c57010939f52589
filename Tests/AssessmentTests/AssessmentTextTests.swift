import Catalog
import IntakeModel
import Testing
@testable import Assessment

@Suite("Every code the engine can give has its words in the string catalog, in every language")
struct AssessmentTextTests {
    static func nonEmpty(_ text: String, _ what: String) {
        #expect(!text.isEmpty, "no text for \(what)")
    }

    @Test("rule names, alert messages, recommendations, notices and red-flag questions", arguments: Language.allCases)
    func everyCodeHasText(language: Language) {
        let text = AssessmentText(language: language)
        let catalog = Catalog(language)
        for rule in RedFlagRule.allCases { #expect(catalog(.ruleName(rule.rawValue)) != nil, "\(rule)") }
        for rule in DXARule.allCases { #expect(catalog(.ruleName(rule.rawValue)) != nil, "\(rule)") }
        for rule in SpineImagingRule.allCases { #expect(catalog(.ruleName(rule.rawValue)) != nil, "\(rule)") }
        for rule in MedicationAlertRule.allCases {
            #expect(catalog(.ruleName(rule.rawValue)) != nil, "\(rule)")
            Self.nonEmpty(text.message(for: rule), rule.rawValue)
        }
        for id in RecommendationID.allCases { Self.nonEmpty(text.text(for: id), id.rawValue) }
        for id in NoticeID.allCases { Self.nonEmpty(text.text(for: id), id.rawValue) }
        for question in RedFlagQuestion.allCases { Self.nonEmpty(text.question(question), question.rawValue) }
        for report in DXAReport.allCases { Self.nonEmpty(text.readableText(for: .dxa, report: report), report.rawValue) }
    }

    @Test("the engine's warnings are in the engine's language")
    func warningsInLanguage() {
        var record = IntakeRecord(id: "t")
        record.medications = [Medication(name: "zzz-unknown")]
        let english = AssessmentEngine().assess(record).warnings.map(\.message)
        let spanish = AssessmentEngine(language: .spanish).assess(record).warnings.map(\.message)
        #expect(english.contains("'zzz-unknown' is not in the medication dictionary: no rule could use it"))
        #expect(spanish.contains(Catalog(.spanish)(.assessmentUnrecognisedMedication, ["name": "zzz-unknown"])))
        #expect(spanish.count == english.count)
        #expect(Set(spanish).isDisjoint(with: english), "every warning is in Spanish: \(spanish)")
        #expect(AssessmentEngine(language: .spanish).language == .spanish)
    }
}
