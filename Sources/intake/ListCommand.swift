import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List stored intakes.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake list' is not available in this build yet")
    }
}
