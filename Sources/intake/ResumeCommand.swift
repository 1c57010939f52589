import ArgumentParser

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume a stored draft intake.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake resume' is not available in this build yet")
    }
}
