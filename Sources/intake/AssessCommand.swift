import ArgumentParser

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assess", abstract: "Assess intake records and print the triage summary.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake assess' is not available in this build yet")
    }
}
