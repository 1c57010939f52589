import Assessment
import Catalog
import IntakeModel
import Questionnaire

extension IntakeReport {
    /// The answers of a record grouped by the questionnaire's steps, in its order and with its
    /// captions, short labels and option labels: a question added to the questionnaire appears
    /// here, and so on the sheet, by itself. Every step that asks something is listed, an empty
    /// one too (a sheet names the steps with no answer rather than leave them out).
    static func answers(of record: IntakeRecord, definition: QuestionnaireDefinition,
                        language: Language, text: ReportText) -> [AnsweredStep] {
        definition.steps.filter { !$0.items.isEmpty }.map { step -> AnsweredStep in
            var items: [AnsweredItem] = []
            for address in definition.answerableAddresses(in: record, step: step.id) {
                guard let item = definition.item(linkId: address.linkId),
                      let value = definition.value(at: address, in: record) else { continue }
                let answer = Answer(linkId: item.linkId, label: item.caption(language),
                                    shortLabel: shortLabel(of: item, language: language),
                                    value: words(value, item: item, language: language, text: text),
                                    entry: address.instance.map { $0 + 1 }, yes: value.yesOrNo)
                guard let groupID = definition.repeatingGroup(of: item.linkId), let group = definition.item(linkId: groupID),
                      let entry = address.instance else {
                    items.append(.answer(answer))
                    continue
                }
                if case .list(var list) = items.last, list.linkId == groupID {
                    list.add(answer, entry: entry)
                    items[items.count - 1] = .list(list)
                } else {
                    var list = AnsweredList(linkId: groupID, label: shortLabel(of: group, language: language),
                                            questions: group.items.filter(\.takesAnswer).map { ($0.linkId, shortLabel(of: $0, language: language)) })
                    list.add(answer, entry: entry)
                    items.append(.list(list))
                }
            }
            return AnsweredStep(step: step.id.rawValue, title: step.title(language), items: items)
        }
    }

    /// A red-flag question in the rules' own words ("new loss of bowel control"), so that the
    /// sheet's "Answered yes", the urgency box and "Not asked" name it alike; any other question
    /// by its short label.
    static func shortLabel(of item: QuestionItem, language: Language) -> String {
        if let pointer = item.binding?.pointer, let question = RedFlagQuestion(pointer: pointer) {
            return AssessmentText(language: language).question(question)
        }
        return item.shortLabel(language)
    }

    /// An answer in words: option labels for codes, "yes"/"no", numbers as written, units as
    /// shown, and a quantity entered in another unit also in the unit the rules use ("5 ft 10 in"
    /// is not a unit, but "70 in (177.8 cm)" and "99.5 °F (37.5 °C)" are).
    static func words(_ value: AnswerValue, item: QuestionItem, language: Language, text: ReportText) -> String {
        switch value {
        case .string(let string): return item.shownText(string, language)  // "alendronato" in Spanish
        case .date(let date): return date.description
        case .integer(let number): return String(number)
        case .decimal(let number): return Catalog(language).decimal(plainNumber(number))
        case .quantity(let number, let unit):  // the unit as the field shows it ("°F", "UK units")
            let entered = Catalog(language).decimal(plainNumber(number)) + " " + item.unitLabel(unit, after: number, language)
            guard let usual = item.units.first?.code, usual != unit, let converted = valueInUsualUnit(number, unitCode: unit) else { return entered }
            return entered + " (" + Catalog(language).decimal(plainNumber(converted)) + " " + item.unitLabel(usual, after: converted, language) + ")"
        case .boolean(let yes): return yes ? text.yes : text.no
        case .code(let code):  // es-MX says Spanish; a code the options do not have (pt-BR) as written
            return item.optionIndex(of: code).map { item.optionLabel(item.options[$0].code, language) } ?? code
        case .codes(let codes): return codes.isEmpty ? text.none : codes.map { item.optionLabel($0, language) }.joined(separator: "; ")
        }
    }

    /// 61 rather than 61.0.
    private static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension AnswerValue {
    /// The answer of a yes/no question; nil for any other kind.
    var yesOrNo: Bool? {
        if case .boolean(let yes) = self { return yes }
        return nil
    }
}
