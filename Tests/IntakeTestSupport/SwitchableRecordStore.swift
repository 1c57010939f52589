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
    private let writeTimes = Mutex<[Double]>([])
    private let silent = Mutex(false)
    private let waitedOnKeyPath = Mutex<[String]>([])
    private let keyPath = Mutex<pthread_t?>(nil)
    /// How long a call waits for a silent server before it fails, as a query timeout would.
    public let silenceLimit: TimeInterval

    public init(_ store: any IntakeRecordStore, writeDelay: TimeInterval = 0, silenceLimit: TimeInterval = 2) {
        self.store = store
        self.silenceLimit = silenceLimit
        delay = Mutex(writeDelay)
    }

    public var isRemote: Bool { true }

    /// Off: the server cannot be reached; on: it answers again.
    public func switchOff() { reachable.withLock { $0 = false } }
    public func switchOn() { reachable.withLock { $0 = true } }
    /// Answers this server has saved.
    public var answersSaved: Int { answers.withLock { $0 } }
    /// How long each answer saved took the store behind the switch, in milliseconds (the server
    /// write behind an autosave, without `writeDelay`).
    public var answerWriteMilliseconds: [Double] { writeTimes.withLock { $0 } }

    /// A network that drops packets: from now on every call waits (up to `silenceLimit`, then
    /// fails as unreachable) instead of being refused at once; `answerAgain` ends it. Calls made on
    /// the thread that calls this (the one that types: the key path) are noted.
    public func dropPackets() {
        let typing = pthread_self()
        keyPath.withLock { $0 = typing }
        silent.withLock { $0 = true }
    }
    public func answerAgain() { silent.withLock { $0 = false } }
    /// The calls that waited for the silent server on the key path, where a desk would feel the wait.
    public var callsThatWaitedOnTheKeyPath: [String] { waitedOnKeyPath.withLock { $0 } }

    private func server(_ call: String = #function) throws -> any IntakeRecordStore {
        if silent.withLock({ $0 }) {
            if let typing = keyPath.withLock({ $0 }), pthread_equal(typing, pthread_self()) != 0 {
                waitedOnKeyPath.withLock { $0.append(call) }
            }
            let deadline = Date().addingTimeInterval(silenceLimit)
            while silent.withLock({ $0 }) && Date() < deadline { usleep(5_000) }
            if silent.withLock({ $0 }) { throw StoreError.serverUnreachable }
        }
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
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = try server.saveAnswer(change, record: record, recordID: recordID, expectedVersion: expectedVersion,
                                            onConflict: onConflict, actor: actor, session: session)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        if case .saved = outcome {
            answers.withLock { $0 += 1 }
            writeTimes.withLock { $0.append(elapsed) }
        }
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
