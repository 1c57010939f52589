import Foundation
import GRDB

extension SQLiteIntakeStore {
    /// Opening a record checks its audit trail first: an altered one is refused (`auditTrailBroken`).
    public func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        _ = try verifyAuditTrail(recordID)
        let at = now()
        return try write { db in
            let row = try fetchRow(db, recordID)
            var outcome = ClaimOutcome.claimed
            switch self.session(from: row, now: at).decision(for: session) {
            case .heldByAnother(let holder, let heartbeat):
                return .heldByAnotherSession(holder, heartbeat: heartbeat)
            case .takeOverEnded(let holder):
                outcome = .tookOverEndedSession(holder)
                try insertAudit(db, recordID: recordID, at: at, actor: actor, action: .takeOver,
                                oldValue: holder.label, newValue: session.label, version: row["version"])
            case .hold:
                break
            }
            try setHolder(db, recordID: recordID, session: session, at: at)
            try insertAudit(db, recordID: recordID, at: at, actor: actor, action: .open, version: row["version"])
            return outcome
        }
    }

    public func heartbeat(_ recordID: String, session: DeskSession) throws {
        let at = now()
        try write { db in
            let row = try fetchRow(db, recordID)
            switch self.session(from: row, now: at).decision(for: session) {
            case .heldByAnother(let holder, _), .takeOverEnded(let holder):
                // a desk that died may have taken the record from this one: only claim() takes it back
                throw StoreError.heldByAnotherSession(id: recordID, holder: holder)
            case .hold:
                try setHolder(db, recordID: recordID, session: session, at: at)
            }
        }
    }

    public func release(_ recordID: String, session: DeskSession) throws {
        try write { db in
            _ = try fetchRow(db, recordID)
            try db.execute(sql: """
                UPDATE intake SET sessionToken = NULL, sessionPid = NULL, sessionHost = NULL, sessionUser = NULL,
                    sessionHeartbeat = NULL, sessionTerminal = NULL, sessionSshClient = NULL, sessionSshPort = NULL
                WHERE id = ? AND sessionToken = ?
                """, arguments: [recordID, session.token])
        }
    }

    public func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        let at = now()
        try write { db in
            let row = try fetchRow(db, recordID)
            let previous = self.session(from: row, now: at).holder
            try setHolder(db, recordID: recordID, session: session, at: at)
            try insertAudit(db, recordID: recordID, at: at, actor: actor, action: .takeOver,
                            oldValue: previous?.label, newValue: session.label, version: row["version"])
        }
    }

    func setHolder(_ db: Database, recordID: String, session: DeskSession, at: Date) throws {
        try db.execute(sql: """
            UPDATE intake SET sessionToken = ?, sessionPid = ?, sessionHost = ?, sessionUser = ?, sessionHeartbeat = ?,
                sessionTerminal = ?, sessionSshClient = ?, sessionSshPort = ?
            WHERE id = ?
            """, arguments: [session.token, Int(session.pid), session.host, session.osUser, at.timeIntervalSince1970,
                             session.terminal, session.sshClient, session.sshPort, recordID])
    }
}
