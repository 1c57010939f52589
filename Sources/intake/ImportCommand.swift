import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import an intake record from a JSON file.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake import' is not available in this build yet")
    }
}
