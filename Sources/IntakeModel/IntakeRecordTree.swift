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
        let old = last
        try refresh("format", record.format, unchanged: old?.format == record.format)
        try refresh("id", record.id, unchanged: old.map { $0.id == record.id } ?? false)
        try refresh("visitDate", record.visitDate, unchanged: old.map { $0.visitDate == record.visitDate } ?? false)
        try refresh("patient", record.patient, unchanged: old.map { $0.patient == record.patient } ?? false)
        try refresh("body", record.body, unchanged: old.map { $0.body == record.body } ?? false)
        try refresh("history", record.history, unchanged: old.map { $0.history == record.history } ?? false)
        try refresh("medications", record.medications, unchanged: old.map { $0.medications == record.medications } ?? false)
        try refresh("symptoms", record.symptoms, unchanged: old.map { $0.symptoms == record.symptoms } ?? false)
        try refresh("redFlags", record.redFlags, unchanged: old.map { $0.redFlags == record.redFlags } ?? false)
        try refresh("boneDensity", record.boneDensity, unchanged: old.map { $0.boneDensity == record.boneDensity } ?? false)
        try refresh("labs", record.labs, unchanged: old.map { $0.labs == record.labs } ?? false)
        try refresh("startBack", record.startBack, unchanged: old.map { $0.startBack == record.startBack } ?? false)
        last = record
        return .object(members)
    }

    /// An absent section is left out of the tree, as `JSONEncoder` leaves out a nil optional.
    private mutating func refresh<Section: Encodable>(_ key: String, _ section: Section?, unchanged: Bool) throws {
        guard !unchanged else { return }
        members[key] = try section.map { try JSONValueEncoder().encode($0) }
    }
}
