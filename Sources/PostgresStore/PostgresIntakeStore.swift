import Foundation
import IntakeModel
import IntakeStore
import PostgresNIO

/// `IntakeRecordStore` on a PostgreSQL server, for clinic groups whose desks on several hosts share
/// one set of records. Behaves as `SQLiteIntakeStore` does, method for method (the store contract
/// tests run both): versions and the conflict choice, desk sessions with heartbeat and take-over
/// across hosts, signing and amending, the hash-chained audit trail (`AuditChain`, the same hashes,
/// so `intake db copy` carries them across), the same accent- and case-insensitive search, here on
/// a `pg_trgm` index.
///
/// Every write is one transaction that locks the record's row (`SELECT ... FOR UPDATE`), so two
/// desks never lose each other's writes; audit rows of one record are chained under the lock of its
/// `chain_head` row. Times are the desk's clock, as with SQLite. When the server cannot be reached
/// every method throws `StoreError.serverUnreachable`.
public final class PostgresIntakeStore: IntakeRecordStore, AuditTrailVerifying {
    let link: PostgresLink
    let liveness: SessionLiveness
    let now: @Sendable () -> Date

    public var location: PostgresLocation { link.location }

    /// A records server on another machine: the desks' answers go through the offline journal.
    public var isRemote: Bool { true }

    /// Connects and brings the schema up to date (when this role owns the database; otherwise a
    /// schema that is not up to date is an error naming the admin step).
    public init(location: PostgresLocation, liveness: SessionLiveness = SessionLiveness(),
                now: @escaping @Sendable () -> Date = Date.init, answerTimeout: TimeInterval = 15) throws {
        link = PostgresLink(location, answerTimeout: .milliseconds(Int64(answerTimeout * 1000)))
        self.liveness = liveness
        self.now = now
        try PostgresSchema.migrate(link)
    }

    /// Closes the connection (the next call opens it again).
    public func close() {
        link.close()
    }

    // MARK: - rows

    static let intakeColumns = """
        id, version, status, json, created_at, updated_at, updated_by, signed_by, signed_at, session_token, session_pid,
        session_host, session_os_user, session_heartbeat, session_terminal, session_ssh_client, session_ssh_port
        """

    func fetchRow(_ transaction: PostgresTransaction, _ recordID: String, lock: Bool) throws -> PostgresRandomAccessRow {
        let sql = "SELECT \(Self.intakeColumns) FROM intake WHERE id = $1" + (lock ? " FOR UPDATE" : "")
        var binds = PostgresBindings()
        binds.append(recordID)
        guard let row = try transaction.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).first else {
            throw StoreError.recordNotFound(id: recordID)
        }
        return row
    }

    func session(from row: PostgresRandomAccessRow, now: Date) throws -> SessionState {
        guard let token = try row.text("session_token"), let heartbeat = try row.double("session_heartbeat") else {
            return .none
        }
        let session = DeskSession(token: token, pid: Int32(try row.int("session_pid") ?? 0),
                                  host: try row.text("session_host") ?? "", osUser: try row.text("session_os_user") ?? "",
                                  terminal: try row.text("session_terminal"), sshClient: try row.text("session_ssh_client"),
                                  sshPort: try row.int("session_ssh_port"))
        return liveness.state(of: session, heartbeat: Date(timeIntervalSince1970: heartbeat), now: now)
    }

    func storedRecord(from row: PostgresRandomAccessRow) throws -> StoredRecord {
        let id: String = try row.required("id")
        let status = RecordStatus(rawValue: try row.text("status") ?? "") ?? .inProgress
        var signature: Signature?
        if let signedBy = try row.text("signed_by"), let signedAt = try row.double("signed_at") {
            signature = Signature(staffName: signedBy, signedAt: Date(timeIntervalSince1970: signedAt))
        }
        return StoredRecord(
            id: id, version: try row.required("version"), status: status,
            record: try RecordColumns.decode(try row.required("json"), recordID: id),
            createdAt: Date(timeIntervalSince1970: try row.required("created_at")),
            updatedAt: Date(timeIntervalSince1970: try row.required("updated_at")),
            signature: status == .signed ? signature : nil, session: try session(from: row, now: now()))
    }

    /// Appends one audit row chained to the record's last one, inside the caller's transaction:
    /// the chain head's row is locked first (made when missing), so appends to one chain queue up.
    func insertAudit(_ transaction: PostgresTransaction, recordID: String, at: Date, actor: AuditActor,
                     action: AuditAction, field: String? = nil, oldValue: String? = nil, newValue: String? = nil,
                     version: Int? = nil) throws {
        let head = try lockedHead(transaction, recordID)
        let row = ChainedAuditRow(sequence: 0, recordID: recordID, at: at.timeIntervalSince1970, actor: actor,
                                  action: action.rawValue, field: field, oldValue: oldValue, newValue: newValue,
                                  version: version, hash: nil)
        try appendChained(transaction, row, hash: row.chainHash(after: head.auditHash))
    }

    func lockedHead(_ transaction: PostgresTransaction, _ recordID: String) throws -> ChainHead {
        let rows = try transaction.rows("""
            INSERT INTO chain_head (record_id) VALUES (\(recordID))
            ON CONFLICT (record_id) DO UPDATE SET record_id = EXCLUDED.record_id
            RETURNING audit_hash, audit_seq, signed_hash, signed_version
            """)
        guard let row = rows.first else { return ChainHead() }
        return ChainHead(auditHash: try row.text("audit_hash"), auditSequence: try row.int("audit_seq").map(Int64.init),
                         signedHash: try row.text("signed_hash"), signedVersion: try row.int("signed_version"))
    }

    /// Inserts an audit row with `hash` and moves the chain head to it (head already locked).
    func appendChained(_ transaction: PostgresTransaction, _ row: ChainedAuditRow, hash: String) throws {
        let actor = row.actor
        try transaction.execute("""
            WITH appended AS (
                INSERT INTO audit (record_id, at, os_user, host, ssh_client, terminal, ssh_port, action, field, old_value,
                                   new_value, version, hash)
                VALUES (\(row.recordID), \(row.at), \(actor.osUser), \(actor.host), \(actor.sshClient), \(actor.terminal),
                        \(actor.sshPort), \(row.action), \(row.field), \(row.oldValue), \(row.newValue), \(row.version), \(hash))
                RETURNING seq)
            UPDATE chain_head SET audit_hash = \(hash), audit_seq = (SELECT seq FROM appended) WHERE record_id = \(row.recordID)
            """)
    }
}
