import IntakeModel

/// Red flags RF-* (format spec section 6.1, clinical reference section 10.1).
extension RuleEvaluation {
    mutating func evaluateRedFlags() {
        for question in facts.unaskedRedFlags {
            warn(question.pointer, .notAsked, text.notAsked(question))
        }

        var ces = CodeList<RedFlagReason>()
        ces.insert(.saddleNumbness, if: yes(.saddleNumbness))
        ces.insert(.urinaryRetention, if: yes(.urinaryRetention))
        ces.insert(.urinaryIncontinence, if: yes(.urinaryIncontinence))
        ces.insert(.faecalIncontinence, if: yes(.faecalIncontinence))
        if yes(.bilateralSciatica) {
            ces.insert(.bilateralSciatica)
        } else if facts.radiation == .bothLegs && facts.unaskedRedFlags.contains(.bilateralSciatica) {
            // A missing answer must not hide CES: pain down both legs stands in for it (section 11.5).
            ces.insert(.bilateralSciatica)
            warn("/redFlags/bilateralSciatica", .assumed, text.assumedBilateralSciatica)
        }
        ces.insert(.sexualDysfunction, if: yes(.sexualDysfunction))
        fire(.ces, .emergency, ces)

        var neuro = CodeList<RedFlagReason>()
        neuro.insert(.legWeakness, if: yes(.legWeakness))
        neuro.insert(.gaitDisturbance, if: yes(.gaitDisturbance))
        fire(.neuro, .emergency, neuro)

        let cancer = has(.cancer)
        let legRadiation = facts.radiation == .leftLeg || facts.radiation == .rightLeg
            || facts.radiation == .bothLegs
        let legNumbness = facts.numbness == .leftLeg || facts.numbness == .rightLeg
            || facts.numbness == .bothLegs
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
        malignancy.insert(.unexplainedWeightLoss, if: yes(.unexplainedWeightLoss))
        malignancy.insert(.constantNightPain, if: facts.nightPain == .constant)
        fire(.malignancy, .urgent, malignancy)

        var infection = CodeList<RedFlagReason>()
        let fever = self.fever
        infection.insert(.fever, if: fever)
        infection.insert(.ivDrugUse, if: yes(.ivDrugUse))
        infection.insert(.recentInfectionOrProcedure, if: yes(.recentInfectionOrProcedure))
        if !infection.isEmpty {
            let neurological = !ces.isEmpty || !neuro.isEmpty
            let immunosuppressed = yes(.immunosuppressed)
            infection.insert(.neurologicalFeatures, if: neurological)
            infection.insert(.immunosuppressed, if: immunosuppressed)
            fire(.infection, fever || neurological || immunosuppressed ? .emergency : .urgent, infection)
        }

        evaluateFractureFlag()

        var aneurysm = CodeList<RedFlagReason>()
        aneurysm.insert(.knownAAA, if: has(.abdominalAorticAneurysm))
        aneurysm.insert(.pulsatileMass, if: yes(.pulsatileAbdominalMass))
        aneurysm.insert(.collapseOrHypotension, if: yes(.collapseOrHypotension))
        if withinSixWeeks && !aneurysm.isEmpty {
            aneurysm.insert(.newPain)
            fire(.aorticAneurysm, .emergency, aneurysm)
        }

        evaluateInflammatoryBackPain()

        // Section 6.1: without an emergency or urgent finding, an incomplete screen is never routine
        // (also when only RF-IBP, a routine-tier rule, fired).
        if urgency == .routine && !facts.unaskedRedFlags.isEmpty { urgency = .notScreened }
    }

    /// RF-FX: (a) major trauma; (b) sudden onset within 6 weeks after minor or no trauma with a marker.
    mutating func evaluateFractureFlag() {
        if facts.trigger == .majorTrauma {
            fire(.fracture, .emergency, CodeList(.majorTrauma))
            return
        }
        guard facts.onset == .sudden, withinSixWeeks else { return }
        var markers = CodeList<RedFlagReason>()
        markers.insert(.age70Plus, if: age(atLeast: 70))
        let lowestT = facts.lowestTScore
        // Exact: -2.5 is a binary fraction, so comparing the parsed score is a decimal comparison.
        markers.insert(.knownOsteoporosis, if: (lowestT.map { $0 <= -2.5 } ?? false) || facts.onOsteoporosisDrug)
        markers.insert(.priorFragilityFracture, if: facts.priorFragilityFracture)
        markers.insert(.glucocorticoid, if: facts.hasRecentGCExposure)
        if age(atLeast: 50) {
            markers.insert(.heightLossAge50Plus, if: (facts.historicalLossHundredths ?? Int.min) >= 400)
            markers.insert(.kyphosisAge50Plus, if: yes(.kyphosis))
        }
        guard !markers.isEmpty else { return }
        markers.insert(.suddenOnsetMinorOrNoTrauma)
        fire(.fracture, .urgent, markers)
    }

    /// RF-IBP: pain over 3 months and at least 4 of the 5 ASAS features.
    mutating func evaluateInflammatoryBackPain() {
        guard facts.episodeOver3Months else { return }
        var features = CodeList<RedFlagReason>()
        features.insert(.onsetBefore40, if: (facts.ageAtEpisodeStart ?? Int.max) < 40)
        features.insert(.insidiousOnset, if: facts.onset == .gradual)
        if let relievedBy = facts.relievedBy {
            features.insert(.betterWithExercise, if: relievedBy.contains(.exercise))
            // "Rest" includes lying down and sitting (format spec section 11.6).
            features.insert(.noImprovementWithRest, if: !relievedBy.containsAny(RuleEvaluation.restful))
        }
        features.insert(.nightPainEasesOnGettingUp, if: facts.nightPain == .easesOnGettingUp)
        guard features.count >= 4 else { return }
        features.insert(.painOver3Months)
        fire(.inflammatoryBackPain, .routine, features)
    }

    static var restful: CodeList<Reliever> { CodeList(.rest).adding(.lyingDown).adding(.sitting) }

    /// Records a rule that fired (one with reasons); a rule with none found nothing.
    private mutating func fire(_ rule: RedFlagRule, _ tier: UrgencyTier, _ because: CodeList<RedFlagReason>) {
        guard !because.isEmpty else { return }
        record(rule, tier, because)
    }

    private mutating func record(_ rule: RedFlagRule, _ tier: UrgencyTier, _ because: CodeList<RedFlagReason>) {
        redFlags.append(RedFlagFinding(rule: rule, tier: tier, because: because))
        firedRedFlags.insert(rule)
        if tier > urgency { urgency = tier }
    }
}
