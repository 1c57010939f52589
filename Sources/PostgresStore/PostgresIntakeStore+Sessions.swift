import Foundation
import IntakeStore
import PostgresNIO

extension PostgresIntakeStore {
    /// Opening a record checks its audit trail first: an altered one is refused (`auditTrailBroken`).
    public func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        _ = try verifyAuditTrail(recordID)
        let at = now()
        return try link.transaction { transaction in
            let row = try fetchRow(transaction, recordID, lock: true)
            let version = try row.int("version")
            var outcome = ClaimOutcome.claimed
            switch try self.session(from: row, now: at).decision(for: session) {
            case .heldByAnother(let holder, let heartbeat):
                return .heldByAnotherSession(holder, heartbeat: heartbeat)
            case .takeOverEnded(let holder):
                outcome = .tookOverEndedSession(holder)
                try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: .takeOver,
                                oldValue: holder.label, newValue: session.label, version: version)
            case .hold:
                break
            }
            try setHolder(transaction, recordID: recordID, session: session, at: at)
            try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: .open, version: version)
            return outcome
        }
    }

    public func heartbeat(_ recordID: String, session: DeskSession) throws {
        let at = now()
        try link.transaction { transaction in
            let row = try fetchRow(transaction, recordID, lock: true)
            switch try self.session(from: row, now: at).decision(for: session) {
            case .heldByAnother(let holder, _), .takeOverEnded(let holder):
                // a desk that died may have taken the record from this one: only claim() takes it back
                throw StoreError.heldByAnotherSession(id: recordID, holder: holder)
            case .hold:
                try setHolder(transaction, recordID: recordID, session: session, at: at)
            }
        }
    }

    public func release(_ recordID: String, session: DeskSession) throws {
        try link.transaction { transaction in
            _ = try fetchRow(transaction, recordID, lock: true)
            try transaction.execute("""
                UPDATE intake SET session_token = NULL, session_pid = NULL, session_host = NULL, session_os_user = NULL,
                    session_heartbeat = NULL, session_terminal = NULL, session_ssh_client = NULL, session_ssh_port = NULL
                WHERE id = \(recordID) AND session_token = \(session.token)
                """)
        }
    }

    public func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        let at = now()
        try link.transaction { transaction in
            let row = try fetchRow(transaction, recordID, lock: true)
            let previous = try self.session(from: row, now: at).holder
            try setHolder(transaction, recordID: recordID, session: session, at: at)
            try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: .takeOver,
                            oldValue: previous?.label, newValue: session.label, version: try row.int("version"))
        }
    }

    func setHolder(_ transaction: PostgresTransaction, recordID: String, session: DeskSession, at: Date) throws {
        try transaction.execute("""
            UPDATE intake SET session_token = \(session.token), session_pid = \(Int(session.pid)), session_host = \(session.host),
                session_os_user = \(session.osUser), session_heartbeat = \(at.timeIntervalSince1970),
                session_terminal = \(session.terminal), session_ssh_client = \(session.sshClient),
                session_ssh_port = \(session.sshPort)
            WHERE id = \(recordID)
            """)
    }
}
