import Questionnaire

extension IntakeSession {
    /// Puts the focus on the latest of `fields` (audit field names, latest first) that this intake
    /// still shows; an answer set aside or a removed entry is passed over. Nothing found leaves
    /// the focus where it is. Returns whether the focus moved.
    public mutating func focusLastEdited(_ fields: [String]) -> Bool {
        for field in fields.prefix(20) where focus(onAuditField: field) { return true }
        return false
    }

    /// Focuses the field an audit row names, when this intake shows it.
    public mutating func focus(onAuditField field: String) -> Bool {
        guard let address = Self.address(ofAuditField: field), allFields.contains(address)
                || stops(in: definition.step(ofItem: address.linkId) ?? currentStep).contains(address)
        else { return false }
        _ = moveFocus(to: address, validating: false)
        return focus == address
    }

    /// The address an audit row's field names: a linkId, with "[n]" for an entry of a list.
    static func address(ofAuditField field: String) -> ItemAddress? {
        guard field.hasSuffix("]"), let open = field.lastIndex(of: "[") else {
            return field.isEmpty ? nil : ItemAddress(field)
        }
        guard let instance = Int(field[field.index(after: open)..<field.index(before: field.endIndex)]) else { return nil }
        return ItemAddress(String(field[..<open]), instance: instance)
    }
}
