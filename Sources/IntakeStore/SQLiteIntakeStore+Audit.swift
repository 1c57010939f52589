import Foundation
import GRDB

extension SQLiteIntakeStore {
    public func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?,
                            newValue: String?, actor: AuditActor) throws {
        let at = now()
        try write { db in
            let version: Int? = recordID == DeskAudit.recordID ? nil : try fetchRow(db, recordID)["version"]
            try insertAudit(db, recordID: recordID, at: at, actor: actor, action: action, field: field,
                            oldValue: oldValue, newValue: newValue, version: version)
        }
    }

    public func auditTrail(_ recordID: String) throws -> [AuditEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE recordId = ? ORDER BY seq", arguments: [recordID])
            if rows.isEmpty && recordID != DeskAudit.recordID { _ = try fetchRow(db, recordID) }
            return rows.map { row in
                AuditEntry(
                    sequence: row["seq"], recordID: row["recordId"], at: Date(timeIntervalSince1970: row["at"]),
                    actor: AuditActor(osUser: row["osUser"], host: row["host"], sshClient: row["sshClient"],
                                      terminal: row["terminal"], sshPort: row["sshPort"]),
                    action: AuditAction(rawValue: row["action"]) ?? .answer, field: row["field"],
                    oldValue: row["oldValue"], newValue: row["newValue"], version: row["version"])
            }
        }
    }
}
