import Catalog
import Foundation

/// Everything that can go wrong in the store, in words staff can act on. Never carries patient
/// data, so an error can be written to stderr or a log as is.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case recordNotFound(id: String)
    /// A signed record is read-only: amend it to change it.
    case recordIsSigned(id: String)
    /// A lifecycle step that is not allowed from the record's status.
    case transitionNotAllowed(id: String, from: RecordStatus, to: RecordStatus)
    /// A lifecycle step named an old version: the record changed in another session.
    case versionChanged(id: String, expected: Int, current: Int)
    /// Another live session holds the draft (the desk is named in the message's language).
    case heldByAnotherSession(id: String, holder: DeskSession)
    /// This desk's session no longer holds the draft: another desk (`holder`) took it over, so
    /// this desk's save was refused (checked in the same transaction as the write).
    case takenOver(id: String, holder: DeskSession)
    /// A required value was empty or not allowed (`field` names it, `allowed` says what is).
    case invalidValue(field: StoreDetail, allowed: StoreDetail)
    case cannotCreateDirectory(path: String, reason: StoreDetail)
    /// Opened only if it exists (commands that read), and there is no file at `path`.
    case databaseNotFound(path: String)
    case databaseReadOnly(path: String)
    case notADatabase(path: String)
    case databaseTruncated(path: String)
    case databaseFromNewerVersion(path: String)
    case diskFull(path: String)
    /// Still busy after the busy timeout and retries (another desk held a long write).
    case databaseBusy(path: String)
    case storedRecordUnreadable(id: String)
    /// The record's audit trail or signed versions do not match their hash chain: `detail` names
    /// the first broken link (an entry number, never patient data).
    case auditTrailBroken(id: String, detail: StoreDetail)
    /// Any other database failure; `detail` is SQLite's own message (never patient data).
    case databaseFailure(path: String, detail: StoreDetail)
    /// The PostgreSQL records server cannot be reached (connection refused, timed out or lost).
    /// Carries nothing, so no server address (or password in one) can leak through it; the offline
    /// journal catches exactly this case.
    case serverUnreachable

    /// The message in `language` (untranslated messages are English).
    public func message(language: Language = .english) -> String {
        StoreMessages.text(key, language: language, values: values(in: language))
    }

    public var description: String { message() }

    var key: StoreMessages.Key {
        switch self {
        case .recordNotFound: return .recordNotFound
        case .recordIsSigned: return .recordIsSigned
        case .transitionNotAllowed: return .transitionNotAllowed
        case .versionChanged: return .versionChanged
        case .heldByAnotherSession: return .heldByAnotherSession
        case .takenOver: return .takenOver
        case .invalidValue: return .invalidValue
        case .cannotCreateDirectory: return .cannotCreateDirectory
        case .databaseNotFound: return .databaseNotFound
        case .databaseReadOnly: return .databaseReadOnly
        case .notADatabase: return .notADatabase
        case .databaseTruncated: return .databaseTruncated
        case .databaseFromNewerVersion: return .databaseFromNewerVersion
        case .diskFull: return .diskFull
        case .databaseBusy: return .databaseBusy
        case .storedRecordUnreadable: return .storedRecordUnreadable
        case .databaseFailure: return .databaseFailure
        case .auditTrailBroken: return .auditTrailBroken
        case .serverUnreachable: return .serverUnreachable
        }
    }

    func values(in language: Language) -> [String: String] {
        switch self {
        case .recordNotFound(let id), .recordIsSigned(let id), .storedRecordUnreadable(let id):
            return ["id": id]
        case .transitionNotAllowed(let id, let from, let to):
            return ["id": id, "from": from.rawValue, "to": to.rawValue]
        case .versionChanged(let id, let expected, let current):
            return ["id": id, "expected": String(expected), "current": String(current)]
        case .heldByAnotherSession(let id, let holder), .takenOver(let id, let holder):
            return ["id": id, "holder": holder.label(in: language)]
        case .invalidValue(let field, let allowed):
            return ["field": field.said(in: language), "allowed": allowed.said(in: language)]
        case .cannotCreateDirectory(let path, let reason):
            return ["path": path, "reason": reason.said(in: language)]
        case .databaseNotFound(let path), .databaseReadOnly(let path), .notADatabase(let path), .databaseTruncated(let path),
             .databaseFromNewerVersion(let path), .diskFull(let path), .databaseBusy(let path):
            return ["path": path]
        case .databaseFailure(let path, let detail):
            return ["path": path, "detail": detail.said(in: language)]
        case .auditTrailBroken(let id, let detail):
            return ["id": id, "detail": detail.said(in: language)]
        case .serverUnreachable:
            return [:]
        }
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { message() }
}
