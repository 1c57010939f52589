import IntakeModel
import Questionnaire

extension IntakeSession {
    /// The actions that type `record` into a new session, as a front desk would: entries added
    /// before their fields, text typed for text, dates and numbers, options chosen for the rest, in
    /// questionnaire order; the visit date is left to the clock. Pilot tests and the session
    /// benchmark replay these.
    public static func typingActions(for record: IntakeRecord,
                                     definition: QuestionnaireDefinition = .intake) -> [SessionAction] {
        var actions: [SessionAction] = []
        for address in definition.allAddresses(in: record) {
            guard let item = definition.item(linkId: address.linkId) else { continue }
            if item.type == .repeatingGroup {
                let count = item.entries?.count(in: record) ?? 0
                actions += Array(repeating: .addEntry(group: item.linkId), count: count)
                continue
            }
            guard item.type != .derived, item.type != .group, address.linkId != "visitDate",
                  let value = definition.value(at: address, in: record) else { continue }
            actions.append(.focus(address))
            switch value {
            case .string(let text): actions.append(.enterText(address, text))
            case .date(let date): actions.append(.enterText(address, date.description))
            case .integer(let number): actions.append(.enterText(address, String(number)))
            case .decimal(let number): actions.append(.enterText(address, String(number)))
            case .quantity(let number, let unit): actions.append(.enterQuantity(address, String(number), unit: unit))
            default: actions.append(.setAnswer(address, value))
            }
        }
        return actions
    }
}
