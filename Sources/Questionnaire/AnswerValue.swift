import IntakeModel

/// One answer as the screens, the session and the FHIR mapping see it, whatever record field it
/// is stored in. "Unknown" is no answer at all (`nil`): the record then omits the key.
public enum AnswerValue: Hashable, Sendable {
    case string(String)
    case date(CalendarDate)
    case integer(Int)
    case decimal(Double)
    /// A value with the record's own unit code (`cm`, `in`, `lb`, `C`, `uk-units` ...).
    case quantity(value: Double, unit: String)
    case boolean(Bool)
    /// One option of a choice item: the record's enum raw value.
    case code(String)
    /// A set of options (multiple choice): raw values, in the order of the item's options.
    case codes([String])

    /// The codes this answer carries (one for `.code`, all for `.codes`), for enableWhen tests.
    public var codeValues: [String] {
        switch self {
        case .code(let code): return [code]
        case .codes(let codes): return codes
        default: return []
        }
    }
}
