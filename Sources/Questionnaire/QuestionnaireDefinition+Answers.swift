import IntakeModel

/// Reading, writing and showing answers of a record through the definition.
extension QuestionnaireDefinition {
    /// The current answer at `address` (nil when the record leaves it out or the item has no field).
    public func value(at address: ItemAddress, in record: IntakeRecord) -> AnswerValue? {
        item(linkId: address.linkId)?.binding?.value(in: record, instance: address.instance)
    }

    /// True when the item and every group holding it are shown for this record.
    public func isEnabled(_ address: ItemAddress, in record: IntakeRecord) -> Bool {
        isEnabled(address, in: record, depth: 0)
    }

    private func isEnabled(_ address: ItemAddress, in record: IntakeRecord, depth: Int) -> Bool {
        guard depth < 32, let item = item(linkId: address.linkId) else { return false }
        if let parent = parent(of: item.linkId) {
            let parentInstance = parent.type == .repeatingGroup ? nil : address.instance
            guard isEnabled(ItemAddress(parent.linkId, instance: parentInstance), in: record, depth: depth + 1) else {
                return false
            }
        }
        return conditionsHold(item, instance: address.instance, in: record, depth: depth)
    }

    /// The item's own `enableWhen`, its groups aside. Each question is read once however many
    /// conditions ask about it (a medication's route is asked for eight classes of the same name).
    private func conditionsHold(_ item: QuestionItem, instance: Int?, in record: IntakeRecord, depth: Int) -> Bool {
        guard !item.enableWhen.isEmpty else { return true }
        var answers: [(question: String, answer: AnswerValue?)] = []
        func answer(to question: String) -> AnswerValue? {
            if let known = answers.first(where: { $0.question == question }) { return known.answer }
            let address = ItemAddress(question, instance: repeatingGroup(of: question) == nil ? nil : instance)
            let answer = isEnabled(address, in: record, depth: depth + 1) ? value(at: address, in: record) : nil
            answers.append((question, answer))
            return answer
        }
        if item.enableBehavior == .all {
            return item.enableWhen.allSatisfy { $0.holds(for: answer(to: $0.question)) }
        }
        return item.enableWhen.contains { $0.holds(for: answer(to: $0.question)) }
    }

    /// Every item shown for this record, in order: groups, and for repeating groups their header
    /// (instance nil) followed by each entry's items. Limit to one step with `step`, and leave out
    /// staff items in kiosk mode with `audience: .patient`.
    public func visibleAddresses(in record: IntakeRecord, step: StepID? = nil,
                                 audience: Audience? = nil) -> [ItemAddress] {
        var result: [ItemAddress] = []
        func visit(_ item: QuestionItem, instance: Int?) {
            if let audience, audience == .patient, item.audience == .staff { return }
            let address = ItemAddress(item.linkId, instance: instance)
            // Its groups were visited first and are shown: only its own conditions are left.
            guard conditionsHold(item, instance: instance, in: record, depth: 0) else { return }
            result.append(address)
            if item.type == .repeatingGroup, let entries = item.entries {
                for index in 0..<entries.count(in: record) {
                    for child in item.items { visit(child, instance: index) }
                }
            } else {
                for child in item.items { visit(child, instance: instance) }
            }
        }
        for each in steps where step == nil || each.id == step {
            for item in each.items { visit(item, instance: nil) }
        }
        return result
    }

    /// The addresses a cursor can stop at: visible items that take an answer (no groups, nothing
    /// derived).
    public func answerableAddresses(in record: IntakeRecord, step: StepID? = nil,
                                    audience: Audience? = nil) -> [ItemAddress] {
        visibleAddresses(in: record, step: step, audience: audience).filter { item(linkId: $0.linkId)?.takesAnswer ?? false }
    }

    /// Stores an answer after checking that it fits the item (kind, options, units), then drops the
    /// answers of items that the change hid. Returns those dropped answers.
    @discardableResult
    public func set(_ value: AnswerValue?, at address: ItemAddress,
                    in record: inout IntakeRecord) throws(AnswerError) -> [DroppedAnswer] {
        guard let item = item(linkId: address.linkId) else { throw .noSuchItem(address.linkId) }
        guard let binding = item.binding else { throw .readOnly }
        if let group = repeatingGroup(of: item.linkId), let entries = self.item(linkId: group)?.entries {
            guard let index = address.instance, index >= 0, index < entries.count(in: record) else {
                throw .noSuchEntry(address.instance ?? -1)
            }
        }
        let checked = try value.map { (answer) throws(AnswerError) -> AnswerValue in try item.checked(answer) }
        var copy = record
        try binding.set(checked, in: &copy, instance: address.instance)
        let dropped = droppingHiddenAnswers(from: &copy)
        record = copy
        return dropped
    }

    /// Removes every answer whose item is hidden for this record (repeating until nothing changes,
    /// since dropping one answer can hide another item). Returns what was dropped.
    @discardableResult
    public func droppingHiddenAnswers(from record: inout IntakeRecord) -> [DroppedAnswer] {
        var dropped: [DroppedAnswer] = []
        for _ in 0..<8 {
            var changed = false
            for address in allAddresses(in: record) where conditionalLinkIds.contains(address.linkId) {
                guard let item = item(linkId: address.linkId), let binding = item.binding, !binding.isReadOnly,
                      let old = binding.value(in: record, instance: address.instance),
                      !isEnabled(address, in: record) else { continue }
                try? binding.set(nil, in: &record, instance: address.instance)
                dropped.append(DroppedAnswer(address: address, oldValue: old))
                changed = true
            }
            if !changed { break }
        }
        return dropped
    }

    /// Every item address of this record, shown or not (entries of repeating groups expanded).
    public func allAddresses(in record: IntakeRecord) -> [ItemAddress] {
        var result: [ItemAddress] = []
        func visit(_ item: QuestionItem, instance: Int?) {
            result.append(ItemAddress(item.linkId, instance: instance))
            if item.type == .repeatingGroup, let entries = item.entries {
                for index in 0..<entries.count(in: record) { item.items.forEach { visit($0, instance: index) } }
            } else {
                item.items.forEach { visit($0, instance: instance) }
            }
        }
        steps.forEach { $0.items.forEach { visit($0, instance: nil) } }
        return result
    }

    /// The item address a validation problem's JSON Pointer names: the exact field, else the first
    /// item under that pointer (`/patient` -> the first patient item, `/medications/1` -> the name
    /// of medication 1). To map many problems, make one `FieldPointers` and ask it.
    public func address(forPointer pointer: String, in record: IntakeRecord) -> ItemAddress? {
        FieldPointers(definition: self, record: record).address(forPointer: pointer)
    }
}

/// The answerable fields of one record, in questionnaire order, each with the JSON Pointer it is
/// bound to: every validation problem of a record is mapped to its field with one walk of the
/// questionnaire instead of one walk per problem.
public struct FieldPointers: Sendable {
    let fields: [(address: ItemAddress, pointer: String)]
    /// How many entries each list had: the table depends on the record through these only.
    let entryCounts: [Int]

    public init(definition: QuestionnaireDefinition, record: IntakeRecord) {
        entryCounts = FieldPointers.entryCounts(of: record, in: definition)
        fields = definition.allAddresses(in: record).compactMap { address in
            guard let item = definition.item(linkId: address.linkId), !item.type.isGroup,
                  let pointer = item.binding?.pointer(instance: address.instance) else { return nil }
            return (address, pointer)
        }
    }

    /// True when this table still fits `record` (its lists have as many entries as before).
    public func fits(_ record: IntakeRecord, in definition: QuestionnaireDefinition) -> Bool {
        entryCounts == FieldPointers.entryCounts(of: record, in: definition)
    }

    static func entryCounts(of record: IntakeRecord, in definition: QuestionnaireDefinition) -> [Int] {
        definition.repeatingGroups.map { $0.entries?.count(in: record) ?? 0 }
    }

    /// The field a JSON Pointer names: the exact field, else the first field under it, else the
    /// field it lies below (`/body/height/unit` belongs to the height).
    public func address(forPointer pointer: String) -> ItemAddress? {
        if let exact = fields.first(where: { $0.pointer == pointer }) { return exact.address }
        let prefix = pointer.hasSuffix("/") ? pointer : pointer + "/"
        if let under = fields.first(where: { $0.pointer.hasPrefix(prefix) }) { return under.address }
        return fields.first { pointer.hasPrefix($0.pointer + "/") }?.address
    }
}

/// An answer removed because its item was hidden by another answer.
public struct DroppedAnswer: Hashable, Sendable {
    public var address: ItemAddress
    public var oldValue: AnswerValue
    public init(address: ItemAddress, oldValue: AnswerValue) { self.address = address; self.oldValue = oldValue }
}
