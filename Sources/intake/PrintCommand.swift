import ArgumentParser

struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "print", abstract: "Print the intake sheet of a record.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake print' is not available in this build yet")
    }
}
