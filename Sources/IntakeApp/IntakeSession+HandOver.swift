import Catalog
import IntakeModel
import Questionnaire

/// A patient at the kiosk who cannot answer a required question (their height, say) is never
/// stuck: F10 names what is still open and offers to leave it for staff. The record stays a draft
/// (not completed) for the front desk to finish with them; the kiosk is ready for the next patient.
extension IntakeSession {
    /// Called by `finish()` in kiosk mode when answers are missing or unreadable: true when the
    /// patient is asked (the first time); the second F10 hands the draft over.
    mutating func offersHandOver(_ problems: [ItemAddress: String]) -> Bool {
        guard mode == .kiosk, !problems.isEmpty, handOver == nil else { return false }
        handOver = allFields.filter { problems[$0] != nil }.compactMap { definition.item(linkId: $0.linkId)?.caption(language) }
        return true
    }

    /// The question while it is open: Enter goes to the first open answer, F10 leaves them for staff.
    mutating func applyWhileHandOverAsked(_ action: SessionAction) -> [SessionEffect] {
        switch action {
        case .finish:
            handOver = nil
            return [.saveNow, .handOver]
        case .answerUnaskedRedFlags:
            handOver = nil
            guard let first = allFields.first(where: { errors[$0] != nil }) else { return [] }
            return moveFocus(to: first, validating: false)
        case .save: return [.saveNow]
        case .exit:
            handOver = nil
            return [.saveNow, .exit]
        default: return []
        }
    }

    /// "2 questions still need an answer", the questions, and what leaving them means.
    public func handOverLines() -> [String] {
        guard let open = handOver else { return [] }
        let title = IntakeSessionStrings.text(open.count == 1 ? "hand-over.title-one" : "hand-over.title", language)
            .replacingOccurrences(of: "{count}", with: String(open.count))
        return [title] + open.map { "- " + $0 } + [Catalog(language)(.sessionHandOverAdvice)]
    }
}
