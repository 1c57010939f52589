import ArgumentParser

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a new intake on the Patient screen.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake new' is not available in this build yet")
    }
}
