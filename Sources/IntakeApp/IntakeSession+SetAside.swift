import IntakeModel
import Questionnaire

/// Answers of questions that stop applying (menopause questions when Sex changes to male) leave
/// the record, as the format wants, but are not lost: they are kept aside in the session and come
/// back if the question applies again (Sex changed back). The status line says so, naming the
/// answer that hid them.
extension IntakeSession {
    mutating func setAside(_ dropped: [DroppedAnswer], because item: QuestionItem) -> [SessionEffect] {
        guard !dropped.isEmpty else { return [] }
        for drop in dropped { setAsideAnswers[drop.address] = drop.oldValue }
        notice = IntakeSessionStrings.text(dropped.count == 1 ? "message.set-aside-one" : "message.set-aside", language)
            .replacingOccurrences(of: "{count}", with: String(dropped.count))
            .replacingOccurrences(of: "{field}", with: item.caption(language))
        return []
    }

    /// Puts back every answer kept aside whose question is shown again and still unanswered (in
    /// rounds: a restored answer can show a question that depends on it, as menopause age does).
    mutating func restoreSetAsideAnswers() -> [SessionEffect] {
        var effects: [SessionEffect] = []
        var restored = 0
        var progress = true
        while progress {
            progress = false
            for (address, value) in setAsideAnswers.sorted(by: { $0.key.description < $1.key.description }) {
                guard let step = definition.step(ofItem: address.linkId), visibleItems(in: step).contains(address),
                      self.value(at: address) == nil else { continue }
                var updated = record
                guard (try? definition.set(value, at: address, in: &updated)) != nil else { continue }
                record = updated
                setAsideAnswers[address] = nil
                restored += 1
                progress = true
                let pointer = definition.item(linkId: address.linkId)?.binding?.pointer(instance: address.instance) ?? ""
                effects.append(.saveAnswer(AnswerChange(address: address, pointer: pointer, oldValue: nil, newValue: value)))
            }
        }
        if restored > 0 {
            notice = IntakeSessionStrings.text(restored == 1 ? "message.restored-one" : "message.restored", language)
                .replacingOccurrences(of: "{count}", with: String(restored))
        }
        return effects
    }
}
