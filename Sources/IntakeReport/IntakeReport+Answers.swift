import Catalog
import IntakeModel
import Questionnaire

extension IntakeReport {
    /// The answers of a record grouped by the questionnaire's steps, in its order and with its
    /// captions and option labels: a question added to the questionnaire appears here by itself.
    static func answers(of record: IntakeRecord, definition: QuestionnaireDefinition,
                        language: Language, text: ReportText) -> [AnsweredStep] {
        definition.steps.compactMap { step -> AnsweredStep? in
            let answers = definition.answerableAddresses(in: record, step: step.id).compactMap { address -> Answer? in
                guard let item = definition.item(linkId: address.linkId),
                      let value = definition.value(at: address, in: record) else { return nil }
                return Answer(linkId: item.linkId, label: item.caption(language),
                              value: words(value, item: item, language: language, text: text),
                              entry: address.instance.map { $0 + 1 })
            }
            guard !answers.isEmpty else { return nil }
            return AnsweredStep(step: step.id.rawValue, title: step.title(language), answers: answers)
        }
    }

    /// An answer in words: option labels for codes, "yes"/"no", numbers as written, units as shown.
    static func words(_ value: AnswerValue, item: QuestionItem, language: Language, text: ReportText) -> String {
        switch value {
        case .string(let string): return item.shownText(string, language)  // "alendronato" in Spanish
        case .date(let date): return date.description
        case .integer(let number): return String(number)
        case .decimal(let number): return Catalog(language).decimal(plainNumber(number))
        case .quantity(let number, let unit):  // the unit as the field shows it ("°F", "UK units")
            return Catalog(language).decimal(plainNumber(number)) + " " + item.unitLabel(unit, language)
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
