/// Checks that an answer fits an item before it reaches the record.
extension QuestionItem {
    /// The answer as the record will store it (a multiple-choice set deduplicated and put in option
    /// order; a whole number accepted for a decimal), or the reason it does not fit.
    public func checked(_ value: AnswerValue) throws(AnswerError) -> AnswerValue {
        let allowed = options.map(\.code)
        switch (type, value) {
        case (.string, .string), (.openChoice, .string), (.date, .date), (.integer, .integer),
             (.scale, .integer), (.decimal, .decimal), (.boolean, .boolean):
            return value
        case (.decimal, .integer(let number)):
            return .decimal(Double(number))
        case (.openChoice, .code(let code)):
            return .string(code)
        case (.quantity, .quantity(_, let unit)):
            guard units.contains(where: { $0.code == unit }) else {
                throw .unknownUnit(unit, allowed: units.map(\.code))
            }
            return value
        case (.choice, .code(let code)):
            guard optionIndex(of: code) != nil else { throw .unknownOption(code, allowed: allowed) }
            return value
        case (.multipleChoice, .codes(let codes)):
            if let bad = codes.first(where: { !allowed.contains($0) }) {
                throw .unknownOption(bad, allowed: allowed)
            }
            return .codes(allowed.filter(codes.contains))
        case (.derived, _), (.group, _), (.repeatingGroup, _):
            throw .readOnly
        default:
            throw .wrongKind(expected: type)
        }
    }
}
