import Foundation
import GRDB

extension SQLiteIntakeStore {
    public func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try transition(recordID, expectedVersion: expectedVersion, from: [.inProgress, .amended], to: .completed,
                       actor: actor, action: .complete) { _, _, _ in }
    }

    public func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        let staff = staffName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !staff.isEmpty, staff.count <= 100, !staff.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalidValue(field: .text(.storeFieldStaffName), allowed: .text(.storeAllowedStaffName))
        }
        return try transition(recordID, expectedVersion: expectedVersion, from: [.completed], to: .signed,
                              actor: actor, action: .sign, auditValue: staff) { db, version, at in
            try db.execute(sql: "UPDATE intake SET signedBy = ?, signedAt = ? WHERE id = ?",
                           arguments: [staff, at.timeIntervalSince1970, recordID])
            try AuditChain.appendSignedVersion(db, recordID: recordID)
        }
    }

    public func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.invalidValue(field: .text(.storeFieldAmendReason), allowed: .text(.storeAllowedAmendReason))
        }
        return try transition(recordID, expectedVersion: expectedVersion, from: [.signed], to: .amended,
                              actor: actor, action: .amend, auditValue: why) { db, _, _ in
            try db.execute(sql: "UPDATE intake SET signedBy = NULL, signedAt = NULL WHERE id = ?", arguments: [recordID])
        }
    }

    public func signedVersions(_ recordID: String) throws -> [StoredRecord] {
        try read { db in
            _ = try fetchRow(db, recordID)
            return try Row.fetchAll(db, sql: "SELECT * FROM signedVersion WHERE recordId = ? ORDER BY version",
                                    arguments: [recordID]).map { row in
                StoredRecord(
                    id: recordID, version: row["version"], status: .signed,
                    record: try RecordColumns.decode(row["json"], recordID: recordID),
                    createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                    updatedAt: Date(timeIntervalSince1970: row["updatedAt"]),
                    signature: Signature(staffName: row["signedBy"], signedAt: Date(timeIntervalSince1970: row["signedAt"])))
            }
        }
    }

    /// One lifecycle step: checks the status and version, bumps the version, runs `extra` (in the
    /// same transaction, after the bump) and audits the step.
    func transition(_ recordID: String, expectedVersion: Int, from allowed: Set<RecordStatus>, to target: RecordStatus,
                    actor: AuditActor, action: AuditAction, auditValue: String? = nil,
                    extra: (Database, Int, Date) throws -> Void) throws -> StoredRecord {
        let at = now()
        return try write { db in
            let row = try fetchRow(db, recordID)
            let status = RecordStatus(rawValue: row["status"] ?? "") ?? .inProgress
            let current: Int = row["version"]
            try status.checkTransition(of: recordID, version: current, expectedVersion: expectedVersion,
                                       from: allowed, to: target)
            let version = current + 1
            try db.execute(sql: "UPDATE intake SET status = ?, version = ?, updatedAt = ?, updatedBy = ? WHERE id = ?",
                           arguments: [target.rawValue, version, at.timeIntervalSince1970, actor.label, recordID])
            try extra(db, version, at)
            try insertAudit(db, recordID: recordID, at: at, actor: actor, action: action, oldValue: status.rawValue,
                            newValue: auditValue ?? target.rawValue, version: version)
            return try storedRecord(from: fetchRow(db, recordID))
        }
    }
}
