import Foundation
import IntakeModel

/// What the intake program needs from its storage, and nothing more.
///
/// The screens, the CLI and the benchmark talk to this protocol only; `SQLiteIntakeStore` is the
/// one implementation today, and a PostgreSQL backend for clinics whose desks outgrow one machine
/// can follow without touching the screens. No database type appears in it.
///
/// Every write is one short transaction that also appends its audit row, so a record and its
/// trail never disagree. Methods throw `StoreError`, whose `message` can be shown to staff as is.
///
/// ## Topics
/// - Drafts and answers: `createDraft`, `load`, `saveAnswer`
/// - Finding records: `list`
/// - Sessions (which desk has a draft open): `claim`, `heartbeat`, `release`, `takeOver`
/// - Lifecycle: `complete`, `sign`, `amend`, `signedVersions`
/// - Audit trail: `appendAudit`, `auditTrail`
public protocol IntakeRecordStore: Sendable {
    // MARK: drafts and answers

    /// Stores `record` as a new in-progress draft and returns it with its new ID and version 1.
    /// The record's own `id` is kept as given (it is the sender's identifier); the store's ID is
    /// `StoredRecord.id`. Audit action `create` (or `import` when `action` says so).
    func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord

    /// The current version of a record, or `StoreError.recordNotFound`.
    func load(_ recordID: String) throws -> StoredRecord

    /// Only the version number of `load`: what the desk's idle watch compares, without reading
    /// and decoding the whole record.
    func currentVersion(_ recordID: String) throws -> Int

    /// Autosave of one answer: commits the whole updated `record` and one audit row (field,
    /// old and new value) in one transaction, if the stored version is still `expectedVersion`.
    /// Otherwise returns `.conflict` and changes nothing, unless `onConflict` is `.overwrite`
    /// (the user chose to keep their answer after seeing the conflict; audited as `overwrite`).
    /// Durable when it returns. Refreshes the heartbeat of `session` when it holds the draft.
    func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                    onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome

    // MARK: finding records

    /// Summaries of the records that match `query`, most urgent first (emergency, urgent, not
    /// screened, routine, as `UrgencyTier` ranks them), then the most recently updated: a limit
    /// never leaves out an older emergency for a newer routine intake.
    func list(_ query: RecordQuery) throws -> [RecordSummary]

    // MARK: sessions

    /// Records that `session` has the draft open. Succeeds when nobody holds it, the same session
    /// holds it, or the holder's session has died (then the take-over is audited); otherwise
    /// returns `.heldByAnotherSession` with who holds it.
    func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome

    /// Keeps the claim of `session` alive (call it every `SessionLiveness.heartbeatInterval`).
    func heartbeat(_ recordID: String, session: DeskSession) throws

    /// Gives up the claim of `session` (on leaving the record or exiting cleanly).
    func release(_ recordID: String, session: DeskSession) throws

    /// Takes the draft from another session even if it still looks alive: the staff member has
    /// checked that the other desk is gone. Audited as `take-over`.
    func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws

    // MARK: lifecycle

    /// In progress (or amended) -> completed. Audited as `complete`.
    func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord

    /// Completed -> signed by `staffName` (name or initials); the record becomes read-only and this
    /// signed version is kept for good. Audited as `sign`.
    func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord

    /// Signed -> amended: a new editable version; the signed version stays retrievable with
    /// `signedVersions`. Audited as `amend` with the reason.
    func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord

    /// Every signed version of a record, oldest first.
    func signedVersions(_ recordID: String) throws -> [StoredRecord]

    // MARK: audit trail

    /// Appends one audit row (open, print, export, alert-acknowledged...). The trail is
    /// append-only: the database refuses to update or delete its rows.
    func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?, newValue: String?,
                     actor: AuditActor) throws

    /// The audit trail of one record, oldest first.
    func auditTrail(_ recordID: String) throws -> [AuditEntry]

    // MARK: where it is

    /// True for a store on another machine (default false, in the extension below).
    var isRemote: Bool { get }
}

extension IntakeRecordStore {
    /// True for a store on another machine (the records server): `intake` then keeps answers in a
    /// local journal first (`JournaledIntakeStore`). A file on this machine is not remote.
    public var isRemote: Bool { false }

    public func currentVersion(_ recordID: String) throws -> Int {
        try load(recordID).version
    }

    public func createDraft(_ record: IntakeRecord, actor: AuditActor) throws -> StoredRecord {
        try createDraft(record, actor: actor, action: .create)
    }

    public func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                           actor: AuditActor, session: DeskSession? = nil) throws -> SaveOutcome {
        try saveAnswer(change, record: record, recordID: recordID, expectedVersion: expectedVersion,
                       onConflict: .refuse, actor: actor, session: session)
    }

    public func appendAudit(_ recordID: String, action: AuditAction, actor: AuditActor) throws {
        try appendAudit(recordID, action: action, field: nil, oldValue: nil, newValue: nil, actor: actor)
    }
}
