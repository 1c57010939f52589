import ArgumentParser
import Foundation
import IntakeStore

struct AuditCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit", abstract: said(.cliHelpAuditAbstract),
            discussion: said(.cliHelpAuditDiscussion))
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: staffHelp(.cliHelpId))
    var id: String

    @Flag(help: staffHelp(.cliHelpAuditVerify))
    var verify = false

    func run() throws {
        try StoreCommandOutput.run {
            let recordID = id == DeskAudit.recordID ? id : id.uppercased()
            if verify {
                let opened = try store.openExistingStore()
                guard let verifier = opened as? any AuditTrailVerifying else {
                    throw StoreError.databaseFailure(path: store.databaseLocation, detail: .text(.cliMessageAuditCheckUnsupported))
                }
                let report = try verifier.verifyAuditTrail(recordID)
                let entries = report.entries == 1 ? "1 entry" : "\(report.entries) entries"
                let signed = report.signedVersions == 1 ? said(.cliMessageSignedVersionOne) : said(.cliMessageSignedVersions, ["count": String(report.signedVersions)])
                print(StoreCommandText.auditVerified.text(["id": recordID, "entries": entries, "signed": signed]))
                return
            }
            let trail = try store.openExistingStore().auditTrail(recordID)
            let c = StoreCommandOutput.column
            let t: (StoreCommandText) -> String = { $0.text() }
            print(c(t(.auditHeaderTime), 20) + c(t(.auditHeaderAction), 19) + c(t(.auditHeaderVersion), 5)
                  + c(t(.auditHeaderWho), 44) + t(.auditHeaderChange))
            for entry in trail {
                var change = entry.field ?? ""
                if entry.oldValue != nil || entry.newValue != nil {
                    let none = StoreCommandText.noValue.text()
                    let values = "\(entry.oldValue ?? none) -> \(entry.newValue ?? none)"
                    change = change.isEmpty ? values : change + ": " + values
                }
                print(c(StoreCommandOutput.timestamp.string(from: entry.at), 20) + c(entry.action.rawValue, 19)
                      + c(entry.version.map(String.init) ?? "-", 5) + c(entry.actor.label(in: StaffText.language), 44)
                      + StoreCommandOutput.printable(change))
            }
        }
    }
}
