import IntakeModel

/// A yes/no question of the record answered "yes". The facts hold all of them in one word, so a
/// rule reads an answer with one bit test; an unanswered question is simply absent (= no).
public enum Answer: String, OrderedCode {
    // red-flag screen (section 3.6)
    case saddleNumbness, urinaryRetention, urinaryIncontinence, faecalIncontinence, bilateralSciatica
    case sexualDysfunction, legWeakness, gaitDisturbance, unexplainedWeightLoss, feverOrRigors, ivDrugUse
    case recentInfectionOrProcedure, immunosuppressed, pulsatileAbdominalMass, collapseOrHypotension
    // body, history, symptoms
    case kyphosis, parentalHipFracture, vitaminDSupplement, plannedDentalSurgery, poorDentalHealth
    case newThighOrGroinPain, breathingDifficulty, balanceProblems, cannotStayUpright30Min
    // labs (section 3.8)
    case dialysis, hypocalcaemia, vitaminDDeficient, tshSuppressed, alpRaisedUnexplained

    /// The yes answers of a record.
    static func yesAnswers(of record: IntakeRecord) -> CodeList<Answer> {
        var yes = CodeList<Answer>()
        if let flags = record.redFlags {
            yes.insert(.saddleNumbness, if: flags.saddleNumbness == true)
            yes.insert(.urinaryRetention, if: flags.urinaryRetention == true)
            yes.insert(.urinaryIncontinence, if: flags.urinaryIncontinence == true)
            yes.insert(.faecalIncontinence, if: flags.faecalIncontinence == true)
            yes.insert(.bilateralSciatica, if: flags.bilateralSciatica == true)
            yes.insert(.sexualDysfunction, if: flags.sexualDysfunction == true)
            yes.insert(.legWeakness, if: flags.legWeakness == true)
            yes.insert(.gaitDisturbance, if: flags.gaitDisturbance == true)
            yes.insert(.unexplainedWeightLoss, if: flags.unexplainedWeightLoss == true)
            yes.insert(.feverOrRigors, if: flags.feverOrRigors == true)
            yes.insert(.ivDrugUse, if: flags.ivDrugUse == true)
            yes.insert(.recentInfectionOrProcedure, if: flags.recentInfectionOrProcedure == true)
            yes.insert(.immunosuppressed, if: flags.immunosuppressed == true)
            yes.insert(.pulsatileAbdominalMass, if: flags.pulsatileAbdominalMass == true)
            yes.insert(.collapseOrHypotension, if: flags.collapseOrHypotension == true)
        }
        yes.insert(.kyphosis, if: record.body?.kyphosis == true)
        if let history = record.history {
            yes.insert(.parentalHipFracture, if: history.parentalHipFracture == true)
            yes.insert(.vitaminDSupplement, if: history.vitaminDSupplement == true)
            yes.insert(.plannedDentalSurgery, if: history.plannedDentalSurgery == true)
            yes.insert(.poorDentalHealth, if: history.poorDentalHealth == true)
        }
        if let symptoms = record.symptoms {
            yes.insert(.newThighOrGroinPain, if: symptoms.newThighOrGroinPain == true)
            yes.insert(.breathingDifficulty, if: symptoms.breathingDifficulty == true)
            yes.insert(.balanceProblems, if: symptoms.balanceProblems == true)
            yes.insert(.cannotStayUpright30Min, if: symptoms.cannotStayUpright30Min == true)
        }
        if let labs = record.labs {
            yes.insert(.dialysis, if: labs.dialysis == true)
            yes.insert(.hypocalcaemia, if: labs.hypocalcaemia == true)
            yes.insert(.vitaminDDeficient, if: labs.vitaminDDeficient == true)
            yes.insert(.tshSuppressed, if: labs.tshSuppressed == true)
            yes.insert(.alpRaisedUnexplained, if: labs.alpRaisedUnexplained == true)
        }
        return yes
    }
}
