import Assessment
import IntakeModel
import Testing

@Suite("Rule names and the texts people read beside the format's fixed texts")
struct RuleNameTests {
    let text = AssessmentText.english

    @Test("every RF, DX, SI and MA rule has a short name in words, shown after its ID")
    func everyRuleNamed() {
        let ids = RedFlagRule.allCases.map(\.rawValue) + DXARule.allCases.map(\.rawValue)
            + SpineImagingRule.allCases.map(\.rawValue) + MedicationAlertRule.allCases.map(\.rawValue)
        #expect(ids.count == 8 + 6 + 8 + 17)
        for id in ids {
            let titled = [RedFlagRule(rawValue: id).map(text.titled), DXARule(rawValue: id).map(text.titled),
                          SpineImagingRule(rawValue: id).map(text.titled), MedicationAlertRule(rawValue: id).map(text.titled)]
                .compactMap { $0 }.first ?? ""
            #expect(titled.hasPrefix(id + ": ") && titled.count > id.count + 5, "\(id): \(titled)")
        }
        #expect(text.titled(RedFlagRule.ces) == "RF-CES: possible cauda equina syndrome")
        #expect(text.titled(SpineImagingRule.glucocorticoid) == "SI-5: glucocorticoid use")
        #expect(text.titled(MedicationAlertRule.glucocorticoid) == "MA-GC: glucocorticoid bone loss")
        #expect(text.name(of: DXARule.boneLossCause) == "fragility fracture, glucocorticoid, or a bone-loss medicine or disease")
    }

    @Test("REC-DXA for people says the report kind; the format's fixed text (for --json) is unchanged")
    func dxaReport() {
        #expect(RecommendationID.dxa.text.contains("reported as dxa.report says"))
        #expect(text.readableText(for: .dxa, report: .tScore).contains("reported as a T-score;"))
        #expect(text.readableText(for: .dxa, report: .zScore).contains("reported as a Z-score;"))
        #expect(text.readableText(for: .physiotherapy, report: .tScore) == RecommendationID.physiotherapy.text)
    }

    @Test("MA-FALLS for people says one medicine or medicines; the fixed text keeps medicine(s)")
    func fallsPlural() {
        #expect(MedicationAlertRule.falls.message.contains("medicine(s)"))
        let one = MedicationAlert(rule: .falls, medication: "amitriptyline")
        let many = MedicationAlert(rule: .falls, medication: "citalopram, gabapentin")
        #expect(text.readableMessage(for: one) == "Age 65 or over with a fall-risk-increasing medicine: review.")
        #expect(text.readableMessage(for: many) == "Age 65 or over with fall-risk-increasing medicines: review.")
        #expect(text.readableMessage(for: MedicationAlert(rule: .anticoagulant, medication: "apixaban"))
                == MedicationAlertRule.anticoagulant.message)
    }
}
