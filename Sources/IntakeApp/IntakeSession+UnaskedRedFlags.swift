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

    /// The questions outside the red-flag step that the red-flag rules read (format spec 6.1):
    /// cancer or an aortic aneurysm among the conditions (RF-MAL, RF-MSCC, RF-AAA), night pain
    /// (RF-MAL), how, with what and when the pain began (RF-FX, RF-AAA), pain or numbness down a
    /// leg (RF-MSCC with cancer; both legs, RF-CES), the age (RF-FX). Each group is one question
    /// to ask (a date or a count of days). Unanswered, a rule reads it as "no", so the urgency can
    /// be ROUTINE with cancer never asked, or URGENT where a leg answer makes it EMERGENCY (cold
    /// trials).
    static let redFlagRuleInputs: [[String]] = [
        ["patient.birthDate", "patient.age"], ["history.conditions"], ["symptoms.startDate", "symptoms.daysAgo"],
        ["symptoms.onset"], ["symptoms.trigger"], ["symptoms.radiation"], ["symptoms.numbness"], ["symptoms.nightPain"],
    ]

    /// The first shown question of each group of `redFlagRuleInputs` that has no answer, in that
    /// order (nothing in a group this person is not shown). None at the kiosk: the patient's
    /// F10 names the red-flag questions only, and staff finishing the intake are asked these.
    public var unansweredRedFlagRuleInputs: [ItemAddress] {
        guard mode != .kiosk else { return [] }
        return Self.redFlagRuleInputs.compactMap { group in
            let addresses = group.map { ItemAddress($0) }
            guard !addresses.contains(where: { definition.value(at: $0, in: record) != nil }),
                  let step = definition.step(ofItem: group[0]) else { return nil }
            return addresses.first { fields(in: step).contains($0) }
        }
    }

    /// Called by `finish()` once nothing blocks it: true when the question must be asked first.
    mutating func asksBeforeFinishing() -> Bool {
        guard finishCheck == nil else { return false }
        let unasked = unaskedShownRedFlags
        guard !unasked.isEmpty || !unansweredRedFlagRuleInputs.isEmpty else { return false }
        finishCheck = unasked
        return true
    }

    /// "Answer them now": closes the question and puts the cursor on the first unanswered one (a
    /// red-flag question first).
    mutating func answerUnaskedRedFlags() -> [SessionEffect] {
        guard let unasked = finishCheck else { return [] }
        finishCheck = nil
        if let first = unasked.first {
            let effects = open(.redFlags, validating: false)
            if let address = fields(in: .redFlags).first(where: { $0.linkId == IntakeSession.linkId(of: first) }) {
                return effects + moveFocus(to: address, validating: false)
            }
            return effects
        }
        guard let address = unansweredRedFlagRuleInputs.first, let step = definition.step(ofItem: address.linkId) else { return [] }
        return open(step, validating: false) + moveFocus(to: address, validating: false)
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
        var lists = unasked.isEmpty ? [] : [redFlagList(unasked)]
        let others = unansweredRedFlagRuleInputs.compactMap { definition.item(linkId: $0.linkId)?.caption(language) }
        if !others.isEmpty { lists.append(QuestionsBoxText.QuestionList(title: Catalog(language)(.sessionFinishCheckRuleInputs), questions: others)) }
        return QuestionsBoxText(lists: lists,
                                advice: kiosk ? IntakeSessionStrings.text("finish-check.kiosk-advice", language)
                                    : Catalog(language)(unasked.isEmpty ? .sessionFinishCheckAdviceRuleInputs : .sessionFinishCheckAdvice,
                                                        ["urgency": urgencyIfFinished]),
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
