import IntakeModel

extension IntakeItems {
    private static func flag(_ key: String, _ field: WritableKeyPath<RedFlags, Bool?> & Sendable,
                             audience: Audience = .patient) -> QuestionItem {
        .yesNo("redFlags." + key, RecordFields.field("/redFlags/" + key, \.redFlags, field), audience: audience)
    }

    /// Red flags: every item of rule set RF, in plain words; the measured temperature (staff).
    static let redFlags: [QuestionItem] = [
        flag("saddleNumbness", \.saddleNumbness),
        flag("urinaryRetention", \.urinaryRetention),
        flag("urinaryIncontinence", \.urinaryIncontinence),
        flag("faecalIncontinence", \.faecalIncontinence),
        flag("bilateralSciatica", \.bilateralSciatica),
        flag("sexualDysfunction", \.sexualDysfunction),
        flag("legWeakness", \.legWeakness),
        flag("gaitDisturbance", \.gaitDisturbance),
        flag("unexplainedWeightLoss", \.unexplainedWeightLoss),
        flag("feverOrRigors", \.feverOrRigors),
        .quantity("redFlags.temperature", UnitChoice.temperature,
                  RecordFields.field("/redFlags/temperature", \.redFlags, \.temperature),
                  limit: IntakeLimits.temperature, audience: .staff),
        flag("ivDrugUse", \.ivDrugUse),
        flag("recentInfectionOrProcedure", \.recentInfectionOrProcedure),
        flag("immunosuppressed", \.immunosuppressed),
        flag("pulsatileAbdominalMass", \.pulsatileAbdominalMass, audience: .staff),
        flag("collapseOrHypotension", \.collapseOrHypotension),
    ]
}
