import ArgumentParser
import Foundation
import IntakeStore

/// `--db PATH`, accepted by every subcommand that reads or writes intakes. Precedence: `--db`,
/// then `INTAKE_DB`, then `$XDG_DATA_HOME/osteo-intake/intake.sqlite`, else
/// `~/.local/share/osteo-intake/intake.sqlite`.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The intake database file (default: INTAKE_DB, else $XDG_DATA_HOME/osteo-intake/intake.sqlite).",
        valueName: "path"))
    var db: String?

    var databasePath: String {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store; a `StoreError` is reported by `StoreCommandOutput.run`.
    func openStore() throws -> SQLiteIntakeStore {
        try SQLiteIntakeStore(path: databasePath)
    }
}

extension RecordStatus: ExpressibleByArgument {}
