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

    /// Opens the store, creating the database when it is missing; a `StoreError` is reported by
    /// `StoreCommandOutput.run`.
    func openStore() throws -> SQLiteIntakeStore {
        try SQLiteIntakeStore(path: databasePath)
    }

    /// Opens a database that must already exist (commands that read intakes, or open one by ID): a
    /// mistyped path is `databaseNotFound` (exit 66) and no file or folder is made.
    func openExistingStore() throws -> SQLiteIntakeStore {
        try SQLiteIntakeStore(path: databasePath, createIfMissing: false)
    }
}

extension RecordStatus: ExpressibleByArgument {}
