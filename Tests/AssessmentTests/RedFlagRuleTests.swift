import Assessment
import IntakeModel
import Testing

@Suite("Red flags RF-CES, RF-NEURO, RF-MSCC, RF-MAL, RF-INF, RF-AAA and urgency")
struct RedFlagRuleTests {
    @Test("a quiet record fires no red flag and is routine")
    func quiet() {
        let result = assess()
        #expect(result.redFlags.isEmpty)
        #expect(result.urgency == .routine)
    }

    @Test("each cauda equina feature alone fires RF-CES as an emergency, naming that feature",
          arguments: ["saddle-numbness", "urinary-retention", "urinary-incontinence", "faecal-incontinence",
                      "bilateral-sciatica", "sexual-dysfunction"])
    func caudaEquina(code: String) {
        let result = assess {
            switch code {
            case "saddle-numbness": $0.flags.saddleNumbness = true
            case "urinary-retention": $0.flags.urinaryRetention = true
            case "urinary-incontinence": $0.flags.urinaryIncontinence = true
            case "faecal-incontinence": $0.flags.faecalIncontinence = true
            case "bilateral-sciatica": $0.flags.bilateralSciatica = true
            default: $0.flags.sexualDysfunction = true
            }
        }
        #expect(result.redFlagRules == ["RF-CES"])
        #expect(result.redFlag(.ces)?.tier == .emergency)
        #expect(result.because(.ces) == [code])
        #expect(result.urgency == .emergency)
    }

    @Test("'false' answers fire nothing")
    func falseAnswers() {
        let result = assess { $0.flags = RedFlags(saddleNumbness: false, bilateralSciatica: false, legWeakness: false) }
        #expect(result.redFlags.isEmpty)
    }

    @Test("unasked bilateral sciatica with pain down both legs counts as yes, with an 'assumed' warning")
    func bilateralSciaticaAssumed() {
        let result = assess {
            $0.story.radiation = .bothLegs
            $0.flags.bilateralSciatica = nil
        }
        #expect(result.because(.ces) == ["bilateral-sciatica"])
        #expect(result.warningPairs == ["/redFlags/bilateralSciatica not-asked", "/redFlags/bilateralSciatica assumed"])
    }

    @Test("bilateral sciatica answered no is not overridden by pain down both legs")
    func bilateralSciaticaAnsweredNo() {
        let result = assess {
            $0.story.radiation = .bothLegs
            $0.flags.bilateralSciatica = false
        }
        #expect(result.redFlag(.ces) == nil)
        #expect(result.warnings.isEmpty)
    }

    @Test("leg weakness and gait disturbance fire RF-NEURO in order")
    func neuro() {
        let result = assess {
            $0.flags.gaitDisturbance = true
            $0.flags.legWeakness = true
        }
        #expect(result.because(.neuro) == ["leg-weakness", "gait-disturbance"])
        #expect(result.urgency == .emergency)
    }

    @Test("cancer with radicular pain or leg numbness fires RF-MSCC (emergency) and RF-MAL (urgent)")
    func metastaticCompression() {
        let result = assess {
            $0.add(.cancer)
            $0.story.radiation = .leftLeg
            $0.story.numbness = .rightLeg
        }
        #expect(result.redFlagRules == ["RF-MSCC", "RF-MAL"])
        #expect(result.because(.mscc) == ["cancer", "radicular-pain", "leg-numbness"])
        #expect(result.redFlag(.malignancy)?.tier == .urgent)
        #expect(result.urgency == .emergency)
    }

    @Test("cancer with cauda equina and motor features names them in RF-MSCC")
    func metastaticCompressionWithNeurology() {
        let result = assess {
            $0.add(.cancer)
            $0.flags.saddleNumbness = true
            $0.flags.legWeakness = true
        }
        #expect(result.because(.mscc) == ["cancer", "cauda-equina-features", "motor-or-gait-deficit"])
    }

    @Test("cancer with buttock-only pain is RF-MAL alone (urgent)")
    func cancerWithoutNeurology() {
        let result = assess {
            $0.add(.cancer)
            $0.story.radiation = .buttock
        }
        #expect(result.redFlagRules == ["RF-MAL"])
        #expect(result.because(.malignancy) == ["cancer"])
        #expect(result.urgency == .urgent)
    }

    @Test("weight loss and constant night pain fire RF-MAL; positional night pain does not")
    func malignancyFeatures() {
        let result = assess {
            $0.flags.unexplainedWeightLoss = true
            $0.story.nightPain = .constant
        }
        #expect(result.because(.malignancy) == ["unexplained-weight-loss", "constant-night-pain"])
        #expect(assess { $0.story.nightPain = .positional }.redFlags.isEmpty)
    }

    @Test("fever is a temperature of 38.0 C or more after conversion",
          arguments: [(38.0, TemperatureUnit.celsius, true), (37.9, .celsius, false), (100.4, .fahrenheit, true),
                      (100.3, .fahrenheit, false), (38.5, .celsius, true)])
    func feverThreshold(value: Double, unit: TemperatureUnit, fires: Bool) {
        let result = assess { $0.flags.temperature = Temperature(value: value, unit: unit) }
        #expect((result.redFlag(.infection) != nil) == fires)
        if fires {
            #expect(result.because(.infection) == ["fever"])
            #expect(result.redFlag(.infection)?.tier == .emergency)
        }
    }

    @Test("IV drug use alone is urgent; immunosuppression or neurology makes RF-INF an emergency")
    func infectionTier() {
        let alone = assess { $0.flags.ivDrugUse = true }
        #expect(alone.redFlag(.infection)?.tier == .urgent)
        #expect(alone.because(.infection) == ["iv-drug-use"])
        let immunosuppressed = assess {
            $0.flags.recentInfectionOrProcedure = true
            $0.flags.immunosuppressed = true
        }
        #expect(immunosuppressed.redFlag(.infection)?.tier == .emergency)
        #expect(immunosuppressed.because(.infection) == ["recent-infection-or-procedure", "immunosuppressed"])
        let neurological = assess {
            $0.flags.ivDrugUse = true
            $0.flags.gaitDisturbance = true
        }
        #expect(neurological.because(.infection) == ["iv-drug-use", "neurological-features"])
        #expect(neurological.redFlag(.infection)?.tier == .emergency)
    }

    @Test("immunosuppression alone fires nothing")
    func immunosuppressionAlone() {
        #expect(assess { $0.flags.immunosuppressed = true }.redFlags.isEmpty)
    }

    @Test("RF-AAA needs new pain (episode within 6 weeks) and a vascular feature", arguments: [(42, true), (43, false)])
    func aorticAneurysm(daysAgo: Int, fires: Bool) {
        let result = assess {
            $0.story.daysAgo = daysAgo
            $0.add(.abdominalAorticAneurysm)
            $0.flags.collapseOrHypotension = true
        }
        #expect((result.redFlag(.aorticAneurysm) != nil) == fires)
        if fires { #expect(result.because(.aorticAneurysm) == ["new-pain", "known-aaa", "collapse-or-hypotension"]) }
    }

    @Test("urgency is the highest tier; every fired rule is listed in table order")
    func urgencyIsHighestTier() {
        let result = assess {
            $0.flags.unexplainedWeightLoss = true
            $0.flags.pulsatileAbdominalMass = true
            $0.flags.saddleNumbness = true
        }
        #expect(result.redFlagRules == ["RF-CES", "RF-MAL", "RF-AAA"])
        #expect(result.urgency == .emergency)
    }
}
