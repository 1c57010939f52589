import ArgumentParser

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open a stored intake (or a JSON file) on a given screen.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake open' is not available in this build yet")
    }
}
