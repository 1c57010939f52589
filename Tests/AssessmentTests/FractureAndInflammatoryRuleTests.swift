import Assessment
import IntakeModel
import Testing

/// A sudden episode `daysAgo` days old after a cough: RF-FX (b) then needs one marker.
func suddenEpisode(_ record: inout IntakeRecord, daysAgo: Int = 5) {
    record.story.onset = .sudden
    record.story.trigger = .coughOrSneeze
    record.story.daysAgo = daysAgo
}

@Suite("RF-FX suspected vertebral fracture and RF-IBP inflammatory back pain")
struct FractureAndInflammatoryRuleTests {
    @Test("major trauma is an emergency whatever the episode's age")
    func majorTrauma() {
        let result = assess {
            $0.story.trigger = .majorTrauma
            $0.story.daysAgo = 400
        }
        #expect(result.redFlag(.fracture)?.tier == .emergency)
        #expect(result.because(.fracture) == ["major-trauma"])
        #expect(result.spineImaging.rules.codes.contains("SI-1"))
        #expect(result.dxa.rules.codes.contains("DX-5"))
    }

    @Test("sudden onset within 6 weeks at age 70 is urgent; day 43 or age 69 is not",
          arguments: [(70, 42, true), (70, 43, false), (69, 10, false), (71, 0, true)])
    func ageMarker(age: Int, daysAgo: Int, fires: Bool) {
        let result = assess(age: age) { suddenEpisode(&$0, daysAgo: daysAgo) }
        #expect((result.redFlag(.fracture) != nil) == fires)
        if fires {
            #expect(result.because(.fracture) == ["sudden-onset-minor-or-no-trauma", "age-70-plus"])
            #expect(result.urgency == .urgent)
        }
    }

    @Test("gradual onset never fires (b)")
    func gradualOnset() {
        #expect(assess(age: 80) { $0.story.daysAgo = 3 }.redFlag(.fracture) == nil)
    }

    @Test("known osteoporosis: lowest T-score -2.5 or below, in either population, or a current osteoporosis drug",
          arguments: [(-2.5, true), (-2.4, false), (-3.1, true)])
    func knownOsteoporosis(tScore: Double, fires: Bool) {
        let result = assess(age: 40) {
            suddenEpisode(&$0)
            $0.lowestT(tScore)
        }
        #expect((result.redFlag(.fracture) != nil) == fires)
        if fires { #expect(result.because(.fracture).contains("known-osteoporosis")) }
        let onDrug = assess(age: 40) {
            suddenEpisode(&$0)
            $0.take("alendronate", years: 1)
        }
        #expect(onDrug.because(.fracture) == ["sudden-onset-minor-or-no-trauma", "known-osteoporosis"])
    }

    @Test("a prior adult fragility fracture is a marker; one in childhood is not")
    func fragilityFracture() {
        let adult = assess {
            suddenEpisode(&$0)
            $0.past.fractures = [Fracture(site: .wristOrForearm, age: 18, lowTrauma: true)]
        }
        #expect(adult.because(.fracture) == ["sudden-onset-minor-or-no-trauma", "prior-fragility-fracture"])
        let child = assess {
            suddenEpisode(&$0)
            $0.past.fractures = [Fracture(site: .wristOrForearm, age: 17, lowTrauma: true)]
        }
        #expect(child.redFlag(.fracture) == nil)
    }

    @Test("recent glucocorticoid exposure is a marker")
    func glucocorticoidMarker() {
        let result = assess {
            suddenEpisode(&$0)
            $0.take("prednisolone", dose: 5, months: 3)
        }
        #expect(result.because(.fracture) == ["sudden-onset-minor-or-no-trauma", "glucocorticoid"])
    }

    @Test("historical height loss of 4.0 cm at age 50 or over is a marker",
          arguments: [(50, 174.0, true), (50, 173.99, false), (49, 174.0, false)])
    func heightLossMarker(age: Int, tallest: Double, fires: Bool) {
        let result = assess(age: age) {
            suddenEpisode(&$0)
            $0.measurements.tallestAdultHeight = Length(value: tallest, unit: .cm)
        }
        #expect((result.redFlag(.fracture) != nil) == fires)
        if fires { #expect(result.because(.fracture) == ["sudden-onset-minor-or-no-trauma", "height-loss-age-50-plus"]) }
    }

    @Test("kyphosis at age 50 or over is a marker", arguments: [(50, true), (49, false)])
    func kyphosisMarker(age: Int, fires: Bool) {
        let result = assess(age: age) {
            suddenEpisode(&$0)
            $0.measurements.kyphosis = true
        }
        #expect((result.redFlag(.fracture) != nil) == fires)
    }

    /// Age 30, gradual onset, better with exercise, no help from rest, night pain easing on getting up.
    func inflammatory(_ record: inout IntakeRecord, startDate: CalendarDate) {
        record.story = Symptoms(startDate: startDate, onset: .gradual, trigger: Trigger.none,
                                relievedBy: [.exercise, .heat], nightPain: .easesOnGettingUp)
    }

    @Test("RF-IBP needs an episode that began more than 3 months before the visit",
          arguments: [(day(monthsBefore: 3), false), (day(monthsBefore: 3, plusDays: -1), true)])
    func inflammatoryBackPainDuration(start: CalendarDate, fires: Bool) {
        let result = assess(age: 30) { inflammatory(&$0, startDate: start) }
        #expect((result.redFlag(.inflammatoryBackPain) != nil) == fires)
        if fires {
            #expect(result.because(.inflammatoryBackPain) == [
                "pain-over-3-months", "onset-before-40", "insidious-onset", "better-with-exercise",
                "no-improvement-with-rest", "night-pain-eases-on-getting-up",
            ])
            #expect(result.redFlag(.inflammatoryBackPain)?.tier == .routine)
            #expect(result.urgency == .routine)
            #expect(result.recommendations.codes.contains("REC-RHEUMATOLOGY"))
        }
    }

    @Test("RF-IBP needs 4 of the 5 features: relief by rest, lying down or sitting removes one")
    func inflammatoryBackPainCount() {
        let four = assess(age: 30) {
            inflammatory(&$0, startDate: day(monthsBefore: 6))
            $0.story.relievedBy = [.exercise, .sitting]
        }
        #expect(four.because(.inflammatoryBackPain).count == 5)
        let three = assess(age: 30) {
            inflammatory(&$0, startDate: day(monthsBefore: 6))
            $0.story.relievedBy = [.exercise, .lyingDown]
            $0.story.nightPain = NightPain.none
        }
        #expect(three.redFlag(.inflammatoryBackPain) == nil)
    }

    @Test("onset before 40 uses the age when the episode began",
          arguments: [(40, 1, true), (40, 0, false)])
    func ageAtEpisodeStart(ageNow: Int, yearsAgo: Int, before40: Bool) {
        let result = assess(age: ageNow) {
            inflammatory(&$0, startDate: day(monthsBefore: 12 * yearsAgo + 4))
            $0.story.nightPain = NightPain.none
        }
        #expect((result.redFlag(.inflammatoryBackPain) != nil) == before40)
    }
}
