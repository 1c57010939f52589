extension QuestionnaireStrings {
    /// English: every caption, help text and option label of the intake.
    static let english: [String: String] = [:]
}
