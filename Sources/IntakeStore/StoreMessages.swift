import Catalog
import PlainText

/// The store's texts for staff: keys of the string catalog (`store.*`). Placeholders are `{name}`.
enum StoreMessages {
    enum Key: String, CaseIterable, Sendable {
        case recordNotFound, recordIsSigned, transitionNotAllowed, versionChanged, heldByAnotherSession, takenOver
        case invalidValue, cannotCreateDirectory, databaseNotFound, databaseReadOnly, notADatabase, databaseTruncated
        case databaseFromNewerVersion, diskFull, databaseBusy, storedRecordUnreadable, databaseFailure
        case auditTrailBroken, serverUnreachable, answersWaiting
    }

    /// The message in `language`, from the string catalog (`store.<key>`). An ID, a desk or a path
    /// may come from a command line or a record: shown without control characters.
    static func text(_ key: Key, language: Language, values: [String: String]) -> String {
        Catalog(language)(.storeMessage(key.rawValue), values.mapValues(Sanitizer.displayLine)) ?? ""
    }
}
