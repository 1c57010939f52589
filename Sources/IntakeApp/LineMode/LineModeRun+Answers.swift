import Catalog
import Foundation
import IntakeModel
import Questionnaire

extension LineModeRun {
    /// Turns a typed line into the session action for the item's type and applies it. Returns a
    /// message of its own only where the session has none (a yes/no question answered otherwise);
    /// every other problem is the session's message, left in `session.errors`.
    mutating func answer(_ line: String, item: QuestionItem, at address: ItemAddress) throws -> String? {
        switch item.type {
        case .boolean:
            guard let word = yesNoUnknown(line) else {
                return strings(.lineModeMessageBoolean, ["field": item.caption(session.language)])
            }
            try apply(.setAnswer(address, word == .unknown ? nil : .boolean(word == .yes)))
        case .choice:
            try apply(.setAnswer(address, .code(optionCode(line, item: item) ?? line)))
        case .multipleChoice:
            try apply(.setAnswer(address, .codes(optionCodes(line, item: item))))
        case .quantity:
            let (number, unit) = splitQuantity(line, item: item, current: session.value(at: address))
            try apply(.enterQuantity(address, number, unit: unit))
        default:
            try apply(.enterText(address, line))
        }
        return nil
    }

    enum YesNo { case yes, no, unknown }

    /// Yes, no or unknown typed as the whole word or its first letter, any case; nil otherwise.
    /// In a Spanish intake also "sí"/"si"/"s" and "no"/"n" (`InputConventions.yesNoWords`).
    func yesNoUnknown(_ line: String) -> YesNo? {
        let word = fold(line)
        let spanish = session.inputConventions.yesNoWords
        func matches(_ key: TextKey, _ more: [String]) -> Bool {
            ([strings(key)] + more).map(fold).contains { expected in word == expected || (word.count == 1 && expected.hasPrefix(word)) }
        }
        if matches(.lineModeWordYes, spanish.yes) { return .yes }
        if matches(.lineModeWordNo, spanish.no) { return .no }
        if matches(.lineModeWordUnknown, spanish.unknown) { return .unknown }
        return nil
    }

    /// An option by its number, its label or its code.
    func optionCode(_ text: String, item: QuestionItem) -> String? {
        let wanted = fold(text)
        if let number = Int(wanted), item.options.indices.contains(number - 1) { return item.options[number - 1].code }
        return item.options.first { option in
            fold(item.optionLabel(option.code, session.language)) == wanted || fold(option.code) == wanted
        }?.code
    }

    /// "1, 3" or "0" / "none" for none of these. The chosen codes in the item's option order; a part
    /// that names no option is passed on as typed so the session names the allowed ones.
    func optionCodes(_ line: String, item: QuestionItem) -> [String] {
        let parts = line.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count == 1, parts[0] == "0" || fold(parts[0]) == fold(strings(.lineModeWordNone)) { return [] }
        var chosen: Set<String> = []
        var unknown: [String] = []
        for part in parts {
            if let code = optionCode(part, item: item) { chosen.insert(code) } else { unknown.append(part) }
        }
        return item.options.map(\.code).filter(chosen.contains) + unknown
    }

    /// "72.5 kg" -> ("72.5", "kg"), read as the screens read a unit typed after the number
    /// (`IntakeSession.typedUnit`: "150 lbs", "98.6 °F"); without a unit, the unit of the current
    /// answer, else the usual one. A unit that matches none is passed on as typed so the session
    /// names the allowed.
    func splitQuantity(_ line: String, item: QuestionItem, current: AnswerValue?) -> (String, String) {
        if let typed = IntakeSession.typedUnit(in: line, item: item, language: session.language) { return (typed.number, typed.unit) }
        let numberPart = line.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" || $0 == "+" }
        let unitPart = line.dropFirst(numberPart.count).trimmingCharacters(in: .whitespaces)
        let number = numberPart.isEmpty ? line : String(numberPart)
        if unitPart.isEmpty {
            if case .quantity(_, let unit)? = current { return (number, unit) }
            return (number, item.units.first?.code ?? "")
        }
        return (number, unitPart)
    }

    func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    // MARK: Suggestions and entries

    /// A typed name the vocabulary does not know: the known names starting like it, one of which
    /// may be picked by number. Returns an ending only when input ends.
    mutating func offerSuggestions(_ typed: String, item: QuestionItem,
                                   at address: ItemAddress) throws -> AccessibleIntakeOutcome.Ending? {
        guard MedicationVocabulary.bundled.entry(named: typed) == nil, SpanishMedicationNames.canonical(typed) == nil else { return nil }
        let suggestions = item.suggestions(forPrefix: typed, includingSpanish: session.inputConventions.findsSpanishMedicationNames)
        guard !suggestions.isEmpty else { return nil }
        say(strings(.lineModeSuggestions))
        for (index, name) in suggestions.enumerated() { say(strings(.lineModeFormatOption, ["number": String(index + 1), "option": name])) }
        say(strings(.lineModeSuggestionsPick))
        switch read(.pickSuggestion(address, suggestions: suggestions), commands: false) {
        case .end: return try hangUp()
        case .answer(let line):
            if let number = Int(line), suggestions.indices.contains(number - 1) {
                try apply(.enterText(address, suggestions[number - 1]))
            }
        case .command: break
        }
        return nil
    }

    /// "Add a medication?" after a repeating group's entries.
    mutating func askAddEntry(_ group: String) throws -> AccessibleIntakeOutcome.Ending? {
        guard let item = definition.item(linkId: group) else { addPrompt = nil; return nil }
        let existing = item.entries?.count(in: session.record) ?? 0
        let key = (existing == 0 ? "addEntry." : "addAnother.") + group
        say(strings.optional(key) ?? strings(existing == 0 ? .lineModeAddEntry : .lineModeAddAnother, ["list": item.caption(session.language)]))
        switch read(.addEntry(group: group, existing: existing)) {
        case .end: return try hangUp()
        case .command(.help):
            sayHelp(for: ItemAddress(group))
        case .command(let command): return try perform(command, at: nil)
        case .answer(let line):
            switch line.isEmpty ? .no : yesNoUnknown(line) {
            case .yes?:
                addPrompt = nil
                movingBack = false
                try apply(.addEntry(group: group))
            case .no?, .unknown?:
                try moveForward(from: .add(group))
            case nil:
                say(strings(.lineModeMessageYesNo))
            }
        }
        return nil
    }
}
