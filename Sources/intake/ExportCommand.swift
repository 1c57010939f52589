import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export a stored intake.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake export' is not available in this build yet")
    }
}
