import Catalog
import Foundation
import IntakeModel
import Questionnaire

extension IntakeSession {
    /// Every answerable field of every step for this record and mode, in questionnaire order.
    public var allFields: [ItemAddress] { shown.allAnswerable }

    mutating func moveFocus(to address: ItemAddress, validating: Bool) -> [SessionEffect] {
        guard definition.isEnabled(address, in: record), let step = definition.step(ofItem: address.linkId) else { return [] }
        if validating, let left = focus, left != address { validateField(left) }
        currentStep = step
        visitedSteps.insert(step)
        focus = address
        return []
    }

    /// The next field of the step (with `headings`, or list heading); past the last, the next
    /// step when `leavingStep`.
    mutating func nextField(headings: Bool = false, leavingStep: Bool = true) -> [SessionEffect] {
        let shown = headings ? stops(in: currentStep) : fields(in: currentStep)
        if let focus, let index = shown.firstIndex(of: focus), index + 1 < shown.count {
            return moveFocus(to: shown[index + 1], validating: true)
        }
        if focus == nil, let first = shown.first { return moveFocus(to: first, validating: false) }
        return leavingStep ? goToStep(offset: 1, validating: true) : []
    }

    /// The previous field of the step (with `headings`, or list heading); before the first, the
    /// last of the previous step when `leavingStep`.
    mutating func previousField(headings: Bool = false, leavingStep: Bool = true) -> [SessionEffect] {
        let shown = headings ? stops(in: currentStep) : fields(in: currentStep)
        if let focus, let index = shown.firstIndex(of: focus), index > 0 {
            return moveFocus(to: shown[index - 1], validating: false)
        }
        guard leavingStep, let position = StepID.allCases.firstIndex(of: currentStep), position > 0 else { return [] }
        let effects = open(StepID.allCases[position - 1], validating: false)
        if let last = (headings ? stops(in: currentStep) : fields(in: currentStep)).last { focus = last }
        return effects
    }

    mutating func goToStep(offset: Int, validating: Bool) -> [SessionEffect] {
        guard let position = StepID.allCases.firstIndex(of: currentStep) else { return [] }
        let target = min(max(position + offset, 0), StepID.allCases.count - 1)
        guard target != position else { return [] }
        return open(StepID.allCases[target], validating: validating)
    }

    /// Opens a step on its first field. Going back never validates; going forward validates the
    /// field being left.
    mutating func open(_ step: StepID, validating: Bool) -> [SessionEffect] {
        if validating, let left = focus { validateField(left) }
        currentStep = step
        visitedSteps.insert(step)
        focus = fields(in: step).first
        return []
    }

    /// Jumps to the next field (after the cursor, wrapping around) whose caption contains `query`,
    /// ignoring case and accents.
    mutating func jump(toCaption query: String) -> [SessionEffect] {
        let wanted = IntakeSession.fold(IntakeSession.cleanText(query))
        guard !wanted.isEmpty else { return [] }
        let candidates = allFields
        let start = focus.flatMap { candidates.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let ordered = Array(candidates[min(start, candidates.count)...]) + Array(candidates[..<min(start, candidates.count)])
        func caption(_ address: ItemAddress) -> String {
            definition.item(linkId: address.linkId).map { IntakeSession.fold($0.caption(language)) } ?? ""
        }
        let matches = ordered.filter { caption($0).contains(wanted) }
        // a caption that starts with the words is the one meant ("Weight" is "Weight now", not
        // "Losing weight without trying"); from a match, the same words go on to the next one
        let onAMatch = focus.map { caption($0).contains(wanted) } ?? false
        guard let match = (onAMatch ? nil : matches.first { caption($0).hasPrefix(wanted) }) ?? matches.first else {
            notice = PlaceholderText.fill(Catalog(language)(.sessionMessageNoMatch), named: ["query": query])
            return []
        }
        return moveFocus(to: match, validating: true)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
