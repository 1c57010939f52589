import Assessment
import IntakeModel
import Testing

@Suite("OST, WHO T-score class, Z-score class, BMI, height loss and STarT Back")
struct ScoreTests {
    @Test("OST for postmenopausal women: high below -4, moderate -4 to -1, low above -1",
          arguments: [(50.0, 70, -4, OSTCategory.moderate), (49.0, 70, -4, .moderate), (44.99, 70, -5, .high),
                      (65.0, 70, -1, .moderate), (66.0, 70, 0, .low), (55.9, 80, -4, .moderate)])
    func ostWomen(kilograms: Double, age: Int, index: Int, category: OSTCategory) {
        let result = assess(sex: .female, age: age) { $0.measurements.weight = Mass(value: kilograms, unit: .kg) }
        #expect(result.ost == OSTResult(index: index, category: category))
    }

    @Test("OST for men from 50: high -2 or below, moderate -1 to 3, low 4 or above",
          arguments: [(60.0, 70, -2, OSTCategory.high), (65.0, 70, -1, .moderate), (89.99, 70, 3, .moderate),
                      (90.0, 70, 4, .low)])
    func ostMen(kilograms: Double, age: Int, index: Int, category: OSTCategory) {
        let result = assess(age: age) { $0.measurements.weight = Mass(value: kilograms, unit: .kg) }
        #expect(result.ost == OSTResult(index: index, category: category))
    }

    @Test("OST truncates toward zero: -0.4 gives 0, -4.8 gives -4, from pounds too")
    func ostTruncation() {
        #expect(assess(sex: .female, age: 70) { $0.measurements.weight = Mass(value: 68, unit: .kg) }.ost?.index == 0)
        #expect(assess(sex: .female, age: 70) { $0.measurements.weight = Mass(value: 46, unit: .kg) }.ost?.index == -4)
        // 110 lb = 49.90 kg: (49.90 - 70) / 5 = -4.02 -> -4.
        #expect(assess(sex: .female, age: 70) { $0.measurements.weight = Mass(value: 110, unit: .lb) }.ost?.index == -4)
    }

    @Test("OST is null outside the T-score population")
    func ostPopulation() {
        #expect(assess(age: 49).ost == nil)
        #expect(assess(sex: .female, age: 55) { $0.past.menopause = Menopause(status: .perimenopausal) }.ost == nil)
        #expect(assess(age: 50).ost != nil)
    }

    @Test("WHO class: normal from -1.0, osteopenia above -2.5, osteoporosis at -2.5 or below",
          arguments: [(-1.0, TScoreClass.normal), (-1.1, .osteopenia), (-2.4, .osteopenia), (-2.5, .osteoporosis),
                      (0.5, .normal)])
    func whoClass(tScore: Double, expected: TScoreClass) {
        let result = assess(age: 60) { $0.lowestT(tScore) }
        #expect(result.tScoreClass == expected)
        #expect(result.zScoreClass == nil)
    }

    @Test("Z-score class: below the expected range at -2.0 or below, for the Z-score population only",
          arguments: [(-2.0, ZScoreClass.belowExpectedRange), (-1.9, .withinExpectedRange)])
    func zScoreClass(zScore: Double, expected: ZScoreClass) {
        let result = assess(age: 40) {
            $0.lowestZ(zScore)
            $0.lowestT(-3.0)
        }
        #expect(result.zScoreClass == expected)
        #expect(result.tScoreClass == nil, "a T-score is never classed for the Z-score population")
        #expect(assess(age: 60) { $0.lowestZ(zScore) }.zScoreClass == nil)
    }

    @Test("BMI is rounded half away from zero to 0.1 from canonical kg and cm",
          arguments: [(200.0, 81.8, 20.5), (170.0, 70.0, 24.2), (160.0, 80.0, 31.3)])
    func bmi(centimetres: Double, kilograms: Double, expected: Double) {
        let result = assess {
            $0.measurements.height = Length(value: centimetres, unit: .cm)
            $0.measurements.weight = Mass(value: kilograms, unit: .kg)
        }
        #expect(result.bmi?.doubleValue == expected)
    }

    @Test("A height typed wildly (7 digits in feet, as the screen's box allows) gives BMI 0.0 instead of stopping the program")
    func bmiOfAWildHeight() {
        let result = assess {
            $0.measurements.height = Length(value: 9_999_999, unit: .ft)
            $0.measurements.weight = Mass(value: 71, unit: .lb)
        }
        #expect(result.bmi?.doubleValue == 0)
    }

    @Test("height loss is null when not measured and exact to 0.01 cm when it is")
    func heightLoss() {
        #expect(assess().heightLossCm == HeightLoss())
        let result = assess {
            $0.measurements.tallestAdultHeight = Length(value: 1.76, unit: .m)
            $0.measurements.measuredHeightLoss = Length(value: 1, unit: .inch)
        }
        #expect(result.heightLossCm.historical?.description == "6.00")
        #expect(result.heightLossCm.prospective?.description == "2.54")
    }

    func startBack(_ agreed: Set<Int>, bother: Bothersomeness) -> StartBackResult? {
        assess {
            $0.startBack = StartBackAnswers(
                item1: agreed.contains(1), item2: agreed.contains(2), item3: agreed.contains(3),
                item4: agreed.contains(4), item5: agreed.contains(5), item6: agreed.contains(6),
                item7: agreed.contains(7), item8: agreed.contains(8), item9: bother)
        }.startBack
    }

    @Test("STarT Back: low up to 3; from 4, high when the psychosocial items (5-9) score 4 or more")
    func startBackBands() {
        #expect(startBack([1, 2, 3], bother: .moderately) == StartBackResult(total: 3, psychosocial: 0, risk: .low))
        #expect(startBack([1, 2, 5], bother: .veryMuch) == StartBackResult(total: 4, psychosocial: 2, risk: .medium))
        #expect(startBack([5, 6, 7], bother: .extremely) == StartBackResult(total: 4, psychosocial: 4, risk: .high))
        #expect(startBack([1, 6, 7, 8], bother: .slightly) == StartBackResult(total: 4, psychosocial: 3, risk: .medium))
        #expect(startBack([5, 6, 7], bother: .notAtAll) == StartBackResult(total: 3, psychosocial: 3, risk: .low))
    }

    @Test("STarT Back is null when not given")
    func startBackAbsent() {
        #expect(assess().startBack == nil)
    }

    @Test("STarT Back begun but not finished is not scored: two items agreed of nine answered would read 'risk low' (cold trial)")
    func startBackUnfinished() {
        let partial = assess { $0.startBack = StartBackAnswers(item1: false, item2: true) }
        #expect(partial.startBack == nil)
        #expect(!partial.notices.contains(.startBackWithRedFlags))
        #expect(StartBackAnswers(item1: false, item2: true).unansweredItems == [3, 4, 5, 6, 7, 8, 9])
    }
}
