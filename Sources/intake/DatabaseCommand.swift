import ArgumentParser
import Foundation
import IntakeStore
import PostgresStore

/// `intake db copy FROM TO` and `intake db migrate`: moving a clinic's records between a database
/// file and a PostgreSQL server, and the administrator's set-up step on a server.
struct DatabaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "db", abstract: said(.cliHelpDbAbstract),
                             subcommands: [DatabaseCopyCommand.self, DatabaseMigrateCommand.self])
    }
}

struct DatabaseCopyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "copy", abstract: said(.cliHelpDbCopyAbstract), discussion: said(.cliHelpDbCopyDiscussion))
    }

    @Argument(help: staffHelp(.cliHelpDbCopyFrom, valueName: "from"))
    var from: String

    @Argument(help: staffHelp(.cliHelpDbCopyTo, valueName: "to"))
    var to: String

    func run() throws {
        try StoreCommandOutput.run {
            guard let source = try StoreOpening.open(from, createIfMissing: false) as? any RecordArchiving,
                  let target = try StoreOpening.open(to) as? any RecordArchiving else {
                throw StoreError.invalidValue(field: .system("intake db copy"), allowed: .text(.cliMessageCopyAllowed))
            }
            let outcome = try RecordCopy.copy(from: source, to: target)
            print(StoreCommandText.copyDone.text([
                "from": StoreOpening.label(from, language: StaffText.language), "to": StoreOpening.label(to, language: StaffText.language), "records": String(outcome.added.records),
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: said(.cliHelpDbMigrateAbstract),
                             discussion: said(.cliHelpDbMigrateDiscussion))
    }

    @OptionGroup var store: StoreOptions

    func run() throws {
        try StoreCommandOutput.run {
            _ = try store.openStore()
            print(StoreCommandText.migrated.text(["db": StoreOpening.label(store.databaseLocation, language: StaffText.language)]))
        }
    }
}
