import ArgumentParser
import Foundation
import IntakeStore
import PostgresStore

/// `intake db copy FROM TO` and `intake db migrate`: moving a clinic's records between a database
/// file and a PostgreSQL server, and the administrator's set-up step on a server.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Copy the records between databases, or set up a PostgreSQL database.",
        subcommands: [DatabaseCopyCommand.self, DatabaseMigrateCommand.self])
}

struct DatabaseCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Copy every intake, signed version and audit entry from one database to another.",
        discussion: "FROM and TO are database files or postgresql:// addresses (passwords in ~/.pgpass). The chain "
            + "hashes are kept, so 'intake audit ID --verify' works on the copy. Running it again adds nothing. "
            + "At the end both sides are counted and hashed, and the figures printed; they must agree.")

    @Argument(help: ArgumentHelp("The database to copy from (it must exist).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The database to copy into (a file is created when missing).", valueName: "to"))
    var to: String

    func run() throws {
        try StoreCommandOutput.run {
            guard let source = try StoreOpening.open(from, createIfMissing: false) as? any RecordArchiving,
                  let target = try StoreOpening.open(to) as? any RecordArchiving else {
                throw StoreError.invalidValue(field: "intake db copy", allowed: "database files or postgresql:// addresses")
            }
            let outcome = try RecordCopy.copy(from: source, to: target)
            print(StoreCommandText.copyDone.text([
                "from": StoreOpening.label(from), "to": StoreOpening.label(to), "records": String(outcome.added.records),
                "signed": String(outcome.added.signedVersions), "audit": String(outcome.added.auditEntries),
            ]))
            print(StoreCommandText.copyVerified.text([
                "records": String(outcome.target.records), "signed": String(outcome.target.signedVersions),
                "audit": String(outcome.target.auditEntries), "hash": outcome.target.contentHash,
            ]))
        }
    }
}

struct DatabaseMigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or update the tables (run once by an administrator as the database owner).",
        discussion: "On PostgreSQL, run it with --db naming the database's owner role; the desks then sign in as roles "
            + "that are members of osteo_intake_desk, which may add records and audit entries but never change or remove "
            + "audit entries or signed versions. A database file is brought up to date whenever it is opened.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        try StoreCommandOutput.run {
            _ = try store.openStore()
            print(StoreCommandText.migrated.text(["db": StoreOpening.label(store.databaseLocation)]))
        }
    }
}
