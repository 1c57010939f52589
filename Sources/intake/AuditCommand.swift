import ArgumentParser

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Print the audit trail of a record.")

    func run() throws {
        // Placeholder until the issue that owns this command lands.
        throw ValidationError("'intake audit' is not available in this build yet")
    }
}
