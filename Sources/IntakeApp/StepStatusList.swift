import IntakeModel
import Questionnaire

/// The status of every step for the side list, worked out in one walk over the shown fields
/// instead of one walk per step. It follows `IntakeSession.status(of:)` rule for rule (a test
/// checks they agree).
enum StepStatusList {
    static func statuses(of session: IntakeSession) -> [StepID: StepStatus] {
        let definition = session.definition
        var answered = Set<StepID>(), missing = Set<StepID>(), withErrors = Set<StepID>()
        for address in session.errors.keys {
            if let step = definition.step(ofItem: address.linkId) { withErrors.insert(step) }
        }
        for address in session.allFields {
            guard let step = definition.step(ofItem: address.linkId) else { continue }
            let value = session.value(at: address)
            if value != nil { answered.insert(step) }
            if value == nil, session.pendingText[address] == nil,
               definition.item(linkId: address.linkId)?.required == true {
                missing.insert(step)
            }
        }
        var result: [StepID: StepStatus] = [:]
        for step in StepID.allCases {
            if session.skippedSteps.contains(step) {
                result[step] = .skipped
            } else if step == .summary {
                result[step] = session.isCompleted ? .complete : .incomplete
            } else if withErrors.contains(step) {
                result[step] = .hasErrors
            } else if step == .redFlags && !session.assessment.unaskedRedFlagQuestions.isEmpty {
                result[step] = .incomplete  // never ticked while a red-flag question is unasked
            } else if !session.visitedSteps.contains(step) && !answered.contains(step) {
                result[step] = .incomplete
            } else {
                result[step] = missing.contains(step) ? .incomplete : .complete
            }
        }
        return result
    }
}
