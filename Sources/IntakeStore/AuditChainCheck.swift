import Foundation
import GRDB

/// What a check of one record's chains found when nothing was altered.
public struct AuditChainReport: Hashable, Sendable {
    /// Audit rows checked.
    public var entries: Int
    /// Signed versions checked.
    public var signedVersions: Int
}

extension AuditChain {
    /// Recomputes the record's audit and signed-version chains and compares them with the stored
    /// hashes and the chain head; throws `StoreError.auditTrailBroken` naming the first broken link.
    static func verify(_ db: Database, recordID: String) throws -> AuditChainReport {
        func broken(_ detail: String) -> StoreError { .auditTrailBroken(id: recordID, detail: detail) }
        for (table, words) in [("audit", "the audit trail"), ("signedVersion", "the signed versions"),
                               ("chainHead", "the chain heads")] where try !db.tableExists(table) {
            throw broken("\(words) table is missing (it was dropped)")
        }
        let head = try self.head(db, recordID)

        var previous = genesis
        var entries = 0
        var lastSeq: Int64?
        let audit = try Row.fetchCursor(db, sql: "SELECT * FROM audit WHERE recordId = ? ORDER BY seq", arguments: [recordID])
        while let row = try audit.next() {
            let seq: Int64 = row["seq"]
            guard row["hash"] == hash(previous: previous, auditValues(row)) else {
                throw broken("entry #\(seq) (\(row["action"] as String? ?? "?")) does not match the entries before it: "
                             + "it was changed, or an entry before it was removed")
            }
            previous = row["hash"]
            entries += 1
            lastSeq = seq
        }
        if head?.auditHash != (entries == 0 ? nil : previous) {
            if let recorded = head?.auditSeq, recorded != lastSeq {
                throw broken(lastSeq.map { "entries after #\($0) were removed (the last one recorded was #\(recorded))" }
                             ?? "all its entries were removed (the last one recorded was #\(recorded))")
            }
            throw broken(entries == 0 ? "it has no entries" : "its last entry #\(lastSeq ?? 0) does not match the chain head")
        }

        previous = genesis
        var signed = 0
        var lastSigned: Row?
        let versions = try Row.fetchCursor(db, sql: "SELECT * FROM signedVersion WHERE recordId = ? ORDER BY version",
                                           arguments: [recordID])
        while let row = try versions.next() {
            guard row["hash"] == hash(previous: previous, signedValues(row)) else {
                throw broken("signed version \(row["version"] as Int? ?? 0) does not match the signed versions before it: "
                             + "it was changed, or one before it was removed")
            }
            previous = row["hash"]
            signed += 1
            lastSigned = row.copy()
        }
        if head?.signedHash != (signed == 0 ? nil : previous) {
            throw broken("signed version \(head?.signedVersion ?? 0) is missing")
        }

        // A signed record is its last signed version, word for word.
        if let record = try Row.fetchOne(db, sql: "SELECT status, version, json FROM intake WHERE id = ?", arguments: [recordID]),
           record["status"] == RecordStatus.signed.rawValue,
           lastSigned?["version"] != record["version"] as Int? || lastSigned?["json"] != record["json"] as String? {
            throw broken("the signed record differs from its signed version")
        }
        return AuditChainReport(entries: entries, signedVersions: signed)
    }
}

extension SQLiteIntakeStore {
    /// Checks the record's audit trail and signed versions (`intake audit ID --verify`); throws
    /// `StoreError.auditTrailBroken` with the first broken link, or `recordNotFound`.
    public func verifyAuditTrail(_ recordID: String) throws -> AuditChainReport {
        try read { db in
            if recordID != DeskAudit.recordID, try !db.tableExists("intake")
                || Bool.fetchOne(db, sql: "SELECT 1 FROM intake WHERE id = ?", arguments: [recordID]) != true {
                throw StoreError.recordNotFound(id: recordID)
            }
            return try AuditChain.verify(db, recordID: recordID)
        }
    }
}
