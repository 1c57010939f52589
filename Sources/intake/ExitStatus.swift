import IntakeStore

/// The exit statuses of `intake` (sysexits.h), and the one place a failure is given one: a
/// script can tell "try again" (75) from "check what you typed" (64, 65, 66) from "ask the
/// administrator" (73, 74, 77, 78). Never 1.
enum ExitStatus {
    /// Done, but look: the PDF sheet was written and printed with characters no installed font has
    /// (drawn as boxes; every page says which). Not from sysexits.h, which has no warning status.
    static let doneWithWarning: Int32 = 3
    static let usage: Int32 = 64         // EX_USAGE: wrong arguments; a screen command without a terminal
    static let dataError: Int32 = 65     // EX_DATAERR: a record given that is not valid
    static let noInput: Int32 = 66       // EX_NOINPUT: no such database, intake ID or file
    static let unavailable: Int32 = 69   // EX_UNAVAILABLE: lp or the PDF libraries missing
    static let software: Int32 = 70      // EX_SOFTWARE: an internal error
    static let cannotCreate: Int32 = 73  // EX_CANTCREAT: a folder or output file that cannot be made
    static let ioError: Int32 = 74       // EX_IOERR: a damaged or unreadable database, a full disk
    static let tryAgain: Int32 = 75      // EX_TEMPFAIL: busy, open at another desk, changed meanwhile, server away
    static let noPermission: Int32 = 77  // EX_NOPERM: a read-only database, a signed record
    static let configuration: Int32 = 78 // EX_CONFIG: TERM, no default printer, a newer database

    static func of(_ error: StoreError) -> Int32 {
        switch error {
        case .recordNotFound, .databaseNotFound: return noInput
        case .invalidValue, .auditTrailBroken: return dataError
        case .databaseBusy, .heldByAnotherSession, .takenOver, .versionChanged, .serverUnreachable: return tryAgain
        case .databaseReadOnly, .recordIsSigned, .transitionNotAllowed: return noPermission
        case .cannotCreateDirectory: return cannotCreate
        case .notADatabase, .databaseTruncated, .storedRecordUnreadable, .diskFull, .databaseFailure: return ioError
        case .databaseFromNewerVersion: return configuration
        }
    }
}

/// A failure a command reports as lines on stderr (no patient data) and a sysexits status.
protocol CommandFailure: Error {
    /// Who says it, before the colon: "intake" unless a command speaks for itself ("intake open").
    var speaker: String { get }
    var messageLines: [String] { get }
    var exitStatus: Int32 { get }
}

extension CommandFailure {
    var speaker: String { "intake" }
}

extension StoreError: CommandFailure {
    var messageLines: [String] { [message(language: StaffText.language)] }
    var exitStatus: Int32 { ExitStatus.of(self) }
}
