import Foundation
import PlainText

/// The store's texts for staff, keyed by language. Placeholders are `{name}`.
enum StoreMessages {
    enum Key: String, Sendable {
        case recordNotFound, recordIsSigned, transitionNotAllowed, versionChanged, heldByAnotherSession, takenOver
        case invalidValue, cannotCreateDirectory, databaseNotFound, databaseReadOnly, notADatabase, databaseTruncated
        case databaseFromNewerVersion, diskFull, databaseBusy, storedRecordUnreadable, databaseFailure
        case auditTrailBroken, serverUnreachable
    }

    static let tables: [String: [Key: String]] = ["en": english]

    static let english: [Key: String] = [
        .recordNotFound: "No intake with ID {id} in this database.",
        .recordIsSigned: "Intake {id} is signed and read-only; amend it to make changes.",
        .transitionNotAllowed: "Intake {id} is {from}; it cannot become {to} from there.",
        .versionChanged: "Intake {id} was changed in another session (you had version {expected}, "
            + "now {current}); reload it and try again.",
        .heldByAnotherSession: "Intake {id} is open at another desk ({holder}).",
        .takenOver: "Intake {id} was taken over at another desk ({holder}); this desk's change was not saved.",
        .invalidValue: "{field}: {allowed}.",
        .cannotCreateDirectory: "Cannot create the database folder {path}: {reason}.",
        .databaseNotFound: "There is no intake database at {path}; nothing was created. "
            + "Check the --db path or INTAKE_DB ('intake new' or 'intake import' starts a database).",
        .databaseReadOnly: "The database {path} is read-only, so nothing can be saved. "
            + "Ask your administrator to make it writable, or use --db with another file.",
        .notADatabase: "{path} is not an OsteoIntake database (not an SQLite file). "
            + "It was left untouched; check the --db path or INTAKE_DB.",
        .databaseTruncated: "The database {path} is damaged (truncated: shorter than its pages, "
            + "or otherwise corrupted). It was left untouched; restore it from a backup.",
        .databaseFromNewerVersion: "The database {path} was written by a newer version of OsteoIntake. "
            + "Update this program before using it; the database was left untouched.",
        .diskFull: "The disk holding {path} is full (or a file-size limit was reached): the last change "
            + "was not saved. Everything saved before is intact; free some space and save again.",
        .databaseBusy: "The database {path} stayed busy with another desk's save; nothing was lost. "
            + "Please save again in a moment.",
        .storedRecordUnreadable: "The stored data of intake {id} cannot be read; it was left untouched.",
        .databaseFailure: "The database {path} reported an error: {detail}.",
        .auditTrailBroken: "The audit trail of intake {id} was altered outside OsteoIntake: {detail}. "
            + "Keep the database file as it is and tell your administrator.",
        .serverUnreachable: "The records server cannot be reached.",
    ]

    static func text(_ key: Key, language: String, values: [String: String]) -> String {
        let table = tables[language] ?? english
        var text = table[key] ?? english[key] ?? key.rawValue
        for (name, value) in values {
            // an ID, a desk or a path may come from a command line or a record: never a control
            text = text.replacingOccurrences(of: "{\(name)}", with: Sanitizer.displayLine(value))
        }
        return text
    }
}
