import IntakeModel

extension IntakeItems {
    private static func symptom<T: AnswerConvertible>(_ key: String, _ field: WritableKeyPath<Symptoms, T?> & Sendable) -> ItemBinding {
        RecordFields.field("/symptoms/" + key, \.symptoms, field)
    }

    /// Symptoms: the current episode of back pain.
    static let symptoms: [QuestionItem] = [
        .number("symptoms.painScore", .scale, symptom("painScore", \.painScore), limit: IntakeLimits.painScore),
        .date("symptoms.startDate", symptom("startDate", \.startDate)),
        .number("symptoms.daysAgo", .integer, symptom("daysAgo", \.daysAgo), limit: IntakeLimits.episodeDays,
                when: [when("symptoms.startDate", .exists, .boolean(false))]),
        .choice("symptoms.onset", Onset.self, symptom("onset", \.onset), required: true),
        .choice("symptoms.trigger", Trigger.self, symptom("trigger", \.trigger), required: true),
        .anyOf("symptoms.locations", PainLocation.self, symptom("locations", \.locations)),
        .choice("symptoms.radiation", Radiation.self, symptom("radiation", \.radiation)),
        .choice("symptoms.numbness", Numbness.self, symptom("numbness", \.numbness)),
        .anyOf("symptoms.worsenedBy", Aggravator.self, symptom("worsenedBy", \.worsenedBy)),
        .anyOf("symptoms.relievedBy", Reliever.self, symptom("relievedBy", \.relievedBy)),
        .choice("symptoms.nightPain", NightPain.self, symptom("nightPain", \.nightPain)),
        .yesNo("symptoms.newThighOrGroinPain", symptom("newThighOrGroinPain", \.newThighOrGroinPain)),
        .yesNo("symptoms.cannotStayUpright30Min", symptom("cannotStayUpright30Min", \.cannotStayUpright30Min)),
        .yesNo("symptoms.noticedHeightLoss", symptom("noticedHeightLoss", \.noticedHeightLoss)),
        .yesNo("symptoms.postureChange", symptom("postureChange", \.postureChange)),
        .yesNo("symptoms.breathingDifficulty", symptom("breathingDifficulty", \.breathingDifficulty)),
        .yesNo("symptoms.balanceProblems", symptom("balanceProblems", \.balanceProblems)),
        .yesNo("symptoms.fatigue", symptom("fatigue", \.fatigue)),
        .choice("symptoms.mobility", Mobility.self, symptom("mobility", \.mobility)),
    ]
}
