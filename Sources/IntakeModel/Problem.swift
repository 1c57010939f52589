/// One problem found in an intake record: where (a JSON Pointer into the record, RFC 6901), what
/// kind (a stable code) and a message a front desk understands ("900 kg is outside 25-300 kg").
///
/// Errors reject the record; warnings are listed with its assessment (format spec section 8).
public struct Problem: Codable, Hashable, Sendable {
    public var path: String
    public var code: ProblemCode
    public var message: String

    public init(path: String, code: ProblemCode, message: String) {
        self.path = path
        self.code = code
        self.message = message
    }
}

public enum ProblemCode: String, Codable, CaseIterable, Sendable {
    // Errors (section 8.1)
    case syntax, type, required
    case unknownKey = "unknown-key"
    case enumeration = "enum"
    case format, range, conflict
    case dateOrder = "date-order"
    case duplicate
    // Warnings (section 8.3)
    case softLimit = "soft-limit"
    case unrecognisedMedication = "unrecognised-medication"
    case missingDose = "missing-dose"
    case missingDuration = "missing-duration"
    case missingLastDoseDate = "missing-last-dose-date"
    case assumed
    /// A red-flag question left out (section 8.3, added 2026-12-06).
    case notAsked = "not-asked"

    public var isWarning: Bool {
        switch self {
        case .softLimit, .unrecognisedMedication, .missingDose, .missingDuration, .missingLastDoseDate, .assumed, .notAsked:
            return true
        default:
            return false
        }
    }
}
