import Foundation
import IntakeModel
import IntakeStore
import Questionnaire

/// The record on screen and what the shell knows about its stored copy.
public struct OpenRecord: Sendable {
    public var id: String
    /// The stored version the next save starts from.
    public var version: Int
    /// The stored record at `version`: each save puts one answer of the screen onto it, so another
    /// desk's answers merged in are never written back over.
    public var base: IntakeRecord
    /// The screen is told each change (its keys follow: a signed record's F10 goes back to the list).
    public var status: RecordStatus { didSet { screen.showStatus(status) } }
    public var signature: Signature?
    public var screen: any ShellRecordScreen
    /// Answers left but not yet committed (a store error or an unanswered conflict).
    public var unsaved: [FieldChange] = []
    /// F10 finished the intake on screen; the store marks it completed once that frame is drawn.
    public var completionPending = false
    /// When the claim's heartbeat was last sent.
    public var lastHeartbeat: Date
    /// Opened to read only, because another desk has the draft (its label): nothing is saved,
    /// the claim is never touched.
    public var heldElsewhere: String?

    public init(stored: StoredRecord, screen: any ShellRecordScreen, now: Date) {
        id = stored.id
        version = stored.version
        base = stored.record
        status = stored.status
        signature = stored.signature
        self.screen = screen
        lastHeartbeat = now
        self.screen.showStatus(status)
    }

    public var isReadOnly: Bool { !status.isEditable || heldElsewhere != nil }

    /// Editable here: a draft this desk holds.
    public var isEditableHere: Bool { status.isEditable && heldElsewhere == nil }
}

/// Which screen the shell shows.
public enum ShellMode: Sendable {
    case home(HomeScreen)
    case record(OpenRecord)
    /// Idle lock: nothing of the patient on screen.
    case locked
    /// Kiosk: the patient chooses the language before any question (`KioskLanguageChoice`).
    case choosingLanguage(KioskLanguageChoice)
}

/// Kiosk: the intake open when the idle lock came, and the step it was on.
struct IntakeBeforeLock: Sendable {
    var recordID: String
    var step: StepID
    /// What the lock could not save ('Not saved: what was typed in "Date of birth" could not be
    /// read'), said again when the intake comes back: never "nothing was lost" then.
    var notSaved: String?
}
