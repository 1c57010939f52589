import Foundation

/// An emergency alert a member of staff acknowledged, as the audit trail holds it.
public struct AlertAcknowledgement: Hashable, Sendable {
    /// The rule IDs of the alert ("RF-CES").
    public var rules: [String]
    /// The staff member's name, from their sign-in.
    public var staffName: String
    public var at: Date
}

extension IntakeRecordStore {
    /// The emergency alerts acknowledged on a record, oldest first (audit rows
    /// `alert-acknowledged`: the rules in `field`, the staff member in `newValue`). The shell
    /// reads them to know which alerts to show again; the sheet prints who acknowledged and when.
    public func alertAcknowledgements(_ recordID: String) throws -> [AlertAcknowledgement] {
        try auditTrail(recordID).filter { $0.action == .alertAcknowledged }.map {
            AlertAcknowledgement(rules: ($0.field ?? "").split(separator: ",").map(String.init),
                                 staffName: $0.newValue ?? "", at: $0.at)
        }
    }
}
