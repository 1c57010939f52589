import Assessment
import IntakeModel
import Questionnaire

/// What the app shell must do after an action: save, audit, print, finish, exit. Values only; the
/// session never performs them.
public enum SessionEffect: Hashable, Sendable {
    /// One answer changed: store it (draft) and write the field-level audit row.
    case saveAnswer(AnswerChange)
    /// An entry was added to or removed from a repeating group.
    case entryAdded(group: String, index: Int)
    case entryRemoved(group: String, index: Int)
    /// A non-answer event for the audit trail.
    case audit(SessionAuditEvent)
    /// An emergency alert appeared: show the modal now.
    case showAlert(EmergencyAlert)
    /// A staff member acknowledged an emergency alert.
    case alertAcknowledged(EmergencyAlert, staffName: String)
    /// Enter on the alert: a member of staff must sign in to acknowledge it (the shell asks).
    case alertNeedsStaff
    /// Save the draft now (F2).
    case saveNow
    /// Print the sheet of the current record.
    case print
    /// The intake is complete; store it as finished.
    case finish(IntakeRecord)
    /// Kiosk: the patient has answered what they can; the draft stays open for staff to finish.
    case handOver
    /// Leave the session.
    case exit
}

/// One changed answer: where (item, entry and record pointer), before and after.
public struct AnswerChange: Hashable, Sendable {
    public var address: ItemAddress
    /// JSON Pointer of the record field (`/medications/1/route`).
    public var pointer: String
    public var oldValue: AnswerValue?
    public var newValue: AnswerValue?
    /// True when the answer was removed because another answer hid its item.
    public var droppedAsHidden: Bool

    public init(address: ItemAddress, pointer: String, oldValue: AnswerValue?, newValue: AnswerValue?,
                droppedAsHidden: Bool = false) {
        self.address = address; self.pointer = pointer; self.oldValue = oldValue; self.newValue = newValue
        self.droppedAsHidden = droppedAsHidden
    }
}

/// Audit events other than answer changes. They carry item ids and rule ids, never patient data.
public enum SessionAuditEvent: Hashable, Sendable {
    case stepSkipped(StepID)
    case alertShown([RedFlagRule])
    case alertAcknowledged([RedFlagRule])
    case finished
    case finishBlocked(errorCount: Int)
    case printed
}

/// The emergency alert: the EMERGENCY rules that newly fired, with their reasons.
public struct EmergencyAlert: Hashable, Sendable {
    public var findings: [RedFlagFinding]
    public init(findings: [RedFlagFinding]) { self.findings = findings }
    public var rules: [RedFlagRule] { findings.map(\.rule) }
}
