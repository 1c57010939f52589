import Foundation
import IntakeStore
import PostgresNIO

extension PostgresIntakeStore {
    public func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try transition(recordID, expectedVersion: expectedVersion, from: [.inProgress, .amended], to: .completed,
                       actor: actor, action: .complete) { _, _ in }
    }

    public func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        let staff = staffName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !staff.isEmpty, staff.count <= 100, !staff.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StoreError.invalidValue(field: .text(.storeFieldStaffName), allowed: .text(.storeAllowedStaffName))
        }
        return try transition(recordID, expectedVersion: expectedVersion, from: [.completed], to: .signed,
                              actor: actor, action: .sign, auditValue: staff) { transaction, at in
            try transaction.execute("""
                UPDATE intake SET signed_by = \(staff), signed_at = \(at.timeIntervalSince1970) WHERE id = \(recordID)
                """)
            try appendSignedVersion(transaction, recordID: recordID)
        }
    }

    public func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw StoreError.invalidValue(field: .text(.storeFieldAmendReason), allowed: .text(.storeAllowedAmendReason))
        }
        return try transition(recordID, expectedVersion: expectedVersion, from: [.signed], to: .amended,
                              actor: actor, action: .amend, auditValue: why) { transaction, _ in
            try transaction.execute("UPDATE intake SET signed_by = NULL, signed_at = NULL WHERE id = \(recordID)")
        }
    }

    public func signedVersions(_ recordID: String) throws -> [StoredRecord] {
        try link.transaction { transaction in
            _ = try fetchRow(transaction, recordID, lock: false)
            return try chainedSignedVersions(transaction, recordID).map { version in
                StoredRecord(
                    id: recordID, version: version.version, status: .signed,
                    record: try RecordColumns.decode(version.json, recordID: recordID),
                    createdAt: Date(timeIntervalSince1970: version.createdAt),
                    updatedAt: Date(timeIntervalSince1970: version.updatedAt),
                    signature: Signature(staffName: version.signedBy, signedAt: Date(timeIntervalSince1970: version.signedAt)))
            }
        }
    }

    /// One lifecycle step: checks the status and version, bumps the version, runs `extra` (in the
    /// same transaction, after the bump) and audits the step.
    func transition(_ recordID: String, expectedVersion: Int, from allowed: Set<RecordStatus>, to target: RecordStatus,
                    actor: AuditActor, action: AuditAction, auditValue: String? = nil,
                    extra: (PostgresTransaction, Date) throws -> Void) throws -> StoredRecord {
        let at = now()
        return try link.transaction { transaction in
            let row = try fetchRow(transaction, recordID, lock: true)
            let status = RecordStatus(rawValue: try row.text("status") ?? "") ?? .inProgress
            let current: Int = try row.required("version")
            try status.checkTransition(of: recordID, version: current, expectedVersion: expectedVersion,
                                       from: allowed, to: target)
            let version = current + 1
            try transaction.execute("""
                UPDATE intake SET status = \(target.rawValue), version = \(version), updated_at = \(at.timeIntervalSince1970),
                    updated_by = \(actor.label)
                WHERE id = \(recordID)
                """)
            try extra(transaction, at)
            try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: action, oldValue: status.rawValue,
                            newValue: auditValue ?? target.rawValue, version: version)
            return try storedRecord(from: fetchRow(transaction, recordID, lock: false))
        }
    }

    /// Keeps the record's current row as a signed version, chained to its last signed version.
    func appendSignedVersion(_ transaction: PostgresTransaction, recordID: String) throws {
        let row = try fetchRow(transaction, recordID, lock: false)
        var version = ChainedSignedVersion(
            recordID: recordID, version: try row.required("version"), json: try row.required("json"),
            createdAt: try row.required("created_at"), updatedAt: try row.required("updated_at"),
            signedBy: try row.required("signed_by"), signedAt: try row.required("signed_at"), hash: nil)
        let head = try lockedHead(transaction, recordID)
        version.hash = version.chainHash(after: head.signedHash)
        try insertSignedVersion(transaction, version)
    }

    /// Inserts a signed version with its hash and moves the chain head to it (head already locked).
    func insertSignedVersion(_ transaction: PostgresTransaction, _ version: ChainedSignedVersion) throws {
        try transaction.execute("""
            INSERT INTO signed_version (record_id, version, json, created_at, updated_at, signed_by, signed_at, hash)
            VALUES (\(version.recordID), \(version.version), \(version.json), \(version.createdAt), \(version.updatedAt),
                    \(version.signedBy), \(version.signedAt), \(version.hash))
            """)
        try transaction.execute("""
            UPDATE chain_head SET signed_hash = \(version.hash), signed_version = \(version.version)
            WHERE record_id = \(version.recordID)
            """)
    }

    func chainedSignedVersions(_ transaction: PostgresTransaction, _ recordID: String) throws -> [ChainedSignedVersion] {
        try transaction.rows("""
            SELECT record_id, version, json, created_at, updated_at, signed_by, signed_at, hash FROM signed_version
            WHERE record_id = \(recordID) ORDER BY version
            """).map { row in
            ChainedSignedVersion(recordID: try row.required("record_id"), version: try row.required("version"),
                                 json: try row.required("json"), createdAt: try row.required("created_at"),
                                 updatedAt: try row.required("updated_at"), signedBy: try row.required("signed_by"),
                                 signedAt: try row.required("signed_at"), hash: try row.text("hash"))
        }
    }
}
