import Catalog
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
        let tables: [(String, TextKey)] = [("audit", .storeChainAuditTableMissing), ("signedVersion", .storeChainSignedTableMissing),
                                           ("chainHead", .storeChainHeadTableMissing)]
        for (table, missing) in tables where try !db.tableExists(table) {
            throw StoreError.auditTrailBroken(id: recordID, detail: .text(missing))
        }
        let head = try self.head(db, recordID).map {
            ChainHead(auditHash: $0.auditHash, auditSequence: $0.auditSeq, signedHash: $0.signedHash,
                      signedVersion: $0.signedVersion)
        }
        let audit = try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE recordId = ? ORDER BY seq", arguments: [recordID])
            .map(chainedAudit)
        let signed = try Row.fetchAll(db, sql: "SELECT * FROM signedVersion WHERE recordId = ? ORDER BY version",
                                      arguments: [recordID]).map(chainedSigned)
        var signedRecord: (version: Int, json: String)?
        if let record = try Row.fetchOne(db, sql: "SELECT status, version, json FROM intake WHERE id = ?", arguments: [recordID]),
           record["status"] == RecordStatus.signed.rawValue {
            signedRecord = (record["version"], record["json"])
        }
        return try verify(recordID: recordID, audit: audit, signed: signed, head: head, signedRecord: signedRecord)
    }

    static func chainedAudit(_ row: Row) -> ChainedAuditRow {
        ChainedAuditRow(sequence: row["seq"], recordID: row["recordId"], at: row["at"],
                        actor: AuditActor(osUser: row["osUser"], host: row["host"], sshClient: row["sshClient"],
                                          terminal: row["terminal"], sshPort: row["sshPort"]),
                        action: row["action"], field: row["field"], oldValue: row["oldValue"], newValue: row["newValue"],
                        version: row["version"], hash: row["hash"])
    }

    static func chainedSigned(_ row: Row) -> ChainedSignedVersion {
        ChainedSignedVersion(recordID: row["recordId"], version: row["version"], json: row["json"],
                             createdAt: row["createdAt"], updatedAt: row["updatedAt"], signedBy: row["signedBy"],
                             signedAt: row["signedAt"], hash: row["hash"])
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
