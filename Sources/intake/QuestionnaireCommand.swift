import ArgumentParser

struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "questionnaire", abstract: "Print the questionnaire definition.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake questionnaire' is not available in this build yet")
    }
}
