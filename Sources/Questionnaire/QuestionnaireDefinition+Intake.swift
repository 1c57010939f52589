import IntakeModel

extension QuestionnaireDefinition {
    /// The clinic's intake questionnaire: eight steps, Patient to Review.
    public static let intake = QuestionnaireDefinition(
        url: FHIRSettings.default.questionnaireURL,
        version: "1",
        name: "OsteoIntake",
        steps: [
            IntakeStep(id: .patient, items: IntakeItems.patient),
            IntakeStep(id: .history, items: IntakeItems.history),
            IntakeStep(id: .medications, items: IntakeItems.medications),
            IntakeStep(id: .symptoms, items: IntakeItems.symptoms),
            IntakeStep(id: .redFlags, items: IntakeItems.redFlags),
            IntakeStep(id: .boneDensity, items: IntakeItems.boneDensityAndLabs),
            IntakeStep(id: .startBack, items: IntakeItems.startBack, skippable: true),
            IntakeStep(id: .summary, items: []),
        ])
}

/// The items of each step; one file per step.
enum IntakeItems {}

/// Shorthand for enableWhen conditions.
func when(_ question: String, _ op: EnableOperator, _ answer: AnswerValue) -> EnableCondition {
    EnableCondition(question, op, answer)
}
