import Foundation
import IntakeModel

/// A record open at this desk: remembers the version the screens started from, the desk session
/// and the actor, so the app shell's "save draft" effect is one call and a conflict is never missed.
///
/// ```swift
/// var open = try OpenIntake.open(id, in: store, session: .current(), actor: .current())
/// switch try open.save(FieldChange(field: "symptoms.painScore", oldValue: "3", newValue: "7"), record: edited) {
/// case .saved: break
/// case .conflict(let conflict): // show conflict.message; then open.reload() or
///                               // open.save(change, record: edited, onConflict: .overwrite)
/// }
/// try open.heartbeat()  // every store liveness heartbeatInterval (60 s by default)
/// try open.close()      // on leaving the record and on SIGHUP/SIGTERM/SIGINT
/// ```
public struct OpenIntake: Sendable {
    public let store: any IntakeRecordStore
    public private(set) var current: StoredRecord
    public let session: DeskSession
    public let actor: AuditActor
    /// How the claim went: claimed, taken over from an ended session, or held by a live one (then
    /// the record is open read-only: `save` throws `heldByAnotherSession`).
    public let claim: ClaimOutcome

    public var recordID: String { current.id }
    public var isReadOnly: Bool {
        if case .heldByAnotherSession = claim { return true }
        return !current.status.isEditable
    }

    /// Loads the record and claims it for `session` (audited as `open`; as `open` "read-only" when
    /// another live desk holds it).
    public static func open(_ recordID: String, in store: any IntakeRecordStore, session: DeskSession,
                            actor: AuditActor) throws -> OpenIntake {
        let claim = try store.claim(recordID, session: session, actor: actor)
        if case .heldByAnotherSession = claim {  // viewing is audited too
            try store.appendAudit(recordID, action: .open, field: nil, oldValue: nil, newValue: "read-only", actor: actor)
        }
        return OpenIntake(store: store, current: try store.load(recordID), session: session, actor: actor, claim: claim)
    }

    /// Autosave of one answer from the version this desk has; on `.saved` that becomes the new
    /// starting point, on `.conflict` nothing changes until the user chooses.
    public mutating func save(_ change: FieldChange, record: IntakeRecord,
                              onConflict: ConflictPolicy = .refuse) throws -> SaveOutcome {
        if case .heldByAnotherSession(let holder, _) = claim {
            throw StoreError.heldByAnotherSession(id: recordID, holder: holder)
        }
        let outcome = try store.saveAnswer(change, record: record, recordID: recordID, expectedVersion: current.version,
                                           onConflict: onConflict, actor: actor, session: session)
        if case .saved(let version) = outcome {
            current.record = record
            current.version = version
        }
        return outcome
    }

    /// Takes the stored version (the "reload" choice after a conflict).
    public mutating func reload() throws {
        current = try store.load(recordID)
    }

    public func heartbeat() throws {
        if case .heldByAnotherSession = claim { return }
        try store.heartbeat(recordID, session: session)
    }

    /// Gives the record back (audited as `close`).
    public func close() throws {
        if case .heldByAnotherSession = claim { return }
        try store.release(recordID, session: session)
        try store.appendAudit(recordID, action: .close, actor: actor)
    }
}
