/// When an item is shown, in the shape of FHIR R4 `Questionnaire.item.enableWhen`: the answer of
/// another item (`question`, a linkId) compared with `answer` by `op`. An item with several
/// conditions combines them with its `enableBehavior`. A hidden item takes no answer, and an answer
/// it had is dropped from the record.
///
/// Inside a repeating group a condition on a sibling item reads the same entry (the route of the
/// second medication depends on the classes of the second medication).
public struct EnableCondition: Hashable, Sendable {
    public var question: String
    public var op: EnableOperator
    /// The value compared with; for `.exists` a `.boolean` saying whether an answer must exist.
    public var answer: AnswerValue

    public init(_ question: String, _ op: EnableOperator, _ answer: AnswerValue) {
        self.question = question; self.op = op; self.answer = answer
    }

    /// The condition holds for `value`, the current answer of `question` (nil = no answer).
    /// Follows FHIR R4: `exists` tests presence; `=` holds when an answer (any of a set) equals;
    /// `!=` holds when there is no answer or one that differs; order operators need an answer.
    public func holds(for value: AnswerValue?) -> Bool {
        switch op {
        case .exists:
            let wanted: Bool
            if case .boolean(let flag) = answer { wanted = flag } else { wanted = true }
            return (value != nil) == wanted
        case .equals:
            guard let value else { return false }
            return EnableCondition.matches(value, answer)
        case .notEquals:
            guard let value else { return true }
            return !EnableCondition.matches(value, answer)
        case .greater, .less, .greaterOrEqual, .lessOrEqual:
            guard let left = value.flatMap(EnableCondition.number), let right = EnableCondition.number(answer) else {
                return false
            }
            switch op {
            case .greater: return left > right
            case .less: return left < right
            case .greaterOrEqual: return left >= right
            default: return left <= right
            }
        }
    }

    static func matches(_ value: AnswerValue, _ expected: AnswerValue) -> Bool {
        if case .code(let code) = expected { return value.codeValues.contains(code) }
        return value == expected
    }

    static func number(_ value: AnswerValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .decimal(let number): return number
        case .quantity(let number, _): return number
        default: return nil
        }
    }
}

/// FHIR R4 `QuestionnaireItemOperator`.
public enum EnableOperator: String, Hashable, Sendable, CaseIterable {
    case exists
    case equals = "="
    case notEquals = "!="
    case greater = ">"
    case less = "<"
    case greaterOrEqual = ">="
    case lessOrEqual = "<="
}

/// FHIR R4 `enableBehavior`: all conditions must hold, or any one.
public enum EnableBehavior: String, Hashable, Sendable {
    case all, any
}
