import IntakeStore
import Questionnaire

extension IntakeShell {
    /// Opens a draft where the clerk left off: on the step and field last edited (the last
    /// `answer` row of its audit trail), else on the Patient step. Like opening, a draft held by
    /// another desk is taken over only after asking.
    mutating func beginResuming(_ recordID: String) {
        resumingRecordID = recordID
        beginOpening(recordID, step: .patient)
    }
}
