import IntakeModel

/// Short constructors used by the intake definition files.
extension QuestionItem {
    static func yesNo(_ linkId: String, _ binding: ItemBinding, audience: Audience = .patient,
                      when conditions: [EnableCondition] = [], behavior: EnableBehavior = .all) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .boolean, audience: audience, enableWhen: conditions,
                     enableBehavior: behavior, binding: binding)
    }

    static func choice<E: CodedAnswer>(_ linkId: String, _ values: E.Type, _ binding: ItemBinding,
                                       audience: Audience = .patient, required: Bool = false,
                                       when conditions: [EnableCondition] = [],
                                       behavior: EnableBehavior = .all) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .choice, audience: audience, required: required,
                     options: E.answerOptions, enableWhen: conditions, enableBehavior: behavior, binding: binding)
    }

    static func anyOf<E: CodedAnswer>(_ linkId: String, _ values: E.Type, _ binding: ItemBinding,
                                      audience: Audience = .patient) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .multipleChoice, audience: audience, repeats: true,
                     options: E.answerOptions, binding: binding)
    }

    static func number(_ linkId: String, _ type: ItemType, _ binding: ItemBinding, limit: IntakeLimit?,
                       audience: Audience = .patient, required: Bool = false,
                       when conditions: [EnableCondition] = []) -> QuestionItem {
        QuestionItem(linkId: linkId, type: type, audience: audience, required: required, limit: limit,
                     enableWhen: conditions, binding: binding)
    }

    static func quantity(_ linkId: String, _ units: [UnitChoice], _ binding: ItemBinding, limit: IntakeLimit?,
                         audience: Audience = .patient, required: Bool = false) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .quantity, audience: audience, required: required, units: units,
                     limit: limit, binding: binding)
    }

    static func date(_ linkId: String, _ binding: ItemBinding, audience: Audience = .patient,
                     required: Bool = false, when conditions: [EnableCondition] = [],
                     behavior: EnableBehavior = .all) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .date, audience: audience, required: required,
                     enableWhen: conditions, enableBehavior: behavior, binding: binding)
    }

    static func text(_ linkId: String, _ binding: ItemBinding, length: ClosedRange<Int>,
                     audience: Audience = .patient, required: Bool = false) -> QuestionItem {
        QuestionItem(linkId: linkId, type: .string, audience: audience, required: required, textLength: length,
                     binding: binding)
    }
}

extension UnitChoice {
    static let length = [
        UnitChoice(code: "cm", ucum: "cm", display: "cm"), UnitChoice(code: "m", ucum: "m", display: "m"),
        UnitChoice(code: "in", ucum: "[in_i]", display: "in"), UnitChoice(code: "ft", ucum: "[ft_i]", display: "ft"),
    ]
    static let mass = [
        UnitChoice(code: "kg", ucum: "kg", display: "kg"), UnitChoice(code: "lb", ucum: "[lb_av]", display: "lb"),
    ]
    static let alcohol = [
        UnitChoice(code: "uk-units", ucum: "{UK_unit}/d", display: "UK units"),
        UnitChoice(code: "us-drinks", ucum: "{US_drink}/d", display: "US drinks"),
        UnitChoice(code: "g", ucum: "g/d", display: "g"),
    ]
    static let temperature = [
        UnitChoice(code: "C", ucum: "Cel", display: "°C"), UnitChoice(code: "F", ucum: "[degF]", display: "°F"),
    ]
}
