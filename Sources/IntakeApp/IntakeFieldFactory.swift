import Catalog
import Foundation
import IntakeModel
import Questionnaire
import TerminalUI
import PlainText

/// Builds the widget of each questionnaire item shown on a step, and converts between a widget's
/// value and the item's answer. One place decides which widget an item type gets.
struct IntakeFieldFactory {
    let definition: QuestionnaireDefinition
    let language: Language
    let strings: ScreenStrings
    let ui: Catalog
    /// How dates are typed and shown in their boxes (the clinic's `date_order`).
    var dateConvention: DateConvention = .yearMonthDay

    /// Beside a number typed in another unit than the rules use, the value in that one ("= 31.75 kg"
    /// beside 70 lb): a unit switched by a stray Space, or a unit word typed, is seen before it is
    /// stored. Nothing beside the usual unit or a box not holding a number.
    static func usualUnitNote(_ item: QuestionItem, language: Language, commaIsDecimalMark: Bool)
        -> @Sendable (String, String) -> String? {
        { [item] text, label in
            var number = text.trimmingCharacters(in: .whitespaces)
            var unit = item.unitCode(forLabel: label, language) ?? label
            if let typed = IntakeSession.typedUnit(in: number, item: item, language: language) { (number, unit) = typed }
            guard let usual = item.units.first?.code, unit != usual,
                  case .success(let value) = TypedNumber.decimal(number, commaIsDecimalMark: commaIsDecimalMark),
                  let converted = valueInUsualUnit(value, unitCode: unit) else { return nil }
            return "= " + Catalog(language).decimal(numberText(converted)) + " " + item.unitLabel(usual, after: converted, language)
        }
    }

    /// The id of a field in the form: the item address (`medications.route[1]`).
    static func fieldID(_ address: ItemAddress) -> String { address.description }

    /// The widgets for the items shown on a step, in order: headings for groups and list entries,
    /// one widget per answerable item. `current` holds the answer or the text kept for each field.
    func fields(for visible: [ItemAddress], record: IntakeRecord, session: IntakeSession,
                widgetWidth: Int? = nil) -> [any FormField] {
        var result: [any FormField] = []
        for address in visible {
            guard let item = definition.item(linkId: address.linkId) else { continue }
            switch item.type {
            case .group:
                result.append(Heading(id: Self.fieldID(address), text: item.caption(language)))
            case .repeatingGroup:
                // it takes focus, so Insert there adds to this list; the screen adds the hint
                // "(Insert adds one)" while the cursor is in the list
                let count = item.entries?.count(in: record) ?? 0
                let note = count == 0 ? "  " + strings(.screenGroupEmpty) : ""
                result.append(Heading(id: Self.fieldID(address), text: item.caption(language) + note, isFocusable: true))
            case .derived:
                continue
            default:
                if let index = address.instance, isFirstChild(address) {
                    result.append(Heading(id: "entry:" + Self.fieldID(address),
                                          text: entryTitle(group: definition.repeatingGroup(of: item.linkId) ?? "",
                                                           index: index, record: record),
                                          role: .muted))
                }
                var field = widget(for: item, address: address, conventions: session.inputConventions)
                if var date = field as? DateEntryField {
                    date.echo = session.dateEcho(for: item.linkId)
                    field = date
                }
                if let pending = session.pendingText[address] {
                    field.value = Self.pendingValue(pending, for: item, current: field.value, language: language)
                } else {
                    field.value = fieldValue(at: address, in: session, for: item)
                }
                let question = item.required ? strings(.screenQuestionRequired, ["caption": field.caption]) : field.caption
                result.append(QuestionField(field, widgetWidth: widgetWidth, question: question))
            }
        }
        return result
    }

    /// True for the first item of a repeating group's entry (it carries the entry heading).
    private func isFirstChild(_ address: ItemAddress) -> Bool {
        guard let group = definition.repeatingGroup(of: address.linkId),
              let first = definition.item(linkId: group)?.items.first else { return false }
        return first.linkId == address.linkId
    }

    /// "2. prednisolone (glucocorticoid)".
    func entryTitle(group: String, index: Int, record: IntakeRecord) -> String {
        guard let groupItem = definition.item(linkId: group), let first = groupItem.items.first else { return "" }
        let address = ItemAddress(first.linkId, instance: index)
        var name = strings(.screenGroupUnnamed)
        switch definition.value(at: address, in: record) {
        case .string(let text)?: name = first.shownText(text, language)
        case .code(let code)?: name = first.optionLabel(code, language)
        default: break
        }
        if let derived = groupItem.items.first(where: { $0.type == .derived }),
           case .codes(let codes)? = definition.value(at: ItemAddress(derived.linkId, instance: index), in: record),
           !codes.isEmpty {
            let classes = codes.map { derived.optionLabel($0, language) }.joined(separator: ", ")
            return strings(.screenGroupEntryClasses, ["number": String(index + 1), "entry": name, "classes": classes])
        }
        return strings(.screenGroupEntry, ["number": String(index + 1), "entry": name])
    }

    /// The widget an item type gets; `conventions` say how the patient types (`InputConventions`).
    func widget(for item: QuestionItem, address: ItemAddress, conventions: InputConventions? = nil) -> any FormField {
        let conventions = conventions ?? InputConventions(languageTag: nil, clinicDates: dateConvention)
        let id = Self.fieldID(address)
        let caption = item.caption(language)
        // F1 shows the question's help, then what the step is about (STarT Back: its licence note)
        let stepHelp = definition.step(ofItem: item.linkId).flatMap { definition.step($0)?.help(language) }
        let help = [item.help(language), stepHelp].compactMap { $0 }.joined(separator: " ")
        switch item.type {
        case .string:
            return TextField(id: id, caption: caption, help: help, maxLength: item.textLength?.upperBound,
                             boxWidth: 30, isRequired: item.required)
        case .openChoice:
            let limit = item.textLength?.upperBound
            if item.suggestions != nil {
                let spanish = conventions.findsSpanishMedicationNames
                return TypeAheadField(id: id, caption: caption, help: help, text: "", maxLength: limit,
                                      suggest: { [item] prefix in item.suggestions(forPrefix: prefix, includingSpanish: spanish) })
            }
            let codes = item.options.map(\.code)
            return TypeAheadField(id: id, caption: caption, help: help, text: "", maxLength: limit,
                                  suggest: { prefix in codes.filter { $0.hasPrefix(prefix.lowercased()) } })
        case .date:
            // How to type it comes right after the question's own help, before what the step is about.
            let typing = conventions.datesTyped
            let forms = strings(typing == .yearMonthDay ? .screenDateHelp : .screenDateHelpIsoToo,
                                ["pattern": typing.pattern(language), "example": typing.example])
            let dateHelp = [item.help(language), forms, stepHelp].compactMap { $0 }.joined(separator: " ")
            return DateEntryField(id: id, caption: caption, help: dateHelp,
                                  isRequired: item.required, format: typing.pattern(language),
                                  echo: DateEcho(convention: typing, language: language))
        case .integer, .decimal:
            return TextField(id: id, caption: caption, help: help, maxLength: 8, boxWidth: 8, isRequired: item.required)
        case .quantity:
            var field = NumberField(id: id, caption: caption, help: help, units: item.unitLabels(language),
                                    allowsDecimals: true, maxLength: 7, isRequired: item.required)
            field.note = Self.usualUnitNote(item, language: language, commaIsDecimalMark: conventions.commaIsDecimalMark)
            return field
        case .boolean:
            var yesNo = ChoiceField.yesNoUnknown(id: id, caption: caption, help: help, strings: ui)
            yesNo.letterAliases = conventions.yesNoLetters
            return yesNo
        case .choice:
            let labels = item.options.map { item.optionLabel($0.code, language) }
            let width = labels.reduce(0) { $0 + DisplayWidth.of($1) + 6 }
            return ChoiceField(id: id, caption: caption, help: help, options: labels,
                               isHorizontal: labels.count <= 3 && width <= 34, isRequired: item.required)
        case .multipleChoice where item.linkId == "symptoms.locations":
            let codes = item.options.map(\.code)
            return BodyMapField(id: id, caption: caption, help: help, codes: codes,
                                names: codes.map { item.optionLabel($0, language) },
                                shortLabels: codes.map { strings.text("bodymap", $0) },
                                legsLabel: strings(.screenBodymapLegs), pointingFormat: strings(.screenBodymapPointing))
        case .multipleChoice:
            return ChecklistField(id: id, caption: caption, help: help,
                                  options: item.options.map { item.optionLabel($0.code, language) })
        case .scale:
            let limit = item.limit
            return ScaleField(id: id, caption: caption, help: help, minimum: Int(limit?.hardMinimum ?? 0),
                              maximum: Int(limit?.hardMaximum ?? 10), isRequired: item.required)
        case .group, .repeatingGroup, .derived:
            return Heading(id: id, text: caption)
        }
    }

    // MARK: Values

    /// The widget value of a field: its answer, or "Unknown" where the person chose it (the
    /// record leaves such a question out; the screen keeps showing the choice).
    func fieldValue(at address: ItemAddress, in session: IntakeSession, for item: QuestionItem) -> FieldValue {
        let answer = session.value(at: address)
        if answer == nil, item.type == .boolean, session.unknownAnswers.contains(address) { return .choice(2) }
        let conventions = session.inputConventions
        return fieldValue(answer, for: item, dates: conventions.datesInBoxes, decimalComma: conventions.commaIsDecimalMark)
    }

    /// The widget value showing an answer; a date written as `dates` (the clinic's convention
    /// unless `InputConventions.datesInBoxes` says otherwise); a number with a decimal comma where
    /// the patient types one (Spanish: "65,5" typed is shown back as "65,5", the record keeps 65.5).
    func fieldValue(_ answer: AnswerValue?, for item: QuestionItem, dates: DateConvention? = nil,
                    decimalComma: Bool = false) -> FieldValue {
        guard let answer else { return .empty }
        switch (item.type, answer) {
        case (_, .string(let text)): return .text(item.shownText(text, language))
        case (_, .date(let date)): return .text((dates ?? dateConvention).text(date))
        case (.scale, .integer(let number)): return .integer(number)
        case (_, .integer(let number)): return .text(String(number))
        case (_, .decimal(let number)): return .text(Self.numberText(number, decimalComma: decimalComma))
        case (_, .quantity(let number, let unit)):
            return .quantity(Self.numberText(number, decimalComma: decimalComma), unit: item.unitLabel(unit, language))
        case (_, .boolean(let flag)): return .choice(flag ? 0 : 1)
        case (_, .code(let code)): return item.optionIndex(of: code).map(FieldValue.choice) ?? .empty
        case (_, .codes(let codes)):
            return .checked(Set(item.options.indices.filter { codes.contains(item.options[$0].code) }))
        }
    }

    /// Text kept as typed (it did not parse), put back in its widget.
    static func pendingValue(_ text: String, for item: QuestionItem, current: FieldValue, language: Language) -> FieldValue {
        if case .quantity(_, let unit) = current { return .quantity(text, unit: unit) }
        if item.type == .quantity { return .quantity(text, unit: item.units.first.map { item.unitLabel($0.code, language) } ?? "") }
        return .text(text)
    }

    /// What the session must be told about a widget's value: an answer to set, or text to parse.
    func action(for value: FieldValue, item: QuestionItem, address: ItemAddress) -> SessionAction {
        switch (item.type, value) {
        case (_, .empty): return .setAnswer(address, nil)
        case (.quantity, .quantity(let text, let display)):
            let unit = item.unitCode(forLabel: display, language) ?? display
            return .enterQuantity(address, text, unit: unit)
        case (_, .text(let text)): return .enterText(address, text)
        case (.boolean, .choice(let index)): return index == 2 ? .answerUnknown(address) : .setAnswer(address, .boolean(index == 0))
        case (_, .choice(let index)):
            return .setAnswer(address, item.options.indices.contains(index) ? .code(item.options[index].code) : nil)
        case (_, .checked(let set)):
            return .setAnswer(address, .codes(item.options.indices.filter(set.contains).map { item.options[$0].code }))
        case (_, .integer(let number)): return .setAnswer(address, .integer(number))
        default: return .setAnswer(address, nil)
        }
    }

    /// `8` for 8.0, `-2.7` for -2.7 (`-2,7` with `decimalComma`).
    static func numberText(_ number: Double, decimalComma: Bool = false) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        let text = String(number)
        return decimalComma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
