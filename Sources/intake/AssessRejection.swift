import Assessment
import IntakeModel

/// What `intake assess --json` prints for a record that failed validation (format spec section 7):
/// `{"format", "id"?, "source"?, "errors"}`.
struct AssessRejection: Encodable {
    var id: String?
    var source: String?
    var errors: [Problem]

    enum CodingKeys: String, CodingKey { case format, id, source, errors }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(IntakeAssessment.formatTag, forKey: .format)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(errors, forKey: .errors)
    }
}
