import Catalog
import Foundation
import IntakeModel
import Questionnaire
import PlainText

extension IntakeSession {
    mutating func setAnswer(_ given: AnswerValue?, at address: ItemAddress) -> [SessionEffect] {
        guard let item = definition.item(linkId: address.linkId) else { return [] }
        var answer = given
        if case .string(let text)? = given {
            let clean = IntakeSession.cleanText(text)
            answer = clean.isEmpty ? nil : .string(clean)
        }
        if address.linkId == "medications.name", case .string(let typed)? = answer,
           MedicationVocabulary.bundled.entry(named: typed) == nil, let generic = SpanishMedicationNames.canonical(typed) {
            // "alendronato", "ácido zoledrónico": the record keeps the vocabulary's name.
            answer = .string(generic)
        }
        if address.linkId == "medications.name", case .string(let typed)? = answer,
           let split = MedicationVocabulary.bundled.splitDoseText(typed) {
            // "Prednisone 5mg daily": the name and the daily dose go to their own fields (spec 3.4).
            let doseAddress = ItemAddress("medications.doseMgPerDay", instance: address.instance)
            let dose = self.value(at: doseAddress)
            if dose == nil || dose == .decimal(split.doseMgPerDay) {
                var effects = setAnswer(.string(split.name), at: address)
                if dose == nil { effects += setAnswer(.decimal(split.doseMgPerDay), at: doseAddress) }
                return effects
            }
        }
        let old = self.value(at: address)
        let conventionsBefore = inputConventions
        var updated = record
        let dropped: [DroppedAnswer]
        do {
            dropped = try definition.set(answer, at: address, in: &updated)
        } catch {
            errors[address] = message(for: error, item: item)
            return []
        }
        pendingText[address] = nil
        errors[address] = nil
        guard updated != record else { return [] }
        record = updated
        if currentStep == .startBack || definition.step(ofItem: address.linkId) == .startBack {
            skippedSteps.remove(.startBack)
        }
        let pointer = item.binding?.pointer(instance: address.instance) ?? ""
        var effects: [SessionEffect] = [.saveAnswer(AnswerChange(address: address, pointer: pointer, oldValue: old,
                                                                 newValue: self.value(at: address)))]
        for drop in dropped {
            errors[drop.address] = nil
            warnings[drop.address] = nil
            pendingText[drop.address] = nil
            let dropPointer = definition.item(linkId: drop.address.linkId)?.binding?.pointer(instance: drop.address.instance) ?? ""
            effects.append(.saveAnswer(AnswerChange(address: drop.address, pointer: dropPointer, oldValue: drop.oldValue,
                                                    newValue: nil, droppedAsHidden: true)))
        }
        effects += setAside(dropped, because: item)
        effects += restoreSetAsideAnswers()
        if inputConventions != conventionsBefore { effects += rereadKeptText() }
        return effects + recordChanged()
    }

    /// The patient's way of typing changed (a language was answered): dates and numbers kept as
    /// typed because they could not be read are read again the new way. "05/06/1958", refused in
    /// English (day and month order not set), is stored at once as 5 June 1958 when the patient
    /// types Spanish (day first), and its old message goes; text still unreadable gets the new
    /// way's message. The box never shows a date in words that the record does not hold.
    mutating func rereadKeptText() -> [SessionEffect] {
        var effects: [SessionEffect] = []
        let kept = pendingText.sorted { ($0.key.linkId, $0.key.instance ?? -1) < ($1.key.linkId, $1.key.instance ?? -1) }
        for (address, text) in kept {
            guard let type = definition.item(linkId: address.linkId)?.type, type == .date || type == .decimal else { continue }
            effects += enterText(text, at: address)
        }
        return effects
    }

    /// Parses typed text by the item's type; text that does not parse stays in `pendingText` with a
    /// message naming the field and what is allowed.
    mutating func enterText(_ text: String, at address: ItemAddress) -> [SessionEffect] {
        guard let item = definition.item(linkId: address.linkId) else { return [] }
        let clean = IntakeSession.cleanText(text)
        if clean.isEmpty { return setAnswer(nil, at: address) }
        let parsed: AnswerValue?
        switch item.type {
        case .string, .openChoice:
            if let length = item.textLength, clean.count > length.upperBound {
                return keep(text, at: address, message: fill("message.too-long", item, ["max": String(length.upperBound)]))
            }
            parsed = .string(clean)
        case .date:
            switch CalendarDate.typed(clean, convention: inputConventions.datesTyped) {
            case .success(let date): parsed = .date(date)
            case .failure(let problem): return keep(text, at: address, message: dateMessage(problem, typed: clean, item: item))
            }
        case .integer, .scale: parsed = Int(clean).map(AnswerValue.integer)
        case .decimal:
            switch TypedNumber.decimal(clean, commaIsDecimalMark: inputConventions.commaIsDecimalMark) {
            case .success(let number): parsed = .decimal(number)
            case .failure(.thousandsSeparator): return keep(text, at: address, message: thousandsMessage(item, typed: clean))
            case .failure(.unreadable): parsed = nil
            }
        default: parsed = nil
        }
        guard let parsed else { return keep(text, at: address, message: parseMessage(item)) }
        return setAnswer(parsed, at: address)
    }

    mutating func enterQuantity(_ text: String, unit chosen: String, at address: ItemAddress) -> [SessionEffect] {
        guard let item = definition.item(linkId: address.linkId) else { return [] }
        var clean = IntakeSession.cleanText(text)
        if clean.isEmpty { return setAnswer(nil, at: address) }
        // "70 kg" typed is 70 kg, whatever the unit beside the box says: the Space in it switched
        // that unit to lb, and a clerk who types the unit means it (the cold trial stored 70 lb)
        var unit = chosen
        if let typed = Self.typedUnit(in: clean, item: item, language: language) {
            clean = typed.number
            unit = typed.unit
        }
        switch TypedNumber.decimal(clean, commaIsDecimalMark: inputConventions.commaIsDecimalMark) {
        case .success(let number): return setAnswer(.quantity(value: number, unit: unit), at: address)
        case .failure(.thousandsSeparator): return keep(text, at: address, message: thousandsMessage(item, typed: clean, unit: unit))
        case .failure(.unreadable): return keep(text, at: address, message: parseMessage(item, unit: unit))
        }
    }

    /// A unit written after the number ("70 kg", "160cm", "150 lbs", "98.6 °F", "2 unid. RU"): the
    /// number's text and the unit's code, when the words after the last digit name one of the
    /// item's units (its code, symbol or label in either language, any case, a plural "s" allowed),
    /// or begin the name of exactly one ("2 US drin", as much as a seven-column box holds).
    static func typedUnit(in text: String, item: QuestionItem, language: Language) -> (number: String, unit: String)? {
        if let inches = feetAndInches(in: text, item: item) { return (String(inches), "in") }
        guard let lastDigit = text.lastIndex(where: \.isNumber) else { return nil }
        let words = text[text.index(after: lastDigit)...]
        func plain(_ name: String) -> String {  // "UK units", "uk-units" and "unit" alike: "ukunit"
            let letters = name.lowercased().filter { $0.isLetter }
            return letters.count > 2 && letters.hasSuffix("s") ? String(letters.dropLast()) : letters  // "us" stays "us"
        }
        let typed = plain(String(words))
        guard !typed.isEmpty else { return nil }
        let names = item.units.map { unit in
            (code: unit.code, names: [unit.code, unit.display, item.unitLabel(unit.code, .english), item.unitLabel(unit.code, language)].map(plain))
        }
        let begun = names.filter { typed.count >= 2 && $0.names.contains { $0.hasPrefix(typed) } }
        guard let unit = names.first(where: { $0.names.contains(typed) }) ?? (begun.count == 1 ? begun[0] : nil) else { return nil }
        return (String(text[...lastDigit]).trimmingCharacters(in: .whitespaces), unit.code)
    }

    /// A height in feet and whole inches, as a US desk says it ("5'4", "5 ft 4 in", "5ft4"), in
    /// inches (64); nil for anything else or an item without both units.
    static func feetAndInches(in text: String, item: QuestionItem) -> Int? {
        guard item.units.contains(where: { $0.code == "ft" }), item.units.contains(where: { $0.code == "in" }),
              let match = text.lowercased().wholeMatch(of: /\s*(\d{1,2})\s*(?:ft|feet|foot|')\s*(\d{1,2})\s*(?:in|inch|inches|")?\s*/),
              let feet = Int(match.1), let inches = Int(match.2), inches < 12 else { return nil }
        return feet * 12 + inches
    }

    private mutating func keep(_ text: String, at address: ItemAddress, message: String) -> [SessionEffect] {
        pendingText[address] = text
        errors[address] = message
        return []
    }

    mutating func addEntry(to group: String) -> [SessionEffect] {
        guard let item = definition.item(linkId: group), let entries = item.entries else { return [] }
        let index = entries.count(in: record)
        entries.append(to: &record)
        let first = item.items.first { $0.binding != nil && $0.type != .derived }
        if let first { focus = ItemAddress(first.linkId, instance: index) }
        return [.entryAdded(group: group, index: index)] + recordChanged()
    }

    mutating func removeEntry(_ index: Int, from group: String) -> [SessionEffect] {
        guard let item = definition.item(linkId: group), let entries = item.entries,
              index >= 0, index < entries.count(in: record) else { return [] }
        entries.remove(at: index, from: &record)
        // Messages and typed text of later entries move up by one.
        func shift<V>(_ map: [ItemAddress: V]) -> [ItemAddress: V] {
            var result: [ItemAddress: V] = [:]
            for (address, value) in map {
                guard definition.repeatingGroup(of: address.linkId) == group, let instance = address.instance else {
                    result[address] = value; continue
                }
                if instance == index { continue }
                result[ItemAddress(address.linkId, instance: instance > index ? instance - 1 : instance)] = value
            }
            return result
        }
        errors = shift(errors)
        warnings = shift(warnings)
        pendingText = shift(pendingText)
        if let focused = focus, definition.repeatingGroup(of: focused.linkId) == group {
            focus = ItemAddress(group)  // the list's heading, where Insert adds again
        }
        return [.entryRemoved(group: group, index: index)] + recordChanged()
    }

    mutating func skipCurrentStep() -> [SessionEffect] {
        guard definition.step(currentStep)?.skippable == true else { return [] }
        var effects: [SessionEffect] = []
        for address in fields(in: currentStep) where value(at: address) != nil {
            effects += setAnswer(nil, at: address)
        }
        for address in errors.keys where definition.step(ofItem: address.linkId) == currentStep {
            errors[address] = nil
            pendingText[address] = nil
        }
        let step = currentStep
        skippedSteps.insert(step)
        effects.append(.audit(.stepSkipped(step)))
        return effects + goToStep(offset: 1, validating: false)
    }

    // MARK: Text helpers

    /// A typed answer made safe (`Sanitizer.displayLine`): no escape sequence, control or bidi
    /// character ever reaches a screen, sheet or log; white space at either end trimmed.
    static func cleanText(_ text: String) -> String {
        Sanitizer.displayLine(text).trimmingCharacters(in: .whitespaces)
    }

    func fill(_ key: String, _ item: QuestionItem, _ values: [String: String] = [:]) -> String {
        let caption = item.caption(language)
        return PlaceholderText.fill(IntakeSessionStrings.text(key, language)) { name in name == "field" ? caption : values[name] }
    }

    /// What to type when the text is not a number: the range, and for a decimal an example that
    /// fits the quantity, in the unit chosen ("for example 99.5 °F" for a temperature in °F).
    func parseMessage(_ item: QuestionItem, unit: String? = nil) -> String {
        let range = item.limit.map {
            PlaceholderText.fill(Catalog(language)(.sessionMessageRangeSuffix), named: ["range": $0.hardRangeText(in: language)])
        } ?? ""
        switch item.type {
        case .date: return dateMessage(.unreadable, typed: "", item: item)
        case .integer, .scale: return fill("message.integer", item, ["range": range])
        default:
            guard let limit = item.limit else { return fill("message.decimal-no-example", item, ["range": range]) }
            let catalog = Catalog(language)
            var example = catalog.decimal(limit.example())
            if item.type == .quantity, let choice = item.units.first(where: { $0.code == unit }) ?? item.units.first {
                example = PlaceholderText.fill(catalog(.sessionMessageExampleUnit), named: [
                    "number": catalog.decimal(limit.example(inUnit: choice.code)), "unit": item.unitLabel(choice.code, language),
                ])
            }
            return fill("message.decimal", item, ["range": range, "example": example])
        }
    }

    /// "1,234" or "1.234,5" typed: thousands separators are never guessed; the example shows the
    /// decimal mark the patient uses.
    func thousandsMessage(_ item: QuestionItem, typed: String, unit: String? = nil) -> String {
        guard let limit = item.limit else { return fill("message.number-thousands-no-example", item, ["typed": typed]) }
        var example = limit.example(inUnit: item.type == .quantity ? unit ?? item.units.first?.code : nil)
        if inputConventions.commaIsDecimalMark { example = example.replacingOccurrences(of: ".", with: ",") }
        return fill("message.number-thousands", item, ["typed": typed, "example": example])
    }

    func message(for error: AnswerError, item: QuestionItem) -> String {
        switch error {
        case .wrongKind: return fill("message.kind", item)
        case .unknownOption(_, let allowed):
            return fill("message.option", item, ["allowed": allowed.map { item.optionLabel($0, language) }.joined(separator: ", ")])
        case .unknownUnit(_, let allowed): return fill("message.unit", item, ["allowed": allowed.joined(separator: ", ")])
        case .noSuchEntry: return fill("message.no-entry", item)
        case .readOnly, .noSuchItem: return fill("message.read-only", item)
        }
    }
}
