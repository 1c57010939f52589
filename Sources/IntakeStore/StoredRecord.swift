import Foundation
import IntakeModel

/// Where a record is in its life: filled in, finished, checked and signed by staff, or amended
/// after signing. Raw values are what `intake list --status` takes and what the database stores.
public enum RecordStatus: String, Codable, CaseIterable, Sendable {
    case inProgress = "in-progress"
    case completed
    case signed
    case amended

    /// A signed record is read-only; amending it makes a new editable version.
    public var isEditable: Bool { self != .signed }

    /// Whether a record at this status and `version` may move to `target` for a desk that read
    /// `expectedVersion`: the one rule both stores apply under their row lock (complete, sign, amend).
    public func checkTransition(of recordID: String, version: Int, expectedVersion: Int,
                                from allowed: Set<RecordStatus>, to target: RecordStatus) throws {
        guard version == expectedVersion else {
            throw StoreError.versionChanged(id: recordID, expected: expectedVersion, current: version)
        }
        guard allowed.contains(self) else {
            if self == .signed { throw StoreError.recordIsSigned(id: recordID) }
            throw StoreError.transitionNotAllowed(id: recordID, from: self, to: target)
        }
    }
}

/// Who signed a record and when.
public struct Signature: Codable, Hashable, Sendable {
    public var staffName: String
    public var signedAt: Date
    public init(staffName: String, signedAt: Date) {
        self.staffName = staffName
        self.signedAt = signedAt
    }
}

/// One version of a stored intake: the record itself plus what the store knows about it.
public struct StoredRecord: Hashable, Sendable {
    /// The store's ID of the record (`intake open ID`); not the sender's `record.id`.
    public var id: String
    /// Goes up by one with every change; a save names the version it started from.
    public var version: Int
    public var status: RecordStatus
    public var record: IntakeRecord
    public var createdAt: Date
    public var updatedAt: Date
    /// Set while signed, and on every signed version returned by `signedVersions`.
    public var signature: Signature?
    /// The desk that has the draft open, if any, and whether that session is still alive.
    public var session: SessionState

    public init(id: String, version: Int, status: RecordStatus, record: IntakeRecord, createdAt: Date,
                updatedAt: Date, signature: Signature? = nil, session: SessionState = .none) {
        self.id = id
        self.version = version
        self.status = status
        self.record = record
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.signature = signature
        self.session = session
    }
}

/// One line of `intake list` and of the home screen.
public struct RecordSummary: Hashable, Sendable {
    public var id: String
    public var name: String?
    public var birthDate: CalendarDate?
    public var visitDate: CalendarDate?
    public var status: RecordStatus
    public var updatedAt: Date
    public var version: Int
    public var session: SessionState
    /// What the assessment makes of the record (stored with it at every write: a list never
    /// decodes records).
    public var urgency: ListedUrgency

    public init(id: String, name: String?, birthDate: CalendarDate?, visitDate: CalendarDate?, status: RecordStatus,
                updatedAt: Date, version: Int, session: SessionState, urgency: ListedUrgency) {
        self.urgency = urgency
        self.id = id
        self.name = name
        self.birthDate = birthDate
        self.visitDate = visitDate
        self.status = status
        self.updatedAt = updatedAt
        self.version = version
        self.session = session
    }
}

/// Which records `list` returns. Empty fields match everything.
public struct RecordQuery: Hashable, Sendable {
    public var status: RecordStatus?
    public var visitDate: CalendarDate?
    /// Part of a name (accents and case ignored), an ID, or a birth date typed as the desk types
    /// dates (`YYYY-MM-DD`, or in `dateConvention`: `04/04/1956` at a US desk).
    public var search: String?
    public var limit: Int?
    /// How a birth date in `search` is read (the clinic's `date_order`).
    public var dateConvention: DateConvention

    public init(status: RecordStatus? = nil, visitDate: CalendarDate? = nil, search: String? = nil, limit: Int? = nil,
                dateConvention: DateConvention = .yearMonthDay) {
        self.status = status
        self.visitDate = visitDate
        self.search = search
        self.limit = limit
        self.dateConvention = dateConvention
    }
}
