import IntakeModel
import Questionnaire

/// Everything a user (or a pilot test) can do to an intake session. The screens turn keys into
/// these; `IntakeSession.apply(_:)` is the only place the session changes.
public enum SessionAction: Hashable, Sendable {
    /// Sets an answer through the item's binding (nil = unknown / clear). Used by choice, yes/no and
    /// multiple-choice widgets, and by tests.
    case setAnswer(ItemAddress, AnswerValue?)
    /// "Unknown" on a yes/no question: the record leaves it out (for a red-flag question it stays one
    /// staff must still ask), and the screen keeps showing the choice.
    case answerUnknown(ItemAddress)
    /// Text typed into a text, date, number or open-choice field; parsed by the item's type. Text
    /// that does not parse is kept as typed, with a message.
    case enterText(ItemAddress, String)
    /// A number typed with its unit chosen, for quantity fields ("64", unit "in").
    case enterQuantity(ItemAddress, String, unit: String)
    /// Moves the cursor to an item (validates the field being left).
    case focus(ItemAddress)
    /// The next field (validates the field being left); past the last, the next step. Line mode.
    case nextField
    /// The previous field (never validates); before the first, the last of the previous step.
    case previousField
    /// The screens: the next field or list heading (`IntakeSession.stops(in:)`), validating the
    /// field being left. Past the last, the next step only when `leavingStep` (Tab, Enter); Down
    /// never leaves the step, so no answer lands on a field the person has not seen.
    case nextStop(leavingStep: Bool)
    /// The screens: the previous field or list heading (never validates). Before the first, the
    /// last stop of the previous step only when `leavingStep` (Shift-Tab); Up stays.
    case previousStop(leavingStep: Bool)
    /// PgDn / Ctrl-N (validates the field being left).
    case nextStep
    /// PgUp / Ctrl-P (never validates).
    case previousStep
    /// Opens a step by name (`--screen NAME`, the side list).
    case goToStep(StepID)
    /// Skips the current step when it is skippable (STarT Back); its answers are removed.
    case skipStep
    /// Adds an entry to a repeating group (a medication) and focuses its first field.
    case addEntry(group: String)
    /// Removes entry `index` of a repeating group.
    case removeEntry(group: String, index: Int)
    /// Ctrl-F: jumps to the first field after the cursor whose caption contains this text
    /// (case and accents ignored), in the manner of ScreenMan's `^caption`.
    case jump(caption: String)
    /// A staff member acknowledges the pending emergency alert; the name is recorded.
    case acknowledgeAlert(staffName: String)
    /// Esc on the alert: a patient cannot dismiss it; does nothing.
    case dismissAlert
    /// F2 / Ctrl-S.
    case save
    /// F5 on the summary.
    case print
    /// F10 / Ctrl-X: jumps to the first error, else completes the intake. With red-flag questions
    /// unanswered it first asks (`finishCheck`); F10 again finishes leaving them for staff.
    case finish
    /// On that question: go back and answer the first unanswered red-flag question.
    case answerUnaskedRedFlags
    /// Leave the session (the shell saves the draft first).
    case exit
}
