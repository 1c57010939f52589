import ArgumentParser
import Foundation
import IntakeStore
import PostgresStore

/// `--db PATH|ADDRESS`, accepted by every subcommand that reads or writes intakes. Precedence:
/// `--db`, then `INTAKE_DB`, then `$XDG_DATA_HOME/osteo-intake/intake.sqlite`, else
/// `~/.local/share/osteo-intake/intake.sqlite`. A `postgresql://` address is a records server
/// (`StoreOpening`); its password comes from ~/.pgpass or PGPASSFILE, never from the address.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: staffHelp(.cliHelpOptionDb, valueName: "path|address"))
    var db: String?

    /// The file path or server address in force.
    var databaseLocation: String {
        DatabaseLocation.resolve(explicit: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the store, creating the database file when it is missing; a `StoreError` is reported
    /// by `StoreCommandOutput.run`.
    func openStore() throws -> any IntakeRecordStore {
        try StoreOpening.open(databaseLocation)
    }

    /// Opens a database that must already exist (commands that read intakes, or open one by ID): a
    /// mistyped path is `databaseNotFound` (exit 66) and no file or folder is made.
    func openExistingStore() throws -> any IntakeRecordStore {
        try StoreOpening.open(databaseLocation, createIfMissing: false)
    }
}

extension RecordStatus: ExpressibleByArgument {}
