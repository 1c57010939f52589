import Foundation
import IntakeStore
import PostgresNIO

extension PostgresIntakeStore: RecordArchiving {
    public func archivedRecordIDs() throws -> [String] {
        try link.rows("SELECT id FROM intake UNION SELECT DISTINCT record_id FROM audit ORDER BY 1").map { try $0.required("id") }
    }

    public func archivedRecord(_ recordID: String) throws -> ArchivedRecord? {
        try link.transaction { transaction in
            let row = try transaction.rows("""
                SELECT version, status, json, created_at, updated_at, updated_by, signed_by, signed_at FROM intake
                WHERE id = \(recordID)
                """).first.map { row in
                ArchivedRecord.Row(version: try row.required("version"), status: try row.required("status"),
                                   json: try row.required("json"), createdAt: try row.required("created_at"),
                                   updatedAt: try row.required("updated_at"), updatedBy: try row.text("updated_by"),
                                   signedBy: try row.text("signed_by"), signedAt: try row.double("signed_at"))
            }
            let audit = try chainedAudit(transaction, recordID)
            let signed = try chainedSignedVersions(transaction, recordID)
            if row == nil && audit.isEmpty && signed.isEmpty { return nil }
            return ArchivedRecord(recordID: recordID, row: row, signed: signed, audit: audit)
        }
    }

    public func restore(_ archived: ArchivedRecord) throws -> ArchiveSummary {
        let id = archived.recordID
        let columns = try archived.row.map { try RecordColumns(RecordColumns.decode($0.json, recordID: id)) }
        return try link.transaction { transaction in
            var added = ArchiveSummary()
            if let row = archived.row, let columns {
                try transaction.execute("""
                    INSERT INTO intake (id, version, status, json, name, name_folded, birth_date, visit_date, urgency,
                                        urgency_rank, unasked_red_flags, created_at, updated_at, updated_by, signed_by, signed_at)
                    VALUES (\(id), \(row.version), \(row.status), \(row.json), \(columns.name), \(columns.nameFolded),
                            \(columns.birthDate), \(columns.visitDate), \(columns.urgency.tier.rawValue), \(columns.urgency.rank),
                            \(columns.urgency.unaskedRedFlags), \(row.createdAt), \(row.updatedAt), \(row.updatedBy),
                            \(row.signedBy), \(row.signedAt))
                    """)
                added.records = 1
            }
            _ = try lockedHead(transaction, id)
            for version in archived.signed { try insertSignedVersion(transaction, version) }
            for entry in archived.audit { try appendChained(transaction, entry, hash: entry.hash ?? "") }
            added.signedVersions = archived.signed.count
            added.auditEntries = archived.audit.count
            return added
        }
    }
}
