import Foundation

/// The texts printed by `intake list`, `audit`, `import` and `export`, keyed by language
/// (English now; a Spanish table joins `tables`). Placeholders are `{name}`. Option help stays with
/// each option, where swift-argument-parser shows it.
enum StoreCommandText: String, CaseIterable {
    case noIntakes, listHeaderUrgency, listHeaderID, listHeaderName, listHeaderBorn, listHeaderVisit, listHeaderStatus
    case listHeaderUpdated, listHeaderSession, sessionOpen, sessionEnded
    case auditHeaderTime, auditHeaderAction, auditHeaderVersion, auditHeaderWho, auditHeaderChange, noValue, auditVerified
    case badDate, unreadableFile, unwritableFile, importWarning, importProblem, nothingImported, standardInput
    case copyDone, copyVerified, migrated

    static let language = "en"
    static let tables: [String: [StoreCommandText: String]] = ["en": english]

    static let english: [StoreCommandText: String] = [
        .noIntakes: "No intakes match.",
        .listHeaderUrgency: "URGENCY", .listHeaderID: "ID", .listHeaderName: "NAME", .listHeaderBorn: "BORN", .listHeaderVisit: "VISIT",
        .listHeaderStatus: "STATUS", .listHeaderUpdated: "UPDATED", .listHeaderSession: "SESSION",
        .sessionOpen: "open: {desk}",
        .sessionEnded: "ended, can be taken over: {desk}",
        .auditHeaderTime: "TIME", .auditHeaderAction: "ACTION", .auditHeaderVersion: "VER", .auditHeaderWho: "WHO",
        .auditHeaderChange: "CHANGE",
        .noValue: "(none)",
        .auditVerified: "The audit trail of {id} is intact: {entries} and {signed} match their hash chain.",
        .badDate: "--date: expected a real date YYYY-MM-DD (for example 2026-12-02) or 'today'",
        .unreadableFile: "{file}: cannot be read (no such file, or no permission)",
        .unwritableFile: "{file}: cannot be written",
        .importWarning: "warning: {file}: {field}: {message}",
        .importProblem: "{file}: {field}: {message}",
        .nothingImported: "Nothing was imported.",
        .standardInput: "standard input",
        .copyDone: "Copied from {from} to {to}: added {records} intakes, {signed} signed versions, {audit} audit entries.",
        .copyVerified: "Verified: both hold {records} intakes, {signed} signed versions, {audit} audit entries; "
            + "content hash sha256:{hash}.",
        .migrated: "The database {db} is set up for this version of OsteoIntake.",
    ]

    /// The text in the current language, placeholders filled.
    func text(_ values: [String: String] = [:]) -> String {
        var text = Self.tables[Self.language]?[self] ?? Self.english[self] ?? rawValue
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}
