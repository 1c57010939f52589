import Assessment
import IntakeModel
import Testing

@Suite("Spine imaging / VFA rules SI-1 to SI-8")
struct SpineImagingRuleTests {
    func rules(sex: Sex = .male, age: Int = 45, _ change: (inout IntakeRecord) -> Void) -> [String] {
        assess(sex: sex, age: age, change).spineImaging.rules.codes
    }

    // Today's height is 170 cm: 68.5 in = 173.99 cm (3.99 cm lost), 68.51 in = 174.02 cm,
    // 5.71 ft = 174.04 cm.
    @Test("SI-2: historical height loss of 4.0 cm or more, at any age, after converting units",
          arguments: [(Length(value: 174, unit: .cm), true), (Length(value: 173.99, unit: .cm), false),
                      (Length(value: 68.51, unit: .inch), true), (Length(value: 68.5, unit: .inch), false),
                      (Length(value: 1.74, unit: .m), true), (Length(value: 5.71, unit: .ft), true)])
    func historicalHeightLoss(tallest: Length, fires: Bool) {
        #expect(rules { $0.measurements.tallestAdultHeight = tallest }.contains("SI-2") == fires)
    }

    @Test("1.5 in of height loss is 3.81 cm (below 4.0); 1.6 in is 4.06 cm (at or above)",
          arguments: [(65.5, 3.81, false), (65.6, 4.06, true)])
    func inchesOfHeightLoss(tallestInches: Double, centimetres: Double, fires: Bool) {
        let result = assess {
            $0.measurements.height = Length(value: 64, unit: .inch)
            $0.measurements.tallestAdultHeight = Length(value: tallestInches, unit: .inch)
        }
        #expect(result.heightLossCm.historical?.doubleValue == centimetres)
        #expect(result.spineImaging.rules.contains(.historicalHeightLoss) == fires)
    }

    @Test("SI-3: prospective height loss of 2.0 cm or more; 0.8 in is 2.03 cm",
          arguments: [(Length(value: 2.0, unit: .cm), true), (Length(value: 1.99, unit: .cm), false),
                      (Length(value: 0.8, unit: .inch), true), (Length(value: 0.78, unit: .inch), false)])
    func prospectiveHeightLoss(loss: Length, fires: Bool) {
        #expect(rules { $0.measurements.measuredHeightLoss = loss }.contains("SI-3") == fires)
    }

    @Test("SI-4: a prior adult fragility fracture from age 50", arguments: [(50, true), (49, false)])
    func fragilityFracture(age: Int, fires: Bool) {
        let fired = rules(age: age) { $0.past.fractures = [Fracture(site: .humerus, age: 45, lowTrauma: true)] }
        #expect(fired.contains("SI-4") == fires)
    }

    @Test("SI-5: recent glucocorticoid exposure: current, or past with a last dose within 12 months",
          arguments: [(day(monthsBefore: 12), true), (day(monthsBefore: 12, plusDays: -1), false)])
    func glucocorticoid(lastDose: CalendarDate, fires: Bool) {
        #expect(rules { $0.take("prednisolone", status: .past, dose: 5, months: 3, lastDose: lastDose) }.contains("SI-5") == fires)
        #expect(rules { $0.take("prednisolone", dose: 5, months: 3) } == ["SI-5"])
    }

    @Test("SI-6: women 70+ with T below -1.0; women 65-69 with T -1.5 or below",
          arguments: [(70, -1.1, true), (70, -1.0, false), (69, -1.5, true), (69, -1.4, false), (64, -2.0, false)])
    func womenByTScoreAndAge(age: Int, tScore: Double, fires: Bool) {
        #expect(rules(sex: .female, age: age) { $0.lowestT(tScore) }.contains("SI-6") == fires)
    }

    @Test("SI-6: men 80+ with T below -1.0; men 70-79 with T -1.5 or below",
          arguments: [(80, -1.1, true), (80, -1.0, false), (79, -1.5, true), (79, -1.4, false), (70, -1.5, true),
                      (69, -2.0, false)])
    func menByTScoreAndAge(age: Int, tScore: Double, fires: Bool) {
        #expect(rules(age: age) { $0.lowestT(tScore) }.contains("SI-6") == fires)
    }

    @Test("SI-7: kyphosis on examination, or a vertebral fracture not confirmed by imaging")
    func kyphosisOrUndocumentedFracture() {
        #expect(rules { $0.measurements.kyphosis = true } == ["SI-7"])
        #expect(rules { $0.past.fractures = [Fracture(site: .vertebra)] } == ["SI-7"])
        #expect(rules { $0.past.fractures = [Fracture(site: .vertebra, documented: false)] } == ["SI-7"])
        #expect(rules { $0.past.fractures = [Fracture(site: .vertebra, documented: true)] } == [])
        #expect(rules { $0.symptoms?.postureChange = true } == [])
    }

    @Test("SI-8: T-score population with T -2.5 or below; never for the Z-score population",
          arguments: [(Sex.male, 50, -2.5, true), (.male, 50, -2.4, false), (.male, 49, -3.0, false)])
    func osteoporoticTScore(sex: Sex, age: Int, tScore: Double, fires: Bool) {
        #expect(rules(sex: sex, age: age) { $0.lowestT(tScore) }.contains("SI-8") == fires)
    }

    @Test("SI-1: RF-FX fired")
    func suspectedFracture() {
        #expect(rules(age: 75) {
            $0.story.onset = .sudden
            $0.story.trigger = Trigger.none
        } == ["SI-1"])
    }
}
