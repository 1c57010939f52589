import Crypto
import Foundation
import GRDB

/// The tamper-evident trail: every audit row, and every signed version, carries a SHA-256 over its
/// own content and the hash of the row before it in the same record's chain (audit rows in `seq`
/// order; signed versions in version order). `chainHead` keeps, per record, the hash and number
/// of the last row of each chain, so rows removed at the end are seen too.
///
/// Triggers refuse UPDATE, DELETE and `INSERT OR REPLACE` over a kept row, but SQLite cannot
/// refuse `DROP TABLE` or a connection that drops the triggers first: the chain is what shows
/// such a change afterwards (`verify`). The hash has no secret key, so someone who rewrites a
/// whole chain and its head consistently is not detected; a copy of the heads kept elsewhere
/// (a backup) would show that too.
public enum AuditChain {
    /// The "previous hash" of the first row of a chain.
    static let genesis = String(repeating: "0", count: 64)

    /// One value of a chained row, typed as the column stores it.
    enum Value {
        case text(String?)
        case integer(Int64?)
        case real(Double?)

        /// Length-prefixed, so no two different rows serialize alike ("a|b" + "c" vs "a" + "b|c").
        var canonical: String {
            switch self {
            case .text(let text): return text.map { "t\($0.utf8.count):\($0)" } ?? "n"
            case .integer(let number): return number.map { "i\($0);" } ?? "n"
            case .real(let number): return number.map { "r\(String($0.bitPattern, radix: 16));" } ?? "n"
            }
        }
    }

    static func hash(previous: String, _ values: [Value]) -> String {
        let text = previous + "|" + values.map(\.canonical).joined()
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: - what is chained

    static func auditValues(recordID: String, at: Double, actor: AuditActor, action: String, field: String?,
                            oldValue: String?, newValue: String?, version: Int?) -> [Value] {
        [.text(recordID), .real(at), .text(actor.osUser), .text(actor.host), .text(actor.sshClient),
         .text(actor.terminal), .integer(actor.sshPort.map(Int64.init)), .text(action), .text(field),
         .text(oldValue), .text(newValue), .integer(version.map(Int64.init))]
    }

    static func auditValues(_ row: Row) -> [Value] {
        auditValues(recordID: row["recordId"], at: row["at"],
                    actor: AuditActor(osUser: row["osUser"], host: row["host"], sshClient: row["sshClient"],
                                      terminal: row["terminal"], sshPort: row["sshPort"]),
                    action: row["action"], field: row["field"], oldValue: row["oldValue"], newValue: row["newValue"],
                    version: row["version"])
    }

    static func signedValues(_ row: Row) -> [Value] {
        [.text(row["recordId"]), .integer(row["version"]), .text(row["json"]), .real(row["createdAt"]),
         .real(row["updatedAt"]), .text(row["signedBy"]), .real(row["signedAt"])]
    }

    // MARK: - appending (inside the caller's transaction)

    struct Head {
        var auditHash: String?
        var auditSeq: Int64?
        var signedHash: String?
        var signedVersion: Int?
    }

    static func head(_ db: Database, _ recordID: String) throws -> Head? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM chainHead WHERE recordId = ?"), arguments: [recordID])
            .map { Head(auditHash: $0["auditHash"], auditSeq: $0["auditSeq"], signedHash: $0["signedHash"],
                        signedVersion: $0["signedVersion"]) }
    }

    static func saveHead(_ db: Database, _ recordID: String, _ head: Head) throws {
        let values: StatementArguments = [head.auditHash, head.auditSeq, head.signedHash, head.signedVersion, recordID]
        try db.cachedStatement(sql: """
            UPDATE chainHead SET auditHash = ?, auditSeq = ?, signedHash = ?, signedVersion = ? WHERE recordId = ?
            """).execute(arguments: values)
        if db.changesCount == 0 {
            try db.cachedStatement(sql: """
                INSERT INTO chainHead (auditHash, auditSeq, signedHash, signedVersion, recordId) VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: values)
        }
    }

    /// Appends one audit row chained to the record's last one.
    static func appendAudit(_ db: Database, recordID: String, at: Double, actor: AuditActor, action: String,
                            field: String?, oldValue: String?, newValue: String?, version: Int?) throws {
        var head = try self.head(db, recordID) ?? Head()
        let hash = self.hash(previous: head.auditHash ?? genesis,
                             auditValues(recordID: recordID, at: at, actor: actor, action: action, field: field,
                                         oldValue: oldValue, newValue: newValue, version: version))
        try db.cachedStatement(sql: """
            INSERT INTO audit (recordId, at, osUser, host, sshClient, terminal, sshPort, action, field, oldValue,
                               newValue, version, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [recordID, at, actor.osUser, actor.host, actor.sshClient, actor.terminal,
                                     actor.sshPort, action, field, oldValue, newValue, version, hash])
        head.auditHash = hash
        head.auditSeq = db.lastInsertedRowID
        try saveHead(db, recordID, head)
    }

    /// Keeps the record's current row as a signed version, chained to its last signed version.
    static func appendSignedVersion(_ db: Database, recordID: String) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id AS recordId, version, json, createdAt, updatedAt, signedBy, signedAt FROM intake WHERE id = ?
            """, arguments: [recordID]) else { throw StoreError.recordNotFound(id: recordID) }
        var head = try self.head(db, recordID) ?? Head()
        let hash = self.hash(previous: head.signedHash ?? genesis, signedValues(row))
        try db.execute(sql: """
            INSERT INTO signedVersion (recordId, version, json, createdAt, updatedAt, signedBy, signedAt, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(row.databaseValues + [hash.databaseValue]))
        head.signedHash = hash
        head.signedVersion = row["version"]
        try saveHead(db, recordID, head)
    }
}
