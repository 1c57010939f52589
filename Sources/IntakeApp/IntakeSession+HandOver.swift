import Catalog
import IntakeModel
import Questionnaire

/// A patient at the kiosk who cannot answer a required question (their height, say) is never
/// stuck: F10 names what is still open (the red-flag questions first) and offers to leave it for
/// staff. The record stays a draft (not completed) for the front desk to finish with them; the
/// kiosk is ready for the next patient.
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
            // the box named the red-flag questions first: Enter goes to the first of them
            handOver = nil
            let firstRedFlag = unaskedShownRedFlags.first.flatMap { question in
                fields(in: .redFlags).first { $0.linkId == IntakeSession.linkId(of: question) }
            }
            guard let first = firstRedFlag ?? allFields.first(where: { errors[$0] != nil }) else { return [] }
            return moveFocus(to: first, validating: false)
        case .save: return [.saveNow]
        case .exit:
            handOver = nil
            return [.saveNow, .exit]
        default: return []
        }
    }

    /// The red-flag questions not answered yet first (they decide the urgency), then "2 other
    /// questions still need an answer" with those questions, and what leaving them means.
    public func handOverText() -> QuestionsBoxText? {
        guard let open = handOver else { return nil }
        var lists: [QuestionsBoxText.QuestionList] = []
        if let redFlags = unaskedRedFlagList() { lists.append(redFlags) }
        let key = switch (lists.isEmpty, open.count == 1) {
        case (true, true): "hand-over.title-one"
        case (true, false): "hand-over.title"
        case (false, true): "hand-over.also-title-one"
        case (false, false): "hand-over.also-title"
        }
        let title = IntakeSessionStrings.text(key, language).replacingOccurrences(of: "{count}", with: String(open.count))
        lists.append(QuestionsBoxText.QuestionList(title: title, questions: open))
        return QuestionsBoxText(lists: lists, advice: Catalog(language)(.sessionHandOverAdvice), language: language)
    }

    /// Every line of the hand-over question, nothing left out.
    public func handOverLines() -> [String] { handOverText()?.allLines ?? [] }
}
