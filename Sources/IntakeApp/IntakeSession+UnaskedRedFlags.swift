import Assessment
import Catalog
import IntakeModel
import IntakeReport
import Questionnaire

/// Finishing with red-flag questions unanswered (format spec section 6.1, urgency `not-screened`).
/// F10 first asks, naming the questions; the person either goes back to answer them or finishes
/// and leaves them for staff. A patient who is not sure leaves them: the record stays
/// `not-screened` and the summary lists the questions staff must still ask.
extension IntakeSession {
    /// The red-flag questions this person can answer on screen (staff-only ones are hidden in the
    /// kiosk) that are still unanswered, in the questionnaire's order.
    public var unaskedShownRedFlags: [RedFlagQuestion] {
        let shown = Set(fields(in: .redFlags).map(\.linkId))
        return assessment.unaskedRedFlagQuestions.filter { shown.contains(IntakeSession.linkId(of: $0)) }
    }

    static func linkId(of question: RedFlagQuestion) -> String { "redFlags." + question.rawValue }

    /// Called by `finish()` once nothing blocks it: true when the question must be asked first.
    mutating func asksBeforeFinishing() -> Bool {
        guard finishCheck == nil else { return false }
        let unasked = unaskedShownRedFlags
        guard !unasked.isEmpty else { return false }
        finishCheck = unasked
        return true
    }

    /// "Answer them now": closes the question and puts the cursor on the first unanswered one.
    mutating func answerUnaskedRedFlags() -> [SessionEffect] {
        guard let first = finishCheck?.first else { return [] }
        finishCheck = nil
        let effects = open(.redFlags, validating: false)
        if let address = fields(in: .redFlags).first(where: { $0.linkId == IntakeSession.linkId(of: first) }) {
            return effects + moveFocus(to: address, validating: false)
        }
        return effects
    }

    /// "Finish and leave them for staff".
    mutating func finishLeavingRedFlagsUnasked() -> [SessionEffect] {
        guard finishCheck != nil else { return [] }
        let effects = finish()
        finishCheck = nil
        return effects
    }

    /// The question, in the person's words: the count, the questions, what finishing means.
    public func finishCheckText() -> QuestionsBoxText? {
        guard let unasked = finishCheck else { return nil }
        let kiosk = mode == .kiosk
        return QuestionsBoxText(lists: [redFlagList(unasked)],
                                advice: kiosk ? IntakeSessionStrings.text("finish-check.kiosk-advice", language)
                                    : Catalog(language)(.sessionFinishCheckAdvice, ["urgency": urgencyIfFinished]),
                                language: language)
    }

    /// The urgency finishing now records, in words: "Red-flag screen not done (2 of 15 questions not
    /// asked)", or the tier that already fired with the questions still to ask.
    var urgencyIfFinished: String {
        ReportText(language: language).urgency(assessment.urgency, unasked: assessment.unaskedRedFlagQuestions.count)
    }

    /// Every line of the question, nothing left out.
    public func finishCheckLines() -> [String] { finishCheckText()?.allLines ?? [] }

    /// The red-flag questions this person can still answer, as a list for a box (nil: none).
    func unaskedRedFlagList() -> QuestionsBoxText.QuestionList? {
        let unasked = unaskedShownRedFlags
        return unasked.isEmpty ? nil : redFlagList(unasked)
    }

    private func redFlagList(_ unasked: [RedFlagQuestion]) -> QuestionsBoxText.QuestionList {
        let text = AssessmentText(language: language)
        return QuestionsBoxText.QuestionList(title: fill(mode == .kiosk ? "finish-check.kiosk-title" : "finish-check.title",
                                                         count: unasked.count),
                                             questions: unasked.map(text.question))
    }

    private func fill(_ key: String, count: Int) -> String {
        IntakeSessionStrings.text(key, language)
            .replacingOccurrences(of: "{count}", with: String(count))
            .replacingOccurrences(of: "{questions}", with: count == 1 ? Catalog(language)(.sessionFinishCheckOne)
                                    : Catalog(language)(.sessionFinishCheckMany))
    }
}
