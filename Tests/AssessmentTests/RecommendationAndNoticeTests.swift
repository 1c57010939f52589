import Assessment
import IntakeModel
import Testing

@Suite("Recommendations REC-*, cost estimates, notices and warnings")
struct RecommendationAndNoticeTests {
    func recommendations(sex: Sex = .male, age: Int = 45, _ change: (inout IntakeRecord) -> Void) -> [String] {
        assess(sex: sex, age: age, change).recommendations.codes
    }

    @Test("emergency and urgent tiers lead the list; routine records get no escalation")
    func escalation() {
        #expect(recommendations { $0.flags.legWeakness = true } == ["REC-EMERGENCY"])
        #expect(recommendations { $0.flags.unexplainedWeightLoss = true } == ["REC-URGENT"])
        #expect(recommendations { _ in } == [])
    }

    @Test("REC-DXA and REC-SPINE-IMAGING follow dxa.indicated and spineImaging.indicated, with the DXA price")
    func imaging() {
        let result = assess(age: 75) { $0.measurements.kyphosis = true }
        #expect(result.recommendations.codes == ["REC-DXA", "REC-SPINE-IMAGING"])
        #expect(RecommendationID.dxa.costEstimate == CostEstimate(
            service: "DXA bone density scan", provider: "radiology centers", min: 125, max: 300, per: .scan))
        #expect(RecommendationID.spineImaging.costEstimate == nil)
    }

    @Test("REC-OSTEO-MEDICATION: osteoporosis class or a hip/vertebral fragility fracture, when not on a drug")
    func osteoporosisMedication() {
        #expect(recommendations(age: 60) { $0.lowestT(-2.5) }.contains("REC-OSTEO-MEDICATION"))
        #expect(!recommendations(age: 60) { $0.lowestT(-2.4) }.contains("REC-OSTEO-MEDICATION"))
        #expect(recommendations(age: 40) { $0.past.fractures = [Fracture(site: .hip, age: 39, lowTrauma: true)] }
            .contains("REC-OSTEO-MEDICATION"))
        #expect(!recommendations(age: 40) { $0.past.fractures = [Fracture(site: .wristOrForearm, lowTrauma: true)] }
            .contains("REC-OSTEO-MEDICATION"))
        #expect(!recommendations(age: 60) {
            $0.lowestT(-3.0)
            $0.take("alendronate", years: 1)
        }.contains("REC-OSTEO-MEDICATION"))
        #expect(RecommendationID.osteoporosisMedication.costEstimate?.per == .month)
    }

    @Test("REC-ENDOCRINOLOGY: low Z-score or fragility fracture in the Z-score population, endocrine conditions, MA-DMAB-CKD")
    func endocrinology() {
        #expect(recommendations(age: 40) { $0.lowestZ(-2.0) }.contains("REC-ENDOCRINOLOGY"))
        #expect(!recommendations(age: 40) { $0.lowestZ(-1.9) }.contains("REC-ENDOCRINOLOGY"))
        #expect(!recommendations(age: 60) { $0.lowestZ(-2.5) }.contains("REC-ENDOCRINOLOGY"))
        #expect(recommendations(age: 40) { $0.past.fractures = [Fracture(site: .rib, lowTrauma: true)] }
            .contains("REC-ENDOCRINOLOGY"))
        #expect(recommendations(age: 60) { $0.add(.cushingsSyndrome) }.contains("REC-ENDOCRINOLOGY"))
        #expect(recommendations(age: 60) {
            $0.take("prolia", status: .planned)
            $0.results.dialysis = true
        }.contains("REC-ENDOCRINOLOGY"))
        #expect(RecommendationID.endocrinology.costEstimate?.per == .initialVisit)
    }

    func startBackAnswers(agree: Int) -> StartBackAnswers {
        StartBackAnswers(item1: agree >= 1, item2: agree >= 2, item3: agree >= 3, item4: agree >= 4, item5: false,
                         item6: false, item7: false, item8: false, item9: .notAtAll)
    }

    @Test("routine care: physiotherapy for medium/high STarT Back, falls or balance problems; self-management for low risk")
    func routineCare() {
        #expect(recommendations { $0.startBack = startBackAnswers(agree: 4) } == ["REC-PHYSIO"])
        #expect(recommendations { $0.startBack = startBackAnswers(agree: 3) } == ["REC-SELF-MANAGEMENT"])
        #expect(recommendations { $0.story.balanceProblems = true } == ["REC-PHYSIO"])
        #expect(recommendations {
            $0.startBack = startBackAnswers(agree: 4)
            $0.flags.ivDrugUse = true
        } == ["REC-URGENT"], "no routine-care advice while a red flag is open")
        #expect(RecommendationID.physiotherapy.costEstimate?.min == 75)
    }

    @Test("REC-CALCIUM-VITD for low calcium intake or vitamin D deficiency")
    func calciumAndVitaminD() {
        #expect(recommendations { $0.past.calciumIntake = .low } == ["REC-CALCIUM-VITD"])
        #expect(recommendations { $0.results.vitaminDDeficient = true } == ["REC-CALCIUM-VITD"])
        #expect(recommendations { $0.past.calciumIntake = .adequate } == [])
    }

    @Test("notices: always not-a-diagnosis; breathing difficulty; STarT Back when red flags raise the urgency")
    func notices() {
        #expect(assess().notices.codes == ["not-a-diagnosis"])
        #expect(assess { $0.story.breathingDifficulty = true }.notices.codes == ["not-a-diagnosis", "breathing-difficulty"])
        #expect(assess {
            $0.startBack = startBackAnswers(agree: 1)
            $0.flags.legWeakness = true
        }.notices.codes == ["not-a-diagnosis", "startback-with-red-flags"])
        #expect(assess { $0.startBack = startBackAnswers(agree: 1) }.notices.codes == ["not-a-diagnosis"])
        #expect(NoticeID.notADiagnosis.text.hasPrefix("Decision support only"))
    }

    @Test("warnings: prior warnings first, then the engine's, each (path, code) pair once")
    func warnings() {
        let prior = [Problem(path: "/body/weight", code: .softLimit, message: "please confirm"),
                     Problem(path: "/medications/0/name", code: .unrecognisedMedication, message: "validator")]
        var record = quietRecord()
        record.take("turmeric capsules")
        record.take("omeprazole")
        record.take("omeprazole", status: .planned)
        let result = engine.assess(record, priorWarnings: prior)
        #expect(result.warningPairs == ["/body/weight soft-limit", "/medications/0/name unrecognised-medication",
                                        "/medications/1 missing-duration"])
        let alone = engine.assess(record)
        #expect(alone.warnings.first?.message == "'turmeric capsules' is not in the medication dictionary: no rule could use it")
    }

    @Test("a medicine name with control characters never puts them in a warning message")
    func controlCharactersInNames() {
        let result = assess { $0.take("mystery\u{1B}[2Jpill\u{9B}") }
        let message = result.warnings.first?.message ?? ""
        #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control })
        #expect(message.contains("mystery"))
    }

    @Test("missing-duration covers bisphosphonates, heparin, injected medroxyprogesterone and PTH analogues, not planned ones")
    func missingDuration() {
        let result = assess {
            $0.take("alendronate")
            $0.take("heparin")
            $0.take("depo-provera")
            $0.take("teriparatide", status: .past)
            $0.take("alendronate", status: .planned)
            $0.take("provera")
            $0.take("sertraline")
        }
        #expect(result.warningPairs == ["/medications/0 missing-duration", "/medications/1 missing-duration",
                                        "/medications/2 missing-duration", "/medications/3 missing-duration"])
    }
}
