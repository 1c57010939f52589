import IntakeModel

/// Recommendations REC-* and notices (format spec sections 6.8 and 6.9).
extension RuleEvaluation {
    func recommendations() -> CodeList<RecommendationID> {
        var list = CodeList<RecommendationID>()
        list.insert(.emergency, if: urgency == .emergency)
        list.insert(.urgent, if: urgency == .urgent)
        list.insert(.rheumatology, if: firedRedFlags.contains(.inflammatoryBackPain))
        list.insert(.dxa, if: dxa.indicated)
        list.insert(.spineImaging, if: spineImaging.indicated)
        list.insert(.osteoporosisMedication,
                    if: (tScoreClass == .osteoporosis || facts.fragilityFractureOfHipOrVertebra) && !facts.onOsteoporosisDrug)
        let zPopulationConcern = !facts.tScorePopulation
            && ((facts.lowestZScore.map { $0 <= -2.0 } ?? false) || facts.priorFragilityFracture)
        list.insert(.endocrinology, if: zPopulationConcern || RuleEvaluation.endocrineConditions.containsAny(facts.conditions)
                        || medicationAlerts.contains { $0.rule == .denosumabKidney })
        if urgency == .routine {
            let risk = startBack?.risk
            list.insert(.physiotherapy, if: risk == .medium || risk == .high || facts.fallsPast12Months >= 1
                            || yes(.balanceProblems))
            list.insert(.selfManagement, if: risk == .low)
        }
        list.insert(.calciumAndVitaminD, if: facts.calciumIntake == .low || yes(.vitaminDDeficient))
        return list
    }

    static var endocrineConditions: CodeList<Condition> {
        CodeList(.hyperparathyroidism).adding(.hypogonadism).adding(.cushingsSyndrome)
            .adding(.hyperthyroidism)
    }

    /// The notices (section 6.9).
    static func notices(breathingDifficulty: Bool, startBackScored: Bool, urgency: UrgencyTier) -> CodeList<NoticeID> {
        var list = CodeList<NoticeID>(.notADiagnosis)
        list.insert(.breathingDifficulty, if: breathingDifficulty)
        list.insert(.startBackWithRedFlags, if: startBackScored && urgency >= .urgent)
        return list
    }
}
