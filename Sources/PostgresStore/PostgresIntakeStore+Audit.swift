import Foundation
import IntakeStore
import PostgresNIO

extension PostgresIntakeStore {
    public func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?,
                            newValue: String?, actor: AuditActor) throws {
        let at = now()
        try link.transaction { transaction in
            let version: Int? = recordID == DeskAudit.recordID ? nil : try fetchRow(transaction, recordID, lock: false).int("version")
            try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: action, field: field,
                            oldValue: oldValue, newValue: newValue, version: version)
        }
    }

    public func auditTrail(_ recordID: String) throws -> [AuditEntry] {
        try link.transaction { transaction in
            let rows = try chainedAudit(transaction, recordID)
            if rows.isEmpty && recordID != DeskAudit.recordID { _ = try fetchRow(transaction, recordID, lock: false) }
            return rows.map(\.entry)
        }
    }

    /// Checks the record's audit trail and signed versions against their hash chains
    /// (`intake audit ID --verify`), exactly as for SQLite (`AuditChain.verify`).
    public func verifyAuditTrail(_ recordID: String) throws -> AuditChainReport {
        try link.transaction { transaction in
            var signedRecord: (version: Int, json: String)?
            if recordID != DeskAudit.recordID {
                let row = try fetchRow(transaction, recordID, lock: false)
                if try row.text("status") == RecordStatus.signed.rawValue {
                    signedRecord = (try row.required("version"), try row.required("json"))
                }
            }
            let head = try transaction.rows("""
                SELECT audit_hash, audit_seq, signed_hash, signed_version FROM chain_head WHERE record_id = \(recordID)
                """).first.map { row in
                ChainHead(auditHash: try row.text("audit_hash"), auditSequence: try row.int("audit_seq").map(Int64.init),
                          signedHash: try row.text("signed_hash"), signedVersion: try row.int("signed_version"))
            }
            return try AuditChain.verify(recordID: recordID, audit: try chainedAudit(transaction, recordID),
                                         signed: try chainedSignedVersions(transaction, recordID), head: head,
                                         signedRecord: signedRecord)
        }
    }

    func chainedAudit(_ transaction: PostgresTransaction, _ recordID: String) throws -> [ChainedAuditRow] {
        try transaction.rows("""
            SELECT seq, record_id, at, os_user, host, ssh_client, terminal, ssh_port, action, field, old_value, new_value,
                   version, hash
            FROM audit WHERE record_id = \(recordID) ORDER BY seq
            """).map { row in
            ChainedAuditRow(
                sequence: Int64(try row.required("seq", as: Int.self)), recordID: try row.required("record_id"),
                at: try row.required("at"),
                actor: AuditActor(osUser: try row.required("os_user"), host: try row.required("host"),
                                  sshClient: try row.text("ssh_client"), terminal: try row.text("terminal"),
                                  sshPort: try row.int("ssh_port")),
                action: try row.required("action"), field: try row.text("field"), oldValue: try row.text("old_value"),
                newValue: try row.text("new_value"), version: try row.int("version"), hash: try row.text("hash"))
        }
    }
}
