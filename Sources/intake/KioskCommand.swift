import ArgumentParser

struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: "Let a patient fill in their own intake.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake kiosk' is not available in this build yet")
    }
}
