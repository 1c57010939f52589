/// The outcome of checking one intake record (format spec section 8).
///
/// `record` is set only when there are no errors; `warnings` (soft limits) never stop a record.
public struct IntakeCheck: Sendable {
    public var record: IntakeRecord?
    public var errors: [Problem]
    public var warnings: [Problem]
    /// The record's `id` when it is a usable string, even when the record is rejected (the rejection
    /// object echoes it).
    public var id: String?

    public init(record: IntakeRecord?, errors: [Problem], warnings: [Problem], id: String? = nil) {
        self.record = record
        self.errors = errors
        self.warnings = warnings
        self.id = id
    }

    public var isValid: Bool { errors.isEmpty }
}
