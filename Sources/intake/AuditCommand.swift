import ArgumentParser
import Foundation
import IntakeStore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Print the audit trail of a record.",
        discussion: "One line per event, oldest first: time, action, record version, who, field, old and new value. "
            + "With --verify, checks instead that no entry or signed version was changed or removed outside "
            + "OsteoIntake (exit 65 naming the first broken link).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The intake ID (as shown by 'intake list').")
    var id: String

    @Flag(help: "Check the hash chain of the trail and the signed versions instead of printing them.")
    var verify = false

    func run() throws {
        try StoreCommandOutput.run {
            let recordID = id == DeskAudit.recordID ? id : id.uppercased()
            if verify {
                let opened = try store.openExistingStore()
                guard let verifier = opened as? any AuditTrailVerifying else {
                    throw StoreError.databaseFailure(path: store.databaseLocation, detail: "this store cannot check audit trails")
                }
                let report = try verifier.verifyAuditTrail(recordID)
                let entries = report.entries == 1 ? "1 entry" : "\(report.entries) entries"
                let signed = report.signedVersions == 1 ? "1 signed version" : "\(report.signedVersions) signed versions"
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
                      + c(entry.version.map(String.init) ?? "-", 5) + c(entry.actor.label, 44)
                      + StoreCommandOutput.printable(change))
            }
        }
    }
}
