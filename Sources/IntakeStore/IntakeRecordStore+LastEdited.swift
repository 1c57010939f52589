extension IntakeRecordStore {
    /// The fields answered on a record, the latest first, as its audit trail names them (rows
    /// `answer` and `overwrite`): where `intake resume` puts the clerk back, on the screen and in
    /// line mode alike.
    public func fieldsLastEdited(_ recordID: String) throws -> [String] {
        try auditTrail(recordID).reversed().filter { $0.action == .answer || $0.action == .overwrite }.compactMap(\.field)
    }
}
