import Assessment
import IntakeModel
import Testing

/// Format spec 6.1 and 8.3 (2026-12-06): a patient whose red-flag screen was not done is never
/// routine. Urgency `not-screened` when no emergency or urgent rule fired and any of the fifteen
/// questions was left out; one `not-asked` warning per question, whatever the urgency.
@Suite("Red-flag screen not done: urgency not-screened and not-asked warnings")
struct NotScreenedTests {
    @Test("a record with no red-flag answer at all is not-screened, with 15 not-asked warnings in the format's order")
    func nothingAsked() {
        let result = assess { $0.redFlags = nil }
        #expect(result.urgency == .notScreened)
        #expect(result.warnings.map(\.path) == RedFlagQuestion.allCases.map { "/redFlags/" + $0.rawValue })
        #expect(result.warnings.allSatisfy { $0.code == .notAsked })
        #expect(result.unaskedRedFlagQuestions == RedFlagQuestion.allCases)
    }

    @Test("one question left out is enough: not-screened, naming that question in words")
    func oneLeftOut() {
        let result = assess { $0.flags.collapseOrHypotension = nil }
        #expect(result.urgency == .notScreened)
        #expect(result.warningPairs == ["/redFlags/collapseOrHypotension not-asked"])
        #expect(result.warnings.first?.message.contains("collapse") == true)
        #expect(result.warnings.first?.message.contains("collapseOrHypotension") == false)
    }

    @Test("the measured temperature is not one of the fifteen: leaving it out keeps a screened record routine")
    func temperatureIsNotAQuestion() {
        let result = assess { $0.flags.temperature = nil }
        #expect(result.urgency == .routine)
        #expect(result.warnings.isEmpty)
    }

    @Test("an emergency or urgent finding keeps its tier, and the unasked questions are still warned about")
    func higherTiersStand() {
        let emergency = assess {
            $0.flags = RedFlags(saddleNumbness: true)
        }
        #expect(emergency.urgency == .emergency)
        #expect(emergency.unaskedRedFlagQuestions.count == 14)
        let urgent = assess {
            $0.redFlags = RedFlags(unexplainedWeightLoss: true)
        }
        #expect(urgent.urgency == .urgent)
        #expect(urgent.unaskedRedFlagQuestions.count == 14)
    }

    @Test("only RF-IBP (a routine-tier rule) fired with questions left out: not-screened; all asked: routine")
    func inflammatoryBackPainAlone() {
        func ibp(_ record: inout IntakeRecord) {
            record.story = Symptoms(daysAgo: 200, onset: .gradual, trigger: Trigger.none,
                                    relievedBy: [.exercise], nightPain: .easesOnGettingUp)
            record.patient = Patient(sex: .male, age: 30)
        }
        let unasked = assess { ibp(&$0); $0.flags.ivDrugUse = nil }
        #expect(unasked.redFlagRules == ["RF-IBP"])
        #expect(unasked.urgency == .notScreened)
        let asked = assess { ibp(&$0) }
        #expect(asked.redFlagRules == ["RF-IBP"])
        #expect(asked.urgency == .routine)
    }

    @Test("no routine-only advice (physical therapy, self-management) for an unscreened patient")
    func noRoutineAdvice() {
        let screened = assess { $0.past.fallsPast12Months = 2 }
        #expect(screened.recommendations.codes.contains("REC-PHYSIO"))
        let unscreened = assess { $0.past.fallsPast12Months = 2; $0.redFlags = nil }
        #expect(!unscreened.recommendations.codes.contains("REC-PHYSIO"))
        #expect(!unscreened.recommendations.codes.contains("REC-SELF-MANAGEMENT"))
        #expect(!unscreened.recommendations.codes.contains("REC-URGENT"))
    }

    @Test("the STarT Back caution notice is for emergency and urgent only, not for a screen not done")
    func startBackNotice() {
        let result = assess {
            $0.redFlags = nil
            $0.startBack = StartBackAnswers(item1: true, item2: true, item3: true, item4: true, item5: false,
                                            item6: false, item7: false, item8: false, item9: .notAtAll)
        }
        #expect(result.urgency == .notScreened)
        #expect(result.notices.codes == ["not-a-diagnosis"])
    }

    @Test("not-screened is written as the format spells it")
    func encoding() throws {
        #expect(UrgencyTier.notScreened.rawValue == "not-screened")
        #expect(UrgencyTier.notScreened > .routine && UrgencyTier.notScreened < .urgent)
    }
}
