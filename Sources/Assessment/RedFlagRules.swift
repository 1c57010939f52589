import IntakeModel

/// Red flags RF-* (format spec section 6.1, clinical reference section 10.1).
extension RuleEvaluation {
    mutating func evaluateRedFlags() {
        let answers = facts.redFlagAnswers
        let symptoms = facts.symptoms

        var ces = CodeList<RedFlagReason>()
        ces.insert(.saddleNumbness, if: answers.saddleNumbness == true)
        ces.insert(.urinaryRetention, if: answers.urinaryRetention == true)
        ces.insert(.urinaryIncontinence, if: answers.urinaryIncontinence == true)
        ces.insert(.faecalIncontinence, if: answers.faecalIncontinence == true)
        if answers.bilateralSciatica == true {
            ces.insert(.bilateralSciatica)
        } else if answers.bilateralSciatica == nil && symptoms.radiation == .bothLegs {
            // A missing answer must not hide CES: pain down both legs stands in for it (section 11.5).
            ces.insert(.bilateralSciatica)
            warn("/redFlags/bilateralSciatica", .assumed, AssessmentText.english.assumedBilateralSciatica)
        }
        ces.insert(.sexualDysfunction, if: answers.sexualDysfunction == true)
        fire(.ces, .emergency, ces)

        var neuro = CodeList<RedFlagReason>()
        neuro.insert(.legWeakness, if: answers.legWeakness == true)
        neuro.insert(.gaitDisturbance, if: answers.gaitDisturbance == true)
        fire(.neuro, .emergency, neuro)

        let cancer = has(.cancer)
        let legRadiation = symptoms.radiation == .leftLeg || symptoms.radiation == .rightLeg
            || symptoms.radiation == .bothLegs
        let legNumbness = symptoms.numbness == .leftLeg || symptoms.numbness == .rightLeg
            || symptoms.numbness == .bothLegs
        var mscc = CodeList<RedFlagReason>()
        mscc.insert(.caudaEquinaFeatures, if: !ces.isEmpty)
        mscc.insert(.motorOrGaitDeficit, if: !neuro.isEmpty)
        mscc.insert(.radicularPain, if: legRadiation)
        mscc.insert(.legNumbness, if: legNumbness)
        if cancer && !mscc.isEmpty {
            mscc.insert(.cancer)
            fire(.mscc, .emergency, mscc)
        }

        var malignancy = CodeList<RedFlagReason>()
        malignancy.insert(.cancer, if: cancer)
        malignancy.insert(.unexplainedWeightLoss, if: answers.unexplainedWeightLoss == true)
        malignancy.insert(.constantNightPain, if: symptoms.nightPain == .constant)
        fire(.malignancy, .urgent, malignancy)

        var infection = CodeList<RedFlagReason>()
        let fever = self.fever
        infection.insert(.fever, if: fever)
        infection.insert(.ivDrugUse, if: answers.ivDrugUse == true)
        infection.insert(.recentInfectionOrProcedure, if: answers.recentInfectionOrProcedure == true)
        if !infection.isEmpty {
            let neurological = !ces.isEmpty || !neuro.isEmpty
            let immunosuppressed = answers.immunosuppressed == true
            infection.insert(.neurologicalFeatures, if: neurological)
            infection.insert(.immunosuppressed, if: immunosuppressed)
            fire(.infection, fever || neurological || immunosuppressed ? .emergency : .urgent, infection)
        }

        evaluateFractureFlag(symptoms)

        var aneurysm = CodeList<RedFlagReason>()
        aneurysm.insert(.knownAAA, if: has(.abdominalAorticAneurysm))
        aneurysm.insert(.pulsatileMass, if: answers.pulsatileAbdominalMass == true)
        aneurysm.insert(.collapseOrHypotension, if: answers.collapseOrHypotension == true)
        if withinSixWeeks && !aneurysm.isEmpty {
            aneurysm.insert(.newPain)
            fire(.aorticAneurysm, .emergency, aneurysm)
        }

        evaluateInflammatoryBackPain(symptoms)
    }

    /// RF-FX: (a) major trauma; (b) sudden onset within 6 weeks after minor or no trauma with a marker.
    mutating func evaluateFractureFlag(_ symptoms: Symptoms) {
        if symptoms.trigger == .majorTrauma {
            fire(.fracture, .emergency, [.majorTrauma])
            return
        }
        guard symptoms.onset == .sudden, withinSixWeeks else { return }
        var markers = CodeList<RedFlagReason>()
        markers.insert(.age70Plus, if: age(atLeast: 70))
        let lowestT = facts.record.boneDensity?.lowestTScore
        // Exact: -2.5 is a binary fraction, so comparing the parsed score is a decimal comparison.
        markers.insert(.knownOsteoporosis, if: (lowestT.map { $0 <= -2.5 } ?? false) || onOsteoporosisDrug)
        markers.insert(.priorFragilityFracture, if: facts.priorFragilityFracture)
        markers.insert(.glucocorticoid, if: hasRecentGCExposure)
        if age(atLeast: 50) {
            markers.insert(.heightLossAge50Plus, if: (facts.historicalLossHundredths ?? Int.min) >= 400)
            markers.insert(.kyphosisAge50Plus, if: facts.record.body?.kyphosis == true)
        }
        guard !markers.isEmpty else { return }
        markers.insert(.suddenOnsetMinorOrNoTrauma)
        fire(.fracture, .urgent, markers)
    }

    /// RF-IBP: pain over 3 months and at least 4 of the 5 ASAS features.
    mutating func evaluateInflammatoryBackPain(_ symptoms: Symptoms) {
        guard facts.episodeOver3Months else { return }
        var features = CodeList<RedFlagReason>()
        features.insert(.onsetBefore40, if: (facts.ageAtEpisodeStart ?? Int.max) < 40)
        features.insert(.insidiousOnset, if: symptoms.onset == .gradual)
        if let relievedBy = symptoms.relievedBy {
            features.insert(.betterWithExercise, if: relievedBy.contains(.exercise))
            features.insert(.noImprovementWithRest,
                            if: !relievedBy.contains { $0 == .rest || $0 == .lyingDown || $0 == .sitting })
        }
        features.insert(.nightPainEasesOnGettingUp, if: symptoms.nightPain == .easesOnGettingUp)
        guard features.count >= 4 else { return }
        features.insert(.painOver3Months)
        fire(.inflammatoryBackPain, .routine, features)
    }

    private mutating func fire(_ rule: RedFlagRule, _ tier: UrgencyTier, _ because: CodeList<RedFlagReason>) {
        guard !because.isEmpty else { return }
        redFlags.append(RedFlagFinding(rule: rule, tier: tier, because: because))
        firedRedFlags.insert(rule)
        if tier > urgency { urgency = tier }
    }
}
