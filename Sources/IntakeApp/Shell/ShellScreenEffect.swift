import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI

/// What a record screen asks the shell to do after a key. Values only; the shell performs them
/// at the edge (store, printer, audit trail).
public enum ShellScreenEffect: Hashable, Sendable {
    /// An answered field was left: commit it (`change` names the linkId or record path, the old
    /// and the new value); the screen's `record` already holds the new answer.
    case commit(FieldChange)
    /// F2 / Ctrl-S.
    case saveNow
    /// F5 / Esc 5 on the summary.
    case print
    /// F10 / Ctrl-X with no error left: mark the record completed.
    case finish
    /// Kiosk: the patient left open answers for staff; keep the draft and ready the next patient.
    case handOver
    /// A staff member acknowledged an emergency alert (rule IDs, the signed-in staff member's name).
    case alertAcknowledged(rules: [String], staffName: String)
    /// An emergency alert is on screen (rule IDs): audited each time it is shown.
    case alertShown(rules: [String])
    /// Enter on the alert: a member of staff signs in to acknowledge it.
    case staffNeededForAlert
    /// Leave the record (the shell saves first and returns to the home screen).
    case leave
}

/// The shape of a record screen as the shell drives it: a value with a reducer and a pure
/// render. The intake screens (`IntakeScreen`) conform (IntakeScreen+Shell.swift).
public protocol ShellRecordScreen: Sendable {
    /// The record as currently answered on screen.
    var record: IntakeRecord { get }
    /// The step shown now.
    var step: StepID { get }
    /// One key. `.hangUp` means the shell is closing the record (hang-up, idle lock, leaving):
    /// commit the field being typed and return its `.commit`.
    mutating func respond(to key: Key) -> [ShellScreenEffect]
    func render(size: Size) -> Screen
    /// An emergency alert waits for a member of staff.
    var hasPendingAlert: Bool { get }
    /// The captions of fields whose typed text could not be read and so is not saved (a half-typed
    /// date of birth): said when the record is closed, never silently lost.
    var unreadableFields: [String] { get }
    /// The signed-in staff member acknowledges the alert on screen.
    mutating func acknowledgeAlert(staffName: String) -> [ShellScreenEffect]
    /// On opening: shows the alert again for every emergency rule firing that the audit trail
    /// has no acknowledgement of (`acknowledgedRules`: rule IDs).
    mutating func showUnacknowledgedAlert(acknowledgedRules: Set<String>) -> [ShellScreenEffect]
    /// Help, an alert or a question is over the screen: Esc is the screen's, to close it.
    var isShowingOverlay: Bool { get }
    /// Esc now only changes the screen (closes help or the jump line, puts a field back): the
    /// shell lets it act at once and takes it back when a digit follows (Esc 2 = F2).
    var escapeCanBeTakenBack: Bool { get }
    /// The stored record's status, told whenever it changes (finished, signed, amended), so the
    /// screen offers only the keys that work (no F10 Finish on a signed record).
    mutating func showStatus(_ status: RecordStatus)
    /// On resuming a draft: moves to the field the audit trail names ("patient.birthDate",
    /// "medications.route[2]"), on its step. False when that field is not shown (left as is).
    mutating func focus(onField field: String) -> Bool
    /// The caption of a field as the screen names it (`field`: a `FieldChange.field`), for
    /// telling staff which answers were not saved; nil when the screen has no such field.
    func caption(ofField field: String) -> String?
    /// The answer of `field` (a `FieldChange.field`) in `record`, as the audit writes it:
    /// `.some(nil)` when it is unanswered, nil when this screen cannot address the field on its
    /// own (an entry added or removed): such a change is saved with the whole record.
    func answerText(ofField field: String, in record: IntakeRecord) -> String??
    /// `record` (the stored one) with this screen's answer of `field` put in, through the
    /// questionnaire binding, and nothing else changed; nil when the screen cannot.
    func putting(_ field: String, onto record: IntakeRecord) -> IntakeRecord?
    /// The list (repeating group) `field` is part of: an entry added or removed, or a field of
    /// an entry. Such changes merge as the whole list, since entries are matched by position and
    /// another desk's additions and removals shift them. Nil outside a list.
    func list(ofField field: String) -> ShellList?
    /// Shows `record` (another desk's answers merged in) in place of the screen's, keeping the
    /// step and the field being typed. Returns what that raised (an emergency alert their answers fire).
    @discardableResult
    mutating func adopt(_ record: IntakeRecord) -> [ShellScreenEffect]
    /// The language of the words on screen now (a Spanish patient's steps); nil for the clinic's.
    /// The shell's messages and boxes over the screen (saved, conflict, sign-in) follow it.
    var wordsLanguage: Language? { get }
}

extension ShellRecordScreen {
    public var escapeCanBeTakenBack: Bool { false }
    public var wordsLanguage: Language? { nil }
    public func caption(ofField field: String) -> String? { nil }
    public func answerText(ofField field: String, in record: IntakeRecord) -> String?? { nil }
    public func putting(_ field: String, onto record: IntakeRecord) -> IntakeRecord? { nil }
    public func list(ofField field: String) -> ShellList? { nil }
    @discardableResult
    public mutating func adopt(_ record: IntakeRecord) -> [ShellScreenEffect] { [] }
}

extension ShellRecordScreen {
    public var isShowingOverlay: Bool { false }
    public mutating func showStatus(_ status: RecordStatus) {}
    public mutating func focus(onField field: String) -> Bool { false }
}

/// Builds the screen for a record: the record, the step to open on, and whether the patient
/// fills it in alone (kiosk: staff items hidden).
public typealias ShellScreenFactory = @Sendable (_ record: IntakeRecord, _ step: StepID, _ kiosk: Bool) -> any ShellRecordScreen

/// A list of the record (the medicines, the broken bones) as the shell merges two desks' changes
/// to it: compared and copied whole, shown in words.
public struct ShellList: Sendable {
    /// The group's linkId: changes with the same one are in the same list.
    public var id: String
    public var caption: String
    public var same: @Sendable (IntakeRecord, IntakeRecord) -> Bool
    /// The second record with the first's entries in place of its own.
    public var copying: @Sendable (IntakeRecord, IntakeRecord) -> IntakeRecord
    public var words: @Sendable (IntakeRecord) -> String

    public init(id: String, caption: String, same: @escaping @Sendable (IntakeRecord, IntakeRecord) -> Bool,
                copying: @escaping @Sendable (IntakeRecord, IntakeRecord) -> IntakeRecord,
                words: @escaping @Sendable (IntakeRecord) -> String) {
        self.id = id
        self.caption = caption
        self.same = same
        self.copying = copying
        self.words = words
    }
}
