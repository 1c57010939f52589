import Foundation
import GRDB

extension SQLiteIntakeStore: RecordArchiving {
    public func archivedRecordIDs() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM intake UNION SELECT DISTINCT recordId FROM audit ORDER BY 1")
        }
    }

    public func archivedRecord(_ recordID: String) throws -> ArchivedRecord? {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT * FROM intake WHERE id = ?", arguments: [recordID]).map {
                ArchivedRecord.Row(version: $0["version"], status: $0["status"], json: $0["json"], createdAt: $0["createdAt"],
                                   updatedAt: $0["updatedAt"], updatedBy: $0["updatedBy"], signedBy: $0["signedBy"],
                                   signedAt: $0["signedAt"])
            }
            let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE recordId = ? ORDER BY seq", arguments: [recordID])
                .map(AuditChain.chainedAudit)
            let signed = try Row.fetchAll(db, sql: "SELECT * FROM signedVersion WHERE recordId = ? ORDER BY version",
                                          arguments: [recordID]).map(AuditChain.chainedSigned)
            if row == nil && audit.isEmpty && signed.isEmpty { return nil }
            return ArchivedRecord(recordID: recordID, row: row, signed: signed, audit: audit)
        }
    }

    public func restore(_ archived: ArchivedRecord) throws -> ArchiveSummary {
        try write { db in
            var added = ArchiveSummary()
            let id = archived.recordID
            if let row = archived.row {
                let columns = try RecordColumns(RecordColumns.decode(row.json, recordID: id))
                try db.execute(sql: """
                    INSERT INTO intake (id, version, status, json, name, nameFolded, birthDate, visitDate, urgency,
                                        urgencyRank, unaskedRedFlags, createdAt, updatedAt, updatedBy, signedBy, signedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, row.version, row.status, row.json, columns.name, columns.nameFolded,
                                     columns.birthDate, columns.visitDate, columns.urgency.tier.rawValue, columns.urgency.rank,
                                     columns.urgency.unaskedRedFlags, row.createdAt, row.updatedAt, row.updatedBy,
                                     row.signedBy, row.signedAt])
                added.records = 1
            }
            var head = try AuditChain.head(db, id) ?? AuditChain.Head()
            for version in archived.signed {
                try db.execute(sql: """
                    INSERT INTO signedVersion (recordId, version, json, createdAt, updatedAt, signedBy, signedAt, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, version.version, version.json, version.createdAt, version.updatedAt,
                                     version.signedBy, version.signedAt, version.hash])
                head.signedHash = version.hash
                head.signedVersion = version.version
            }
            for entry in archived.audit {
                let actor = entry.actor
                try db.execute(sql: """
                    INSERT INTO audit (recordId, at, osUser, host, sshClient, terminal, sshPort, action, field, oldValue,
                                       newValue, version, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, entry.at, actor.osUser, actor.host, actor.sshClient, actor.terminal, actor.sshPort,
                                     entry.action, entry.field, entry.oldValue, entry.newValue, entry.version, entry.hash])
                head.auditHash = entry.hash
                head.auditSeq = db.lastInsertedRowID
            }
            try AuditChain.saveHead(db, id, head)
            added.signedVersions = archived.signed.count
            added.auditEntries = archived.audit.count
            return added
        }
    }
}
