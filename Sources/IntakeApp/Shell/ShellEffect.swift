import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import StaffAccess
import TerminalUI

/// What the shell asks the edge to do: every store operation, the printer and the staff
/// credential check. Values only: `IntakeShell.reduce(_:)` returns them, `ShellEffectRunner`
/// performs them and gives each result back as a `ShellAction`.
public enum ShellEffect: Hashable, Sendable {
    /// The home list: today's intakes or a search.
    case list(RecordQuery)
    /// A new draft (dated today) for the next intake.
    case createDraft(IntakeRecord)
    /// Reads the stored record, to open it, print it or watch another desk's changes.
    case load(recordID: String, for: ShellLoadPurpose)
    /// Claims an editable draft for this desk (opening it, or after an amendment).
    case claim(recordID: String, for: ShellClaimPurpose)
    /// Takes a draft over from another desk (the clerk said yes).
    case takeOver(ShellOpening)
    /// What opening a record needs from its audit trail: the acknowledged alerts, the fields last edited.
    case readOpening(ShellOpening)
    /// Commits one answer onto the stored record (the autosave).
    case saveAnswer(ShellAnswerSave)
    /// Keeps this desk's claim on its draft alive.
    case heartbeat(recordID: String)
    /// Gives up this desk's claim.
    case release(recordID: String)
    /// Marks the draft completed.
    case complete(recordID: String, expectedVersion: Int)
    /// Signs the completed record in a staff member's name.
    case sign(recordID: String, expectedVersion: Int, staffName: String)
    /// Opens a signed record again for changes, with the reason.
    case amend(recordID: String, expectedVersion: Int, reason: String)
    /// One row of the audit trail, and what its outcome is for.
    case appendAudit(ShellAuditRow, then: ShellAfterAudit)
    /// Prints the sheet of the stored record.
    case printSheet(StoredRecord)
    /// Checks a staff member's own credential (PAM or the clinic's PINs; it may take seconds).
    case checkStaff(login: String, secret: String, purpose: StaffSignIn.Purpose)
    /// Reads the offline journal's state (records server behind a journal only), taking back the
    /// answers the server refused for `recordID`.
    case checkJournal(recordID: String?)
}

/// Why a record is read.
public enum ShellLoadPurpose: Hashable, Sendable {
    case open(step: StepID, askBeforeTakingOver: Bool)
    case print
    /// The idle tick: has another desk taken this draft over, or saved answers this view shows?
    case watch
}

/// Why a draft is claimed.
public enum ShellClaimPurpose: Hashable, Sendable {
    case open(ShellOpening)
    case afterAmending
}

/// A record being opened on a step: `force` when it is taken over from another desk, `readOnly`
/// when another desk keeps it and this one only looks.
public struct ShellOpening: Hashable, Sendable {
    public var stored: StoredRecord
    public var step: StepID
    public var force: Bool
    public var readOnly: Bool
    /// Resuming a draft: the field last edited is focused.
    public var resuming: Bool

    public init(stored: StoredRecord, step: StepID, force: Bool = false, readOnly: Bool = false, resuming: Bool = false) {
        self.stored = stored; self.step = step; self.force = force; self.readOnly = readOnly; self.resuming = resuming
    }
}

/// One answer to commit: the audited change, the whole record it is saved as, and the version
/// this desk last read.
public struct ShellAnswerSave: Hashable, Sendable {
    public var recordID: String
    public var change: FieldChange
    public var record: IntakeRecord
    public var expectedVersion: Int
    public var policy: ConflictPolicy

    public init(recordID: String, change: FieldChange, record: IntakeRecord, expectedVersion: Int, policy: ConflictPolicy) {
        self.recordID = recordID; self.change = change; self.record = record
        self.expectedVersion = expectedVersion; self.policy = policy
    }
}

/// One audit row (the actor is the desk's, added at the edge).
public struct ShellAuditRow: Hashable, Sendable {
    public var recordID: String
    public var action: AuditAction
    public var field: String?
    public var oldValue: String?
    public var newValue: String?

    public init(_ recordID: String, _ action: AuditAction, field: String? = nil, oldValue: String? = nil, newValue: String? = nil) {
        self.recordID = recordID; self.action = action; self.field = field; self.oldValue = oldValue; self.newValue = newValue
    }
}

/// What the outcome of an audit row is for.
public enum ShellAfterAudit: Hashable, Sendable {
    /// Nothing: a failure is not said (the row is best effort).
    case nothing
    /// A failure is said on the message line.
    case sayFailure
    /// "Alert acknowledged by ..." once it is written, else why not.
    case sayAcknowledged(staffName: String)
    /// "Printed: ..." once the print is audited, else why not.
    case sayPrinted(String)
    /// Opening goes on once its `open` row is written; a failure stops it.
    case continueOpening(ShellOpening)
}

/// A store, printer or credential operation failed: the store's own error, or another's words.
public enum ShellStoreFailure: Error, Hashable, Sendable {
    case store(StoreError)
    case other(String)

    init(_ error: Error) {
        if let error = error as? StoreError { self = .store(error) } else { self = .other(String(describing: error)) }
    }

    /// In words staff can act on, in the language of the message it goes into.
    func text(in language: Language) -> String {
        switch self {
        case .store(let error): return error.message(language: language)
        case .other(let text): return text
        }
    }
}

/// Everything that moves the shell: a key, time passing, a frame drawn, a command, and the result
/// of each effect. `IntakeShell.reduce(_:)` is the only place they change it.
public enum ShellAction: Sendable {
    case key(Key)
    /// The frame of the last key is on the screen: the answers it left are saved now.
    case frameDrawn
    /// No key came for a while: the idle lock.
    case idle
    /// After a key or an idle tick: the claim's heartbeat, when one is due.
    case heartbeatDue
    /// At an idle tick: what the store holds for the open record (or the home list, read again).
    case watchDue
    /// Starting: the home list, or a new draft in kiosk mode.
    case start
    case open(recordID: String, step: StepID, askBeforeTakingOver: Bool)
    case resume(recordID: String)
    case startNewIntake
    /// The program is being stopped (hang-up): save, give up the draft, finish.
    case stop

    case listed(Result<[RecordSummary], ShellStoreFailure>)
    case draftCreated(Result<StoredRecord, ShellStoreFailure>)
    case loaded(ShellLoadPurpose, Result<StoredRecord, ShellStoreFailure>)
    case claimed(ShellClaimPurpose, Result<ClaimOutcome, ShellStoreFailure>)
    case tookOver(ShellOpening, ShellStoreFailure?)
    case openingRead(ShellOpening, Result<(acknowledgedRules: Set<String>, fieldsLastEdited: [String]), ShellStoreFailure>)
    case answerSaved(Result<SaveOutcome, ShellStoreFailure>)
    case heartbeatSent(ShellStoreFailure?)
    case completed(Result<StoredRecord, ShellStoreFailure>)
    case signed(staffName: String, Result<StoredRecord, ShellStoreFailure>)
    case amended(Result<StoredRecord, ShellStoreFailure>)
    case audited(ShellAfterAudit, ShellStoreFailure?)
    case printed(ShellPrintOutcome)
    case staffChecked(login: String, purpose: StaffSignIn.Purpose, StaffMember?)
    case journalChecked(ShellJournalCheck)
}
