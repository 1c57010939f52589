import Assessment
import IntakeModel
import Testing

@Suite("DXA rules DX-1 to DX-6 and the RFX risk factors")
struct DXARuleTests {
    @Test("DX-1: women from 65", arguments: [(65, true), (64, false)])
    func womenFrom65(age: Int, fires: Bool) {
        let result = assess(sex: .female, age: age) { $0.measurements.weight = Mass(value: 90, unit: .kg) }
        #expect(result.dxa.rules.codes == (fires ? ["DX-1"] : []))
        #expect(result.dxa.indicated == fires)
    }

    @Test("DX-2: a postmenopausal woman under 65 with one RFX risk factor")
    func postmenopausalWithRiskFactor() {
        // 90 kg keeps OST low: (90 - 60) / 5 = 6.
        let none = assess(sex: .female, age: 60) { $0.measurements.weight = Mass(value: 90, unit: .kg) }
        #expect(none.dxa.rules.isEmpty)
        let smoker = assess(sex: .female, age: 60) {
            $0.measurements.weight = Mass(value: 90, unit: .kg)
            $0.past.smoking = .current
        }
        #expect(smoker.dxa.rules.codes == ["DX-2"])
    }

    @Test("DX-2: an OST index of -1 or below is enough on its own", arguments: [(59.99, 0, false), (59.0, -1, true)])
    func postmenopausalWithLowOST(kilograms: Double, index: Int, fires: Bool) {
        let result = assess(sex: .female, age: 64) { $0.measurements.weight = Mass(value: kilograms, unit: .kg) }
        #expect(result.ost?.index == index)
        #expect(result.dxa.rules.contains(.postmenopausalRisk) == fires)
    }

    @Test("DX-2 does not apply to premenopausal or perimenopausal women")
    func notPostmenopausal() {
        for status in [MenopauseStatus.premenopausal, .perimenopausal] {
            let result = assess(sex: .female, age: 50) {
                $0.past.menopause = Menopause(status: status)
                $0.past.smoking = .current
            }
            #expect(result.dxa.rules.isEmpty)
            #expect(result.dxa.report == .zScore)
        }
    }

    @Test("DX-3: men from 70", arguments: [(70, ["DX-3"]), (69, [])])
    func menFrom70(age: Int, rules: [String]) {
        #expect(assess(age: age).dxa.rules.codes == rules)
    }

    @Test("DX-4: men 50 to 69 with one RFX risk factor", arguments: [(49, false), (50, true), (69, true)])
    func menWithRiskFactor(age: Int, fires: Bool) {
        let result = assess(age: age) { $0.past.parentalHipFracture = true }
        #expect(result.dxa.rules.contains(.maleAge50Risk) == fires)
    }

    @Test("alcohol of 3 UK units a day is a risk factor, in every unit",
          arguments: [(3.0, AlcoholUnit.ukUnits, true), (2.99, .ukUnits, false), (1.72, .usDrinks, true),
                      (1.71, .usDrinks, false), (24, .grams, true), (23.9, .grams, false)])
    func alcohol(value: Double, unit: AlcoholUnit, fires: Bool) {
        let result = assess(age: 55) { $0.past.alcoholPerDay = AlcoholAmount(value: value, unit: unit) }
        #expect(result.dxa.rules.contains(.maleAge50Risk) == fires)
    }

    @Test("a BMI below 20 (rounded to 0.1) is a risk factor", arguments: [(57.8, 20.0, false), (57.5, 19.9, true)])
    func lowBMI(kilograms: Double, bmi: Double, fires: Bool) {
        let result = assess(age: 55) { $0.measurements.weight = Mass(value: kilograms, unit: .kg) }
        #expect(result.bmi?.doubleValue == bmi)
        #expect(result.dxa.rules.contains(.maleAge50Risk) == fires)
    }

    @Test("menopause before 45 and a fall in the last year are risk factors")
    func menopauseAndFalls() {
        func rules(_ change: @escaping (inout IntakeRecord) -> Void) -> [String] {
            assess(sex: .female, age: 55) {
                $0.measurements.weight = Mass(value: 90, unit: .kg)
                change(&$0)
            }.dxa.rules.codes
        }
        #expect(rules { $0.past.menopause = Menopause(status: .postmenopausal, age: 44) } == ["DX-2"])
        #expect(rules { $0.past.menopause = Menopause(status: .postmenopausal, age: 45) } == [])
        #expect(rules { $0.past.fallsPast12Months = 1 } == ["DX-2"])
        #expect(rules { $0.past.fallsPast12Months = 0 } == [])
    }

    @Test("DX-5: fragility fracture, glucocorticoid exposure, a high-risk medicine or a bone-loss condition at any age")
    func boneLossCauses() {
        #expect(assess(age: 30) { $0.past.fractures = [Fracture(site: .rib, lowTrauma: true)] }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.take("prednisone", dose: 5, months: 3) }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.take("Arimidex") }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.add(.coeliacDisease) }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.past.cardiovascularEvents = [CardiovascularEvent(type: .stroke)] }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.add(.venousThromboembolism) }.dxa.rules.isEmpty)
    }

    @Test("past glucocorticoid exposure counts for DX-5 however long ago")
    func pastGlucocorticoid() {
        let result = assess(age: 30) {
            $0.take("prednisolone", status: .past, dose: 10, months: 6, lastDose: day(monthsBefore: 60))
        }
        #expect(result.dxa.rules.codes == ["DX-5"])
        #expect(result.spineImaging.rules.isEmpty)
    }

    @Test("a high-risk medicine counts only while current; a past aromatase inhibitor is history")
    func pastHighRiskMedicine() {
        #expect(assess(age: 30) { $0.take("letrozole", status: .past) }.dxa.rules.isEmpty)
        #expect(assess(age: 30) { $0.take("letrozole", status: .planned) }.dxa.rules.isEmpty)
    }

    @Test("heparin is high-risk from 3 months, depot medroxyprogesterone after 24 months, thyroxine with suppressed TSH")
    func conditionalHighRiskMedicines() {
        #expect(assess(age: 30) { $0.take("enoxaparin", months: 3) }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.take("enoxaparin", months: 2.9) }.dxa.rules.isEmpty)
        #expect(assess(age: 30) { $0.take("depo-provera", months: 25) }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.take("depo-provera", years: 2) }.dxa.rules.isEmpty)
        #expect(assess(age: 30) { $0.take("provera", months: 30) }.dxa.rules.isEmpty)
        #expect(assess(age: 30) { $0.take("medroxyprogesterone", route: .injection, months: 30) }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) {
            $0.take("levothyroxine")
            $0.results.tshSuppressed = true
        }.dxa.rules.codes == ["DX-5"])
        #expect(assess(age: 30) { $0.take("levothyroxine") }.dxa.rules.isEmpty)
    }

    @Test("DX-6: a current osteoporosis drug, for monitoring")
    func monitoring() {
        #expect(assess(age: 30) { $0.take("Prolia", lastDose: day(monthsBefore: 3)) }.dxa.rules.codes == ["DX-6"])
        #expect(assess(age: 30) { $0.take("Prolia", status: .planned) }.dxa.rules.isEmpty)
    }

    @Test("dxa.report is t-score for postmenopausal women and men from 50, else z-score")
    func report() {
        #expect(assess(age: 50).dxa.report == .tScore)
        #expect(assess(age: 49).dxa.report == .zScore)
        #expect(assess(sex: .female, age: 45).dxa.report == .tScore)
    }
}
