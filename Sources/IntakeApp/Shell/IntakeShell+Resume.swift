import IntakeStore
import Questionnaire

extension IntakeShell {
    /// Opens a draft where the clerk left off: on the step and field last edited (the last
    /// `answer` row of its audit trail), else on the Patient step. Like `open`, a draft held by
    /// another desk is taken over only after asking.
    public mutating func resume(_ recordID: String) {
        resumingRecordID = recordID
        open(recordID, step: .patient)
        if prompt == nil { resumingRecordID = nil }
    }

    /// Focuses the latest edited field the screen still shows (an answer set aside, or a removed
    /// entry, is skipped); nothing found leaves the screen on its step.
    func focusLastEdited(_ screen: inout any ShellRecordScreen, recordID: String) {
        guard let fields = try? services.store.fieldsLastEdited(recordID) else { return }
        for field in fields.prefix(20) where screen.focus(onField: field) { return }
    }
}
