import Foundation
import IntakeModel
import IntakeStore
import Synchronization

/// A records server for tests and benchmarks: any store behind a switch. Switched off, every call
/// throws `StoreError.serverUnreachable`, as a remote store does when the network is down; a
/// write can also be made slow (`writeDelay`), like a server far away.
public final class SwitchableRecordStore: IntakeRecordStore {
    public let store: any IntakeRecordStore
    private let reachable = Mutex(true)
    private let delay: Mutex<TimeInterval>
    private let answers = Mutex(0)

    public init(_ store: any IntakeRecordStore, writeDelay: TimeInterval = 0) {
        self.store = store
        delay = Mutex(writeDelay)
    }

    public var isRemote: Bool { true }

    /// Off: the server cannot be reached; on: it answers again.
    public func switchOff() { reachable.withLock { $0 = false } }
    public func switchOn() { reachable.withLock { $0 = true } }
    /// Answers this server has saved.
    public var answersSaved: Int { answers.withLock { $0 } }

    private func server() throws -> any IntakeRecordStore {
        guard reachable.withLock({ $0 }) else { throw StoreError.serverUnreachable }
        return store
    }

    private func slowly() {
        let seconds = delay.withLock { $0 }
        if seconds > 0 { usleep(useconds_t(seconds * 1_000_000)) }
    }

    public func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        try server().createDraft(record, actor: actor, action: action)
    }

    public func load(_ recordID: String) throws -> StoredRecord { try server().load(recordID) }

    public func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                           onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        let server = try server()
        slowly()
        let outcome = try server.saveAnswer(change, record: record, recordID: recordID, expectedVersion: expectedVersion,
                                            onConflict: onConflict, actor: actor, session: session)
        if case .saved = outcome { answers.withLock { $0 += 1 } }
        return outcome
    }

    public func list(_ query: RecordQuery) throws -> [RecordSummary] { try server().list(query) }

    public func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        try server().claim(recordID, session: session, actor: actor)
    }

    public func heartbeat(_ recordID: String, session: DeskSession) throws {
        try server().heartbeat(recordID, session: session)
    }

    public func release(_ recordID: String, session: DeskSession) throws {
        try server().release(recordID, session: session)
    }

    public func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        try server().takeOver(recordID, session: session, actor: actor)
    }

    public func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try server().complete(recordID, expectedVersion: expectedVersion, actor: actor)
    }

    public func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        try server().sign(recordID, expectedVersion: expectedVersion, staffName: staffName, actor: actor)
    }

    public func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        try server().amend(recordID, expectedVersion: expectedVersion, reason: reason, actor: actor)
    }

    public func signedVersions(_ recordID: String) throws -> [StoredRecord] { try server().signedVersions(recordID) }

    public func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?, newValue: String?,
                            actor: AuditActor) throws {
        try server().appendAudit(recordID, action: action, field: field, oldValue: oldValue, newValue: newValue, actor: actor)
    }

    public func auditTrail(_ recordID: String) throws -> [AuditEntry] { try server().auditTrail(recordID) }
}
