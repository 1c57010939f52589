import IntakeModel
import Questionnaire

extension IntakeSession {
    /// The validator's problems for the current record, mapped from JSON Pointers to fields (the
    /// first message per field).
    func problemsByField() -> (errors: [ItemAddress: String], warnings: [ItemAddress: String]) {
        let check = validation
        func map(_ problems: [Problem]) -> [ItemAddress: String] {
            var result: [ItemAddress: String] = [:]
            for problem in problems {
                let pointer = IntakeSession.fieldForObjectProblem[problem.path] ?? problem.path
                guard let address = fieldPointers.address(forPointer: pointer) ?? allFields.first,
                      result[address] == nil, let item = definition.item(linkId: address.linkId) else { continue }
                if let message = dateProblemMessage(problem, item: item, at: address) {
                    result[address] = message
                } else if problem.code == .required, item.required, value(at: address) == nil {
                    // a required question left empty (or its whole section, `/body`) says so as the
                    // screens do everywhere
                    result[address] = fill("message.required", item)
                } else {
                    result[address] = "\(item.caption(language)): \(problem.message)"
                }
            }
            return result
        }
        return (map(check.errors), map(check.warnings).merging(unspokenLanguageWarning()) { validator, _ in validator })
    }

    /// A problem about a whole object ("give the age or the date of birth", BMI from height and weight)
    /// is shown at the field it is about, not at the object's first field (the patient's name).
    static let fieldForObjectProblem: [String: String] = [
        "/patient": "/patient/birthDate",
        "/symptoms": "/symptoms/startDate",
        "/body": "/body/weight",
        "/boneDensity": "/boneDensity/lowestTScore",
        "/history": "/history/menopause/status",
    ]

    /// Leaving a field shows its error (or clears it); messages already shown elsewhere are brought
    /// up to date, and no new ones appear on fields the user has not left.
    mutating func validateField(_ address: ItemAddress) {
        let found = problemsByField()
        for shown in Array(errors.keys) where pendingText[shown] == nil {
            errors[shown] = found.errors[shown] ?? stillNeeded(shown)
        }
        for shown in Array(warnings.keys) { warnings[shown] = found.warnings[shown] }
        if pendingText[address] == nil {
            errors[address] = found.errors[address] ?? (errors[address] != nil ? stillNeeded(address) : nil)
        }
        warnings[address] = found.warnings[address]
    }

    /// "Height now: an answer is needed." while a required question shown with that message is
    /// still empty: the validator alone does not say it (it reports the missing `/body` once).
    private func stillNeeded(_ address: ItemAddress) -> String? {
        guard let item = definition.item(linkId: address.linkId), item.required, value(at: address) == nil,
              allFields.contains(address) else { return nil }
        return fill("message.required", item)
    }

    /// Finishing: every problem is shown and the cursor jumps to the first; with none, the intake is
    /// complete and the summary opens.
    mutating func finish() -> [SessionEffect] {
        let found = problemsByField()
        let shown = Set(allFields)
        var all: [ItemAddress: String] = [:]
        for step in StepID.allCases where !skippedSteps.contains(step) {
            for address in missingRequired(in: step) {
                if let item = definition.item(linkId: address.linkId) { all[address] = fill("message.required", item) }
            }
        }
        for (address, message) in found.errors where shown.contains(address) && all[address] == nil {
            all[address] = message
        }
        for (address, message) in errors where pendingText[address] != nil { all[address] = message }
        errors = all
        warnings = found.warnings.filter { shown.contains($0.key) }
        if offersHandOver(all) { return [.audit(.finishBlocked(errorCount: all.count))] }
        if let first = allFields.first(where: { all[$0] != nil }) {
            _ = moveFocus(to: first, validating: false)
            return [.audit(.finishBlocked(errorCount: all.count))]
        }
        if asksBeforeFinishing() { return [] }
        isCompleted = true
        currentStep = .summary
        visitedSteps.insert(.summary)
        focus = nil
        return [.finish(record), .audit(.finished)]
    }
}
