import IntakeModel

/// DXA (DX-*), spine imaging / VFA (SI-*), OST, bone density classes and STarT Back
/// (format spec sections 6.2-6.6, clinical reference sections 10.2-10.4).
extension RuleEvaluation {
    /// Number of RFX risk factors that apply (format spec section 4).
    var riskFactorCount: Int {
        var count = 0
        if facts.priorFragilityFracture { count += 1 }
        if yes(.parentalHipFracture) { count += 1 }
        if facts.smoking == .current { count += 1 }
        if (facts.alcoholHundredths ?? 0) >= 300 { count += 1 }
        if let bmi = facts.bmiTenths, bmi < 200 { count += 1 }
        if facts.hasGCExposure { count += 1 }
        if facts.hasBoneLossCondition { count += 1 }
        if facts.hasHRMMedicine { count += 1 }
        if facts.postmenopausal, let menopauseAge = facts.menopauseAge, menopauseAge < 45 { count += 1 }
        if facts.fallsPast12Months >= 1 { count += 1 }
        return count
    }

    mutating func evaluateDXA() {
        var rules = CodeList<DXARule>()
        let female = facts.sex == .female, male = facts.sex == .male
        if let age {
            rules.insert(.femaleAge65, if: female && age >= 65)
            if female && facts.postmenopausal && age < 65 {
                let ostIndex = facts.tScorePopulation ? ostIndexValue : nil
                rules.insert(.postmenopausalRisk, if: riskFactorCount >= 1 || (ostIndex.map { $0 <= -1 } ?? false))
            }
            rules.insert(.maleAge70, if: male && age >= 70)
            rules.insert(.maleAge50Risk, if: male && age >= 50 && age <= 69 && riskFactorCount >= 1)
        }
        rules.insert(.boneLossCause, if: facts.priorFragilityFracture || firedRedFlags.contains(.fracture)
                        || facts.hasGCExposure || facts.hasHRMMedicine || facts.hasBoneLossCondition)
        rules.insert(.treatmentMonitoring, if: facts.onOsteoporosisDrug)
        dxa = DXAEligibility(rules: rules, report: facts.tScorePopulation ? .tScore : .zScore)
    }

    mutating func evaluateSpineImaging() {
        var rules = CodeList<SpineImagingRule>()
        rules.insert(.suspectedFracture, if: firedRedFlags.contains(.fracture))
        rules.insert(.historicalHeightLoss, if: (facts.historicalLossHundredths ?? Int.min) >= 400)
        rules.insert(.prospectiveHeightLoss, if: (facts.prospectiveLossHundredths ?? Int.min) >= 200)
        rules.insert(.priorFragilityFracture, if: age(atLeast: 50) && facts.priorFragilityFracture)
        rules.insert(.glucocorticoid, if: facts.hasRecentGCExposure)
        if facts.tScorePopulation, let lowestT = facts.lowestTScore {
            // -1.0, -1.5 and -2.5 are exact binary fractions: these comparisons are decimal-exact.
            if let age {
                let female = facts.sex == .female
                let older = female ? age >= 70 : age >= 80
                let younger = female ? (65...69).contains(age) : (70...79).contains(age)
                rules.insert(.tScoreForAge, if: (lowestT < -1.0 && older) || (lowestT <= -1.5 && younger))
            }
            rules.insert(.tScoreOsteoporosis, if: lowestT <= -2.5)
        }
        rules.insert(.kyphosisOrUndocumentedFracture,
                     if: yes(.kyphosis) || facts.undocumentedVertebralFracture)
        spineImaging = SpineImagingEligibility(rules: rules)
    }

    /// (kg − age) / 5 truncated toward zero, from kg in hundredths: integer division truncates.
    var ostIndexValue: Int? {
        guard let weight = facts.weightHundredths, let age else { return nil }
        return (weight - age * 100) / 500
    }

    mutating func evaluateOST() {
        guard facts.tScorePopulation, let index = ostIndexValue else { return }
        let category: OSTCategory
        if facts.sex == .female {
            category = index < -4 ? .high : (index <= -1 ? .moderate : .low)
        } else {
            category = index <= -2 ? .high : (index <= 3 ? .moderate : .low)
        }
        ost = OSTResult(index: index, category: category)
    }

    mutating func evaluateBoneDensityClasses() {
        if facts.tScorePopulation {
            if let lowestT = facts.lowestTScore {
                tScoreClass = lowestT >= -1.0 ? .normal : (lowestT > -2.5 ? .osteopenia : .osteoporosis)
            }
        } else if let lowestZ = facts.lowestZScore {
            zScoreClass = lowestZ <= -2.0 ? .belowExpectedRange : .withinExpectedRange
        }
    }

    mutating func evaluateStartBack() {
        // Scored only when all nine items are answered (format spec 3.9: all nine keys are
        // required): two answers of nine would read "risk low" for a patient never asked the rest.
        guard let answers = facts.startBack, answers.unansweredItems.isEmpty else { return }
        func score(_ answer: Bool?) -> Int { answer == true ? 1 : 0 }
        let bothersome = answers.item9 == .veryMuch || answers.item9 == .extremely ? 1 : 0
        let psychosocial = score(answers.item5) + score(answers.item6) + score(answers.item7) + score(answers.item8)
            + bothersome
        let total = score(answers.item1) + score(answers.item2) + score(answers.item3) + score(answers.item4)
            + psychosocial
        let risk: StartBackRisk = total <= 3 ? .low : (psychosocial >= 4 ? .high : .medium)
        startBack = StartBackResult(total: total, psychosocial: psychosocial, risk: risk)
    }
}
