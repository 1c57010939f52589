import Catalog
import Foundation

/// One answer the user changed, as the audit trail records it. (The screens have their own
/// `IntakeApp.AnswerChange`; the app shell turns it into this: `field` = its JSON Pointer.)
public struct FieldChange: Codable, Hashable, Sendable {
    /// The questionnaire item's linkId, or the record path (`symptoms.painScore`).
    public var field: String
    /// The answer before and after, as text (nil when there was none).
    public var oldValue: String?
    public var newValue: String?

    public init(field: String, oldValue: String?, newValue: String?) {
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
    }
}

/// What a save does when the record changed in another session since this one loaded it.
public enum ConflictPolicy: String, Codable, Sendable {
    /// Change nothing and return the conflict (the default: never a silent overwrite).
    case refuse
    /// The user saw the conflict and chose to keep their version.
    case overwrite
    /// The user saw another desk's answer of this one field and chose to keep theirs over it:
    /// the version is still checked (a newer change conflicts again), and the row is audited as
    /// an overwrite.
    case overwriteField
}

/// The result of an autosave.
public enum SaveOutcome: Hashable, Sendable {
    /// Committed; the record is now at this version.
    case saved(version: Int)
    /// Another session changed the record first; nothing was written.
    case conflict(SaveConflict)
}

/// A record changed in another session since this one opened it. Offer the user a choice:
/// reload (`store.load`) and lose this answer, or save again with `onConflict: .overwrite`.
public struct SaveConflict: Hashable, Sendable {
    public var recordID: String
    public var expectedVersion: Int
    /// The version now stored and who wrote it.
    public var current: StoredRecord
    public var lastChangedBy: String?

    public init(recordID: String, expectedVersion: Int, current: StoredRecord, lastChangedBy: String?) {
        self.recordID = recordID
        self.expectedVersion = expectedVersion
        self.current = current
        self.lastChangedBy = lastChangedBy
    }

    /// For the conflict dialog (no patient data in it).
    public var message: String { message(language: .english) }

    /// The conflict in words, in `language`.
    public func message(language: Language) -> String {
        let versions = ["expected": String(expectedVersion), "current": String(current.version)]
        guard let lastChangedBy else { return Catalog(language)(.storeChangedInAnotherSession, versions) }
        return Catalog(language)(.storeChangedInAnotherSessionBy, versions.merging(["desk": lastChangedBy]) { $1 })
    }
}
