import Assessment
import IntakeModel
import Testing

@Suite("Glucocorticoid exposure: prednisolone equivalents, 5 mg, 3 months, 7.5 mg high dose, route and status")
struct GlucocorticoidRuleTests {
    func gcAlert(_ change: (inout IntakeRecord) -> Void) -> MedicationAlert? {
        assess(change).alert(.glucocorticoid)
    }

    @Test("each steroid's factor turns its dose into prednisolone-equivalent mg, compared with 5 mg after rounding to 0.01",
          arguments: [
              ("prednisolone", 5.0, true), ("prednisolone", 4.99, false), ("Deltasone", 5.0, true),
              ("methylprednisolone", 4.0, true), ("medrol", 3.99, false),
              ("hydrocortisone", 20.0, true), ("hydrocortisone", 19.98, true), ("cortef", 19.97, false),
              ("dexamethasone", 0.75, true), ("decadron", 0.74, false),
              ("cortisone", 25.0, true), ("cortisone acetate", 24.9, false),
          ])
    func prednisoloneEquivalent(name: String, dose: Double, fires: Bool) {
        let alert = gcAlert { $0.take(name, dose: dose, months: 6) }
        #expect((alert != nil) == fires)
        if fires { #expect(alert?.medication == name) }
    }

    @Test("3 months or more, in months or years", arguments: [(3.0, nil, true), (2.99, nil, false), (nil, 0.25, true),
                                                              (nil, 0.24, false)] as [(Double?, Double?, Bool)])
    func duration(months: Double?, years: Double?, fires: Bool) {
        #expect((gcAlert { $0.take("prednisolone", dose: 10, months: months, years: years) } != nil) == fires)
    }

    @Test("the high-dose note from 7.5 mg/day prednisolone-equivalent", arguments: [(7.5, ["gc-high-dose"]), (7.49, [])])
    func highDose(dose: Double, notes: [String]) {
        #expect(gcAlert { $0.take("prednisolone", dose: dose, months: 4) }?.notes.codes == notes)
        #expect(gcAlert { $0.take("methylprednisolone", dose: 6, months: 4) }?.notes.codes == ["gc-high-dose"])
    }

    @Test("only the oral route counts; an omitted route is oral")
    func route() {
        #expect(gcAlert { $0.take("prednisolone", dose: 10, route: .inhaled, months: 6) } == nil)
        #expect(gcAlert { $0.take("prednisolone", dose: 10, route: .oral, months: 6) } != nil)
        // Dose text in the name makes it unrecognised (spec 3.4): no rule can use it.
        #expect(gcAlert { $0.take("Prednisone 5mg daily", dose: 10, months: 6) } == nil)
    }

    @Test("a past course counts for MA-GC when its last dose was within 12 months; a planned one never")
    func status() {
        #expect(gcAlert { $0.take("prednisolone", status: .past, dose: 10, months: 6, lastDose: day(monthsBefore: 12)) } != nil)
        #expect(gcAlert { $0.take("prednisolone", status: .past, dose: 10, months: 6, lastDose: day(monthsBefore: 13)) } == nil)
        #expect(gcAlert { $0.take("prednisolone", status: .planned, dose: 10, months: 6) } == nil)
    }

    @Test("a glucocorticoid without a dose or duration gives warnings instead of firing")
    func missingData() {
        let result = assess {
            $0.take("prednisolone", months: 6)
            $0.take("prednisolone", dose: 10)
            $0.take("prednisolone", status: .past, dose: 10, months: 6)
        }
        #expect(result.alert(.glucocorticoid) == nil)
        #expect(result.warningPairs == ["/medications/0 missing-dose", "/medications/1 missing-duration",
                                        "/medications/2 missing-last-dose-date"])
        #expect(result.dxa.rules.codes == ["DX-5"], "the past course still counts as exposure for DX-5")
        // the messages are for people: in words, no record key such as doseMgPerDay or lastDoseDate
        #expect(result.warnings.map(\.message) == [
            "glucocorticoid without a daily dose in mg: the glucocorticoid rules could not use it",
            "how long it was taken is not given: the rules that need it could not use it",
            "the date of the last dose is not given: the rules that need it could not check it",
        ])
    }
}
