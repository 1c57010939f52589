/// The JSON tree of a record the screens hold, kept from one answer to the next.
///
/// The validator walks a `JSONValue`; an answer changes one section of the record (the patient,
/// the body, the medications...), so only the sections that differ from the last record are
/// encoded again. `tree(of:)` always equals `JSONValueEncoder().encode(record)` (a test checks it
/// answer by answer).
public struct IntakeRecordTree: Sendable {
    private var last: IntakeRecord?
    private var members: [String: JSONValue] = [:]

    public init() {}

    /// The tree of `record`, re-encoding only what changed since the last call.
    public mutating func tree(of record: IntakeRecord) throws -> JSONValue {
        try refresh("format", of: record) { $0.format }
        try refresh("id", of: record) { $0.id }
        try refresh("visitDate", of: record) { $0.visitDate }
        try refresh("patient", of: record) { $0.patient }
        try refresh("body", of: record) { $0.body }
        try refresh("history", of: record) { $0.history }
        try refresh("medications", of: record) { $0.medications }
        try refresh("symptoms", of: record) { $0.symptoms }
        try refresh("redFlags", of: record) { $0.redFlags }
        try refresh("boneDensity", of: record) { $0.boneDensity }
        try refresh("labs", of: record) { $0.labs }
        try refresh("startBack", of: record) { $0.startBack }
        last = record
        return .object(members)
    }

    /// Encodes one section again unless the last record had it the same. An absent section is left
    /// out of the tree, as `JSONEncoder` leaves out a nil optional.
    private mutating func refresh<Section: Encodable & Equatable>(
        _ key: String, of record: IntakeRecord, _ section: (IntakeRecord) -> Section?
    ) throws {
        let value = section(record)
        if let last, section(last) == value { return }
        members[key] = try value.map { try JSONValueEncoder().encode($0) }
    }
}
