import Foundation
import IntakeModel
import Questionnaire

extension LineModeRun {
    /// A place the questions stop at on a step: a field, or "Add a ...?" after a repeating group.
    enum Stop: Equatable {
        case field(ItemAddress)
        case add(String)
    }

    /// The stops of a step in order: its shown fields, and after each repeating group (after its
    /// last entry, or at once when it has none) the question whether to add an entry.
    func stops(in step: StepID) -> [Stop] {
        let answerable = Set(session.fields(in: step))
        var result: [Stop] = []
        var openGroup: String?
        for address in session.visibleItems(in: step) {
            if let group = openGroup, definition.repeatingGroup(of: address.linkId) != group {
                result.append(.add(group))
                openGroup = nil
            }
            if definition.item(linkId: address.linkId)?.type == .repeatingGroup { openGroup = address.linkId }
            if answerable.contains(address) { result.append(.field(address)) }
        }
        if let group = openGroup { result.append(.add(group)) }
        return result
    }

    /// Moves to the stop after `current` on this step, or to the next step after the last one.
    /// The session checks the field being left, as Tab does on the screens.
    mutating func moveForward(from current: Stop) throws {
        movingBack = false
        addPrompt = nil
        let all = stops(in: session.currentStep)
        guard let index = all.firstIndex(of: current) else { try apply(.nextField); return }
        switch index + 1 < all.count ? all[index + 1] : nil {
        case .field(let next)?: try apply(.focus(next))
        case .add(let group)?: addPrompt = group
        case nil: try apply(.nextStep)
        }
    }

    /// Leaves an answered (or kept) field. What the session finds when a field is left (an error
    /// involving other answers, a soft-limit warning) is said, as the screens show it next to the
    /// field, and the intake moves on: finishing comes back to any error still open.
    mutating func leave(_ address: ItemAddress) throws {
        try moveForward(from: .field(address))
        if let error = session.errors[address], session.pendingText[address] == nil { say(error) }
        if let warning = session.warnings[address] { say(warning) }
    }

    // MARK: Asking

    /// Asks the focused question once and acts on the line typed.
    mutating func ask(_ address: ItemAddress) throws -> AccessibleIntakeOutcome.Ending? {
        guard let item = definition.item(linkId: address.linkId) else { try apply(.nextField); return nil }
        sayHeadings(for: address, item: item)
        if let error = session.errors[address] { say(error) }
        say(questionLine(item, address))
        for line in formatLines(item) { say(line) }
        switch read(.question(address)) {
        case .end:
            return try hangUp()
        case .command(.help):
            sayHelp(for: address)
        case .command(.clear):
            try apply(.setAnswer(address, nil))
            if session.pendingAlert == nil, session.errors[address] == nil { try leave(address) }
        case .command(let command):
            return try perform(command, at: address)
        case .answer(let line) where line.isEmpty:
            if session.pendingText[address] != nil { return nil }
            if item.required, session.value(at: address) == nil {
                say(strings(.lineModeMessageRequired, ["field": item.caption(session.language)]))
                return nil
            }
            try leave(address)
        case .answer(let line):
            if let message = try answer(line, item: item, at: address) {
                say(message)
                return nil
            }
            if session.errors[address] != nil { return nil }
            if item.type == .date, let words = session.dateEcho(at: address) { say(strings(.lineModeDateRead, ["date": words])) }
            if session.pendingAlert != nil { advanceAfterAlert = address; return nil }
            if item.suggestions != nil, let ending = try offerSuggestions(line, item: item, at: address) { return ending }
            if session.pendingAlert != nil { advanceAfterAlert = address; return nil }
            try leave(address)
        }
        return nil
    }

    /// The group heading before a group's first question, and "Medicines: entry 2" before an
    /// entry's first question.
    mutating func sayHeadings(for address: ItemAddress, item: QuestionItem) {
        if let group = definition.parent(of: item.linkId), group.type == .group, spokenGroup != group.linkId {
            spokenGroup = group.linkId
            say(group.caption(session.language))
        }
        if let index = address.instance, let groupID = definition.repeatingGroup(of: item.linkId),
           let group = definition.item(linkId: groupID), group.items.first?.linkId == item.linkId {
            say(strings(.lineModeEntryHeading, ["list": group.caption(session.language), "number": String(index + 1)]))
        }
    }

    /// "Height (required) [now: 165 cm]".
    func questionLine(_ item: QuestionItem, _ address: ItemAddress) -> String {
        let caption = item.caption(session.language)
        var line = item.required ? strings(.lineModeQuestionRequired, ["caption": caption]) : strings(.lineModeQuestion, ["caption": caption])
        if let typed = session.pendingText[address] {
            line = strings(.lineModeQuestionPending, ["caption": line, "typed": typed])
        } else if let value = session.value(at: address) {
            line = strings(.lineModeQuestionCurrent, ["caption": line, "answer": describe(value, item: item)])
        }
        return line
    }

    /// The allowed answers: yes / no / unknown, numbered options, units, the date format.
    func formatLines(_ item: QuestionItem) -> [String] {
        let language = session.language
        let numbered = item.options.enumerated().map { strings(.lineModeFormatOption, ["number": String($0.offset + 1), "option": item.optionLabel($0.element.code, language)]) }
        switch item.type {
        case .boolean: return [strings(.lineModeFormatBoolean)]
        case .choice: return numbered + [strings(.lineModeFormatChoice)]
        case .multipleChoice: return numbered + [strings(.lineModeFormatChecklist)]
        case .date:
            let convention = session.inputConventions.datesTyped
            return [strings(convention == .yearMonthDay ? .lineModeFormatDate : .lineModeFormatDateIsoToo, ["pattern": convention.pattern(language), "example": convention.example])]
        case .integer, .scale:
            return [item.limit.map { strings(.lineModeFormatInteger, ["range": $0.hardRangeText(in: language)]) } ?? strings(.lineModeFormatIntegerAny)]
        case .decimal:
            return [item.limit.map { strings(.lineModeFormatDecimal, ["range": $0.hardRangeText(in: language)]) } ?? strings(.lineModeFormatDecimalAny)]
        case .quantity:
            let units = item.unitLabels(language).joined(separator: strings(.lineModeFormatUnitSeparator))
            return [strings(.lineModeFormatQuantity, ["units": units, "unit": item.unitLabels(language).first ?? ""])]
        case .openChoice where item.suggestions != nil: return [strings(.lineModeFormatSuggested)]
        default: return []
        }
    }

    /// The current answer in words.
    func describe(_ value: AnswerValue, item: QuestionItem) -> String {
        let language = session.language, comma = session.inputConventions.commaIsDecimalMark
        switch value {
        case .string(let text): return item.shownText(text, language)
        case .date(let date): return session.dateEcho(for: item.linkId).text(for: date)
        case .integer(let number): return String(number)
        case .decimal(let number): return IntakeFieldFactory.numberText(number, decimalComma: comma)
        case .quantity(let number, let unit):
            return IntakeFieldFactory.numberText(number, decimalComma: comma) + " " + item.unitLabel(unit, language)
        case .boolean(let flag): return strings(flag ? .lineModeValueYes : .lineModeValueNo)
        case .code(let code): return item.optionLabel(code, language)
        case .codes(let codes):
            return codes.isEmpty ? strings(.lineModeValueNone) : codes.map { item.optionLabel($0, language) }.joined(separator: ", ")
        }
    }
}
