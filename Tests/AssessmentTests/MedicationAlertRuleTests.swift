import Assessment
import IntakeModel
import Testing

@Suite("Medication alerts MA-*: thresholds, statuses, names, notes and order")
struct MedicationAlertRuleTests {
    func alerts(age: Int = 45, _ change: (inout IntakeRecord) -> Void) -> [String] {
        assess(age: age, change).alertRules
    }

    @Test("MA-BP-RENAL: alendronate and zoledronic acid below 35, risedronate and ibandronate below 30",
          arguments: [("alendronate", 34.9, true), ("alendronate", 35.0, false), ("zoledronate", 34.0, true),
                      ("risedronate", 29.9, true), ("actonel", 30.0, false), ("ibandronate", 29.0, true)])
    func bisphosphonateKidneyLimit(name: String, egfr: Double, fires: Bool) {
        #expect(alerts {
            $0.take(name, years: 1)
            $0.results.egfr = egfr
        }.contains("MA-BP-RENAL") == fires)
    }

    @Test("kidney function is the lower of eGFR and creatinine clearance; dialysis is below every limit")
    func kidneyFunction() {
        #expect(alerts {
            $0.take("alendronate", status: .planned)
            $0.results = Labs(egfr: 60, creatinineClearance: 34)
        } == ["MA-BP-RENAL"])
        #expect(alerts {
            $0.take("risedronate", years: 1)
            $0.results = Labs(egfr: 90, dialysis: true)
        } == ["MA-BP-RENAL"])
        #expect(alerts {
            $0.take("alendronate", status: .past)
            $0.results.egfr = 20
        } == [])
    }

    @Test("MA-DMAB-CKD: active denosumab with kidney function below 30 or dialysis", arguments: [(29.9, true), (30.0, false)])
    func denosumabKidney(egfr: Double, fires: Bool) {
        #expect(alerts {
            $0.take("denosumab", status: .planned)
            $0.results.egfr = egfr
        }.contains("MA-DMAB-CKD") == fires)
    }

    @Test("MA-DMAB-STOP: last dose earlier than 7 months before the visit, or the patient wants to stop",
          arguments: [(day(monthsBefore: 7), false), (day(monthsBefore: 7, plusDays: -1), true)])
    func denosumabOverdue(lastDose: CalendarDate, fires: Bool) {
        let result = assess { $0.take("Prolia", lastDose: lastDose) }
        #expect((result.alert(.denosumabStop) != nil) == fires)
        if fires { #expect(result.alert(.denosumabStop)?.notes.codes == ["overdue"]) }
        let stopping = assess { $0.take("Prolia", lastDose: lastDose, wantsToStop: true) }
        #expect(stopping.alert(.denosumabStop)?.notes.codes == (fires ? ["wants-to-stop", "overdue"] : ["wants-to-stop"]))
        #expect(stopping.alert(.denosumabStop)?.priority == .high)
    }

    @Test("a current denosumab without a last dose date gives a warning, not an alert")
    func denosumabWithoutDate() {
        let result = assess { $0.take("xgeva") }
        #expect(result.alert(.denosumabStop) == nil)
        #expect(result.warningPairs == ["/medications/0 missing-last-dose-date"])
    }

    @Test("MA-ASSOC: a current PPI for 12 months or more, or any current SSRI",
          arguments: [(12.0, true), (11.9, false)])
    func protonPumpInhibitor(months: Double, fires: Bool) {
        #expect(alerts { $0.take("omeprazole", months: months) }.contains("MA-ASSOC") == fires)
        #expect(alerts { $0.take("nexium", status: .past, months: 24) } == [])
        #expect(alerts { $0.take("sertraline") } == ["MA-ASSOC"])
    }

    @Test("MA-BP-DURATION: 60 months by mouth, 36 months by injection",
          arguments: [("alendronate", nil, 60.0, true), ("alendronate", nil, 59.0, false),
                      ("zoledronic acid", nil, 36.0, true), ("zoledronic acid", Route.oral, 35.0, false),
                      ("ibandronate", .injection, 36.0, true), ("ibandronate", nil, 36.0, false)] as [(String, Route?, Double, Bool)])
    func bisphosphonateDuration(name: String, route: Route?, months: Double, fires: Bool) {
        #expect(alerts { $0.take(name, route: route, months: months) }.contains("MA-BP-DURATION") == fires)
    }

    @Test("MA-PTH-DURATION: months of current and past teriparatide/abaloparatide add up to 24",
          arguments: [(12.0, 12.0, true), (11.9, 12.0, false)])
    func pthCumulative(past: Double, current: Double, fires: Bool) {
        let result = assess {
            $0.take("teriparatide", status: .past, months: past)
            $0.take("abaloparatide", months: current)
        }
        #expect((result.alert(.pthDuration) != nil) == fires)
        if fires { #expect(result.alert(.pthDuration)?.medication == "abaloparatide") }
        #expect(alerts { $0.take("forteo", status: .past, months: 30) } == [], "no active entry, no alert")
        #expect(alerts {
            $0.take("forteo", status: .past, months: 30)
            $0.take("forteo", status: .planned)
        } == ["MA-PTH-DURATION"])
    }

    @Test("MA-PTH-OSTEO, MA-VTE, MA-HYPOCA, MA-BP-GI, MA-ONJ and MA-AFF fire on their conditions")
    func conditionAlerts() {
        #expect(alerts { $0.take("tymlos", months: 1); $0.add(.pagetsDisease) } == ["MA-PTH-OSTEO"])
        #expect(alerts { $0.take("tymlos", months: 1); $0.results.alpRaisedUnexplained = true } == ["MA-PTH-OSTEO"])
        #expect(alerts { $0.take("evista"); $0.add(.venousThromboembolism) } == ["MA-VTE"])
        #expect(alerts { $0.take("prolia", status: .planned); $0.results.hypocalcaemia = true } == ["MA-HYPOCA"])
        #expect(alerts { $0.take("evenity", status: .planned); $0.results.vitaminDDeficient = true } == ["MA-HYPOCA"])
        #expect(alerts {
            $0.take("evenity", status: .planned)
            $0.results.vitaminDDeficient = true
            $0.take("colecalciferol")
        } == [], "vitamin D deficiency being treated")
        #expect(alerts {
            $0.take("fosamax", status: .planned)
            $0.story.cannotStayUpright30Min = true
        } == ["MA-BP-GI"])
        #expect(alerts { $0.take("reclast", status: .planned); $0.add(.oesophagealDisorder) } == [], "zoledronic acid is not oral")
        #expect(alerts { $0.take("boniva", status: .planned); $0.past.plannedDentalSurgery = true } == ["MA-ONJ"])
        #expect(alerts {
            $0.take("alendronate", years: 2)
            $0.story.newThighOrGroinPain = true
        } == ["MA-AFF"])
        #expect(alerts {
            $0.take("alendronate", status: .planned)
            $0.story.newThighOrGroinPain = true
        } == [], "atypical femoral fracture needs current use")
    }

    @Test("MA-ROMO-CV notes whether each event was within 12 months, longer ago, or undated")
    func romosozumab() {
        let result = assess {
            $0.take("romosozumab", status: .planned)
            $0.past.cardiovascularEvents = [
                CardiovascularEvent(type: .myocardialInfarction, date: day(monthsBefore: 12)),
                CardiovascularEvent(type: .stroke, date: day(monthsBefore: 12, plusDays: -1)),
                CardiovascularEvent(type: .stroke),
            ]
        }
        #expect(result.alert(.romosozumabCardiovascular)?.notes.codes == [
            "event-within-12-months", "event-date-unknown", "event-over-12-months-ago",
        ])
    }

    @Test("MA-FALLS from 65 with Beers notes; distinct CNS-active generics are counted once",
          arguments: [(65, true), (64, false)])
    func falls(age: Int, fires: Bool) {
        let result = assess(age: age) {
            $0.take("tramadol")
            $0.take("diazepam")
            $0.take("gabapentin")
            $0.take("amlodipine")
        }
        #expect((result.alert(.falls) != nil) == fires)
        if fires {
            #expect(result.alert(.falls)?.medication == "tramadol, diazepam, gabapentin, amlodipine")
            #expect(result.alert(.falls)?.notes.codes == [
                "beers-three-cns-active", "beers-opioid-benzodiazepine", "beers-opioid-gabapentinoid",
            ])
        }
        let twice = assess(age: 70) {
            $0.take("ultram")
            $0.take("tramadol")
            $0.take("Tramadol")
            $0.take("lyrica")
        }
        #expect(twice.alert(.falls)?.notes.codes == ["beers-opioid-gabapentinoid"])
        #expect(twice.alert(.falls)?.medication == "ultram, tramadol, Tramadol, lyrica")
    }

    @Test("names are joined as entered, in record order, each repeat once")
    func joinedNames() {
        let result = assess {
            $0.take("Warfarin")
            $0.take("aspirin")
            $0.take("Warfarin")
        }
        #expect(result.alert(.anticoagulant)?.medication == "Warfarin, aspirin")
        #expect(result.alert(.anticoagulant)?.message.hasPrefix("Anticoagulant or antiplatelet medicine") == true)
    }

    @Test("high-priority alerts come first, then standard, each in table order")
    func order() {
        let result = assess(age: 70) {
            $0.take("warfarin")
            $0.take("sertraline")
            $0.take("alendronate", years: 6)
            $0.results.egfr = 20
            $0.take("letrozole")
        }
        #expect(result.alertRules == ["MA-BP-RENAL", "MA-BONELOSS", "MA-ASSOC", "MA-BP-DURATION", "MA-ANTICOAG", "MA-FALLS"])
        #expect(result.medicationAlerts.map(\.priority) == [.high, .standard, .standard, .standard, .standard, .standard])
    }
}
