import ArgumentParser

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "home", abstract: "Open the home screen with today's intakes.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake home' is not available in this build yet")
    }
}
