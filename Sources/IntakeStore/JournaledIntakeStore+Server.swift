import Foundation
import IntakeModel

/// Everything but answers goes to the server directly (only answers need the journal); what
/// names a version first waits for the record's answers, and is given the server's count.
extension JournaledIntakeStore {
    public func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        try remote.createDraft(record, actor: actor, action: action)
    }

    /// The server's record, with this desk's answers still in the journal on it (the version
    /// counted on as the desk counts it), so a record opened again shows what was typed.
    public func load(_ recordID: String) throws -> StoredRecord {
        var stored = try remote.load(recordID)
        if heldAnswers(for: recordID) == nil, let last = lastWaiting(for: recordID) {
            stored.record = last.record
            stored.version = last.expectedVersion + 1
        } else {
            stored.version = stored.version - serverVersion(recordID, 0)
        }
        return stored
    }

    public func list(_ query: RecordQuery) throws -> [RecordSummary] {
        try remote.list(query)
    }

    public func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        try remote.claim(recordID, session: session, actor: actor)
    }

    /// Sent in the background (`ServerErrands`): returns at once, and throws what the last
    /// heartbeat of `recordID` was told when another desk holds the record.
    public func heartbeat(_ recordID: String, session: DeskSession) throws {
        try errands.heartbeat(recordID, session: session)
    }

    /// The idle watch of the open record, never waiting for the network: asks for `recordID` to be
    /// read again in the background and returns it as last read (nil before the first answer).
    public func watchedRecord(_ recordID: String) -> StoredRecord? {
        errands.watch(recordID)
    }

    public func release(_ recordID: String, session: DeskSession) throws {
        try remote.release(recordID, session: session)
    }

    public func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        try remote.takeOver(recordID, session: session, actor: actor)
    }

    public func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try sendAnswers(of: recordID)
        return try remote.complete(recordID, expectedVersion: serverVersion(recordID, expectedVersion), actor: actor)
            .countedByDesk(shift: serverVersion(recordID, 0))
    }

    public func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        try sendAnswers(of: recordID)
        return try remote.sign(recordID, expectedVersion: serverVersion(recordID, expectedVersion), staffName: staffName,
                               actor: actor).countedByDesk(shift: serverVersion(recordID, 0))
    }

    public func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        try sendAnswers(of: recordID)
        return try remote.amend(recordID, expectedVersion: serverVersion(recordID, expectedVersion), reason: reason,
                                actor: actor).countedByDesk(shift: serverVersion(recordID, 0))
    }

    public func signedVersions(_ recordID: String) throws -> [StoredRecord] {
        try remote.signedVersions(recordID)
    }

    public func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?, newValue: String?,
                            actor: AuditActor) throws {
        try remote.appendAudit(recordID, action: action, field: field, oldValue: oldValue, newValue: newValue, actor: actor)
    }

    public func auditTrail(_ recordID: String) throws -> [AuditEntry] {
        try remote.auditTrail(recordID)
    }
}

extension StoredRecord {
    /// The record with its version as the desk counts it (`shift`: the server's count minus the desk's).
    func countedByDesk(shift: Int) -> StoredRecord {
        var counted = self
        counted.version -= shift
        return counted
    }
}
