import Foundation
import Testing
@testable import IntakeModel

/// Every hard and soft limit of format spec section 8.2 at, just below and just above its edges.
/// "ok" = no problem at the path, "warn" = a soft-limit warning, "error" = a range error.
@Suite("Hard and soft limits at their edges")
struct IntakeLimitsBoundaryTests {
    enum Outcome: String { case ok, warn, error }

    func outcome(_ edits: [String: Any?], at path: String) -> Outcome {
        let check = RecordFixture.check(edits)
        if check.errors.contains(where: { $0.path == path && $0.code == .range }) { return .error }
        if check.warnings.contains(where: { $0.path == path && $0.code == .softLimit }) { return .warn }
        #expect(!check.errors.contains { $0.path == path }, "unexpected errors for \(edits)")
        return .ok
    }

    @Test("age 18-120 (soft below 40 or above 100)", arguments: [
        (17, Outcome.error), (18, .warn), (39, .warn), (40, .ok), (100, .ok), (101, .warn), (120, .warn), (121, .error),
    ])
    func age(years: Int, expected: Outcome) {
        #expect(outcome(["/patient/age": years, "/history/menopause/age": nil], at: "/patient/age") == expected)
    }

    @Test("age from birthDate: a birthday on the visit day counts")
    func ageFromBirthDate() {
        let edits: (String) -> [String: Any?] = { ["/patient/age": nil, "/patient/birthDate": $0, "/history/menopause/age": nil] }
        #expect(outcome(edits("2007-10-06"), at: "/patient/birthDate") == .warn)   // 18 today
        #expect(outcome(edits("2007-10-07"), at: "/patient/birthDate") == .error)  // 17 until tomorrow
        #expect(outcome(edits("1985-10-06"), at: "/patient/birthDate") == .ok)     // 40
        #expect(outcome(edits("1904-10-07"), at: "/patient/birthDate") == .warn)   // 120
        #expect(outcome(edits("1904-10-06"), at: "/patient/birthDate") == .error)  // 121
        #expect(RecordFixture.check(edits("2007-10-07")).message(at: "/patient/birthDate") == "age on the visit date 17 years is outside 18-120 years")
    }

    @Test("height 100-230 cm (soft below 135 or above 205) in cm", arguments: [
        (99.99, Outcome.error), (100, .warn), (134.99, .warn), (135, .ok), (205, .ok), (205.01, .warn), (230, .warn), (230.01, .error),
    ])
    func heightInCentimetres(value: Double, expected: Outcome) {
        #expect(outcome(["/body/height/value": value, "/body/weight/value": 60], at: "/body/height") == expected)
    }

    @Test("height limits after conversion from inches, feet and metres", arguments: [
        (39.36, "in", Outcome.error), (39.37, "in", .warn), (90.55, "in", .warn), (90.56, "in", .error),
        (3.28, "ft", .error), (3.29, "ft", .warn), (1, "m", .warn), (0.99, "m", .error), (2.3, "m", .warn), (2.31, "m", .error),
        (64, "in", .ok), (5.3333, "ft", .ok),
    ])
    func heightConverted(value: Double, unit: String, expected: Outcome) {
        #expect(outcome(["/body/height": ["value": value, "unit": unit], "/body/weight/value": 60], at: "/body/height") == expected)
    }

    @Test("height messages name the entered and the canonical value")
    func heightMessage() {
        let check = RecordFixture.check(["/body/height": ["value": 30, "unit": "in"]])
        #expect(check.message(at: "/body/height") == "30 in (76.2 cm) is outside 100-230 cm")
    }

    @Test("weight 25-300 kg (soft below 35 or above 180)", arguments: [
        (24.99, "kg", Outcome.error), (25, "kg", .warn), (34.99, "kg", .warn), (35, "kg", .ok), (180, "kg", .ok),
        (180.01, "kg", .warn), (300, "kg", .warn), (300.01, "kg", .error), (0, "kg", .error),
        (55.1, "lb", .error), (55.11, "lb", .warn), (661.38, "lb", .warn), (661.4, "lb", .error), (154, "lb", .ok),
    ])
    func weight(value: Double, unit: String, expected: Outcome) {
        // height 200 cm keeps BMI inside its own limits for every weight here except the extremes
        #expect(outcome(["/body/weight": ["value": value, "unit": unit], "/body/height/value": 200], at: "/body/weight") == expected)
    }

    @Test("BMI from canonical kg and cm, 10-80 (soft below 15 or above 50), at /body", arguments: [
        // height 200 cm: BMI = kg / 4
        (39.78, Outcome.error), (39.8, .warn), (59.78, .warn), (59.8, .ok), (200, .ok), (200.2, .warn), (240, .warn),
    ])
    func bmi(kilograms: Double, expected: Outcome) {
        #expect(outcome(["/body/weight/value": kilograms, "/body/height/value": 200], at: "/body") == expected)
    }

    @Test("BMI above 80 is an error and is skipped when the height is itself in error")
    func bmiHigh() {
        #expect(outcome(["/body/weight/value": 260, "/body/height/value": 180], at: "/body") == .error)   // 80.2
        #expect(outcome(["/body/weight/value": 259, "/body/height/value": 180], at: "/body") == .warn)    // 79.9
        #expect(RecordFixture.check(["/body/weight/value": 260, "/body/height/value": 90]).errorKeys == ["/body/height range"])
    }

    @Test("historical height loss 0-30 cm (soft above 15); a tallest height below today's is an error", arguments: [
        (167.99, Outcome.error), (168, .ok), (183, .ok), (183.01, .warn), (198, .warn), (198.01, .error),
    ])
    func historicalHeightLoss(tallest: Double, expected: Outcome) {
        #expect(outcome(["/body/tallestAdultHeight": ["value": tallest, "unit": "cm"]], at: "/body/tallestAdultHeight") == expected)
    }

    @Test("historical height loss in inches: 1.5 in is 3.81 cm")
    func heightLossInches() throws {
        let check = RecordFixture.check(["/body/height": ["value": 63, "unit": "in"], "/body/tallestAdultHeight": ["value": 62.9, "unit": "in"]])
        #expect(check.errorKeys == ["/body/tallestAdultHeight range"])
        #expect(check.message(at: "/body/tallestAdultHeight")?.contains("below today's height 160.02 cm") == true)
    }

    @Test("prospective height loss 0-15 cm (soft above 6)", arguments: [
        (6, "cm", Outcome.ok), (6.01, "cm", .warn), (15, "cm", .warn), (15.01, "cm", .error), (5.91, "in", .error), (2.36, "in", .ok),
    ])
    func prospective(value: Double, unit: String, expected: Outcome) {
        #expect(outcome(["/body/measuredHeightLoss": ["value": value, "unit": unit]], at: "/body/measuredHeightLoss") == expected)
    }

    @Test("T- and Z-scores -6.0 to +4.0 (soft below -5.0 or above +3.0), compared exactly", arguments: [
        (-6.01, Outcome.error), (-6.0, .warn), (-5.01, .warn), (-5.0, .ok), (3.0, .ok), (3.01, .warn), (4.0, .warn), (4.001, .error),
    ])
    func scores(value: Double, expected: Outcome) {
        #expect(outcome(["/boneDensity": ["lowestTScore": value]], at: "/boneDensity/lowestTScore") == expected)
        #expect(outcome(["/boneDensity": ["lowestZScore": value]], at: "/boneDensity/lowestZScore") == expected)
    }

    @Test("alcohol 0-60 UK units a day (soft above 20) in each unit", arguments: [
        (20, "uk-units", Outcome.ok), (20.01, "uk-units", .warn), (60, "uk-units", .warn), (60.01, "uk-units", .error),
        (11.42, "us-drinks", .ok), (11.43, "us-drinks", .ok), (11.44, "us-drinks", .warn), (34.28, "us-drinks", .warn), (34.29, "us-drinks", .error),
        (160, "g", .ok), (160.1, "g", .warn), (480, "g", .warn), (480.1, "g", .error), (-1, "uk-units", .error),
    ])
    func alcohol(value: Double, unit: String, expected: Outcome) {
        #expect(outcome(["/history/alcoholPerDay": ["value": value, "unit": unit]], at: "/history/alcoholPerDay") == expected)
    }

    @Test("glucocorticoid dose 0-200 mg/day prednisolone-equivalent (soft above 60), with each factor", arguments: [
        ("prednisolone", 60.0, Outcome.ok), ("prednisolone", 60.01, .warn), ("prednisolone", 200, .warn), ("prednisolone", 200.01, .error),
        ("Prednisone 5mg daily", 61, .ok), ("methylprednisolone", 48, .ok), ("methylprednisolone", 48.01, .warn),
        ("medrol", 160, .warn), ("methylprednisolone", 160.01, .error), ("hydrocortisone", 240, .ok), ("hydrocortisone", 240.04, .warn),
        ("cortef", 800, .warn), ("hydrocortisone", 800.04, .error), ("dexamethasone", 9, .ok), ("dexamethasone", 9.01, .warn),
        ("decadron", 30, .warn), ("dexamethasone", 30.01, .error), ("cortisone", 300, .ok), ("cortisone", 1000, .warn),
        ("cortisone", 1000.1, .error), ("naproxen", 1000, .ok),
    ])
    func glucocorticoidDose(name: String, dose: Double, expected: Outcome) {
        #expect(outcome(["/medications/0": ["name": name, "doseMgPerDay": dose]], at: "/medications/0/doseMgPerDay") == expected)
    }

    @Test("a non-oral glucocorticoid dose is not held to the oral limit")
    func nonOralDose() {
        #expect(outcome(["/medications/0": ["name": "methylprednisolone", "doseMgPerDay": 1000, "route": "injection"]],
                        at: "/medications/0/doseMgPerDay") == .ok)
        let message = RecordFixture.check(["/medications/0": ["name": "dexamethasone", "doseMgPerDay": 40]]).message(at: "/medications/0/doseMgPerDay")
        #expect(message == "40 mg/day of dexamethasone (266.67 mg/day prednisolone-equivalent) is outside 0-200 mg/day prednisolone-equivalent")
    }

    @Test("eGFR and creatinine clearance 1-200 (soft below 15)", arguments: [
        (0.99, Outcome.error), (1, .warn), (14.99, .warn), (15, .ok), (200, .ok), (200.01, .error),
    ])
    func kidneyFunction(value: Double, expected: Outcome) {
        #expect(outcome(["/labs": ["egfr": value]], at: "/labs/egfr") == expected)
        #expect(outcome(["/labs": ["creatinineClearance": value]], at: "/labs/creatinineClearance") == expected)
    }

    @Test("temperature 30-45 °C after conversion", arguments: [
        (29.9, "C", Outcome.error), (30, "C", .ok), (45, "C", .ok), (45.1, "C", .error), (86, "F", .ok), (85.9, "F", .error),
        (113, "F", .ok), (113.1, "F", .error),
    ])
    func temperature(value: Double, unit: String, expected: Outcome) {
        #expect(outcome(["/redFlags": ["temperature": ["value": value, "unit": unit]]], at: "/redFlags/temperature") == expected)
    }

    @Test("episode days 0-36500 from daysAgo and from startDate")
    func episodeDays() {
        #expect(outcome(["/symptoms/daysAgo": 36500], at: "/symptoms/daysAgo") == .ok)
        #expect(outcome(["/symptoms/daysAgo": 36501], at: "/symptoms/daysAgo") == .error)
        #expect(outcome(["/symptoms/daysAgo": 0], at: "/symptoms/daysAgo") == .ok)
        let start: (String) -> [String: Any?] = { ["/symptoms/daysAgo": nil, "/symptoms/startDate": $0] }
        #expect(outcome(start("1925-10-31"), at: "/symptoms/startDate") == .ok)      // 36500 days
        #expect(outcome(start("1925-10-30"), at: "/symptoms/startDate") == .error)   // 36501 days
    }

    @Test("pain score 0-10, falls 0-365")
    func counts() {
        #expect(outcome(["/symptoms/painScore": 10], at: "/symptoms/painScore") == .ok)
        #expect(outcome(["/symptoms/painScore": 11], at: "/symptoms/painScore") == .error)
        #expect(outcome(["/symptoms/painScore": -1], at: "/symptoms/painScore") == .error)
        #expect(outcome(["/history/fallsPast12Months": 365], at: "/history/fallsPast12Months") == .ok)
        #expect(outcome(["/history/fallsPast12Months": 366], at: "/history/fallsPast12Months") == .error)
    }

    @Test("fracture age and menopause age are at most the current age")
    func pastAges() {
        #expect(outcome(["/history/fractures": [["site": "wrist-or-forearm", "age": 61]]], at: "/history/fractures/0/age") == .ok)
        #expect(outcome(["/history/fractures": [["site": "wrist-or-forearm", "age": 62]]], at: "/history/fractures/0/age") == .error)
        #expect(outcome(["/history/fractures": [["site": "hip", "age": 121]]], at: "/history/fractures/0/age") == .error)
        #expect(outcome(["/history/menopause/age": 9], at: "/history/menopause/age") == .error)
        #expect(outcome(["/history/menopause/age": 10], at: "/history/menopause/age") == .ok)
        #expect(outcome(["/history/menopause/age": 62, "/patient/age": 60], at: "/history/menopause/age") == .error)
        #expect(outcome(["/history/menopause/age": 70, "/patient/age": 80], at: "/history/menopause/age") == .ok)
        #expect(outcome(["/history/menopause/age": 71, "/patient/age": 80], at: "/history/menopause/age") == .error)
    }

    @Test("denosumab lastDoseDate at most 240 months before visitDate")
    func denosumabLastDose() {
        let dose: (String) -> [String: Any?] = { ["/medications/0": ["name": "Prolia", "lastDoseDate": $0]] }
        #expect(outcome(dose("2005-10-06"), at: "/medications/0/lastDoseDate") == .ok)
        #expect(outcome(dose("2005-10-05"), at: "/medications/0/lastDoseDate") == .error)
        #expect(outcome(["/medications/0": ["name": "alendronate", "lastDoseDate": "1990-01-01"]], at: "/medications/0/lastDoseDate") == .ok)
    }

    @Test("the limits table is the one the screens read")
    func limitsForScreens() {
        #expect(IntakeLimits.height.hardMinimum == 100 && IntakeLimits.height.hardMaximum == 230)
        #expect(IntakeLimits.weight.softMinimum == 35 && IntakeLimits.weight.softMaximum == 180)
        #expect(IntakeLimits.tScore.hardRangeText(in: .english) == "-6 to 4")
        #expect(IntakeLimits.weight.hardRangeText(in: .english) == "25-300 kg")
        #expect(IntakeLimits.all.count == 21)
    }
}
