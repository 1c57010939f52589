import Catalog

/// The texts printed by `intake list`, `audit`, `import` and `export`: `cli.store.*` entries of the
/// string catalog. Placeholders are `{name}`. Option help stays with
/// each option, where swift-argument-parser shows it.
enum StoreCommandText: String, CaseIterable {
    case noIntakes, listHeaderUrgency, listHeaderID, listHeaderName, listHeaderBorn, listHeaderVisit, listHeaderStatus
    case listHeaderUpdated, listHeaderSession, sessionOpen, sessionEnded
    case auditHeaderTime, auditHeaderAction, auditHeaderVersion, auditHeaderWho, auditHeaderChange, noValue, auditVerified
    case badDate, unreadableFile, unwritableFile, importWarning, importProblem, nothingImported, standardInput
    case copyDone, copyVerified, migrated

    /// The language of the commands' output: the staff's (`StaffText`).
    static var language: Language { StaffText.language }

    /// The text in the current language, placeholders filled (`cli.store.<case>` in the catalog).
    func text(_ values: [String: String] = [:]) -> String {
        Catalog(Self.language).text(forDataKey: "cli.store." + rawValue, values) ?? ""
    }
}
