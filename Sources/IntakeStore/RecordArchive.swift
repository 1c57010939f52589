import Crypto
import Catalog
import Foundation

/// Everything a store keeps of one record, as `intake db copy` carries it from one backend to the
/// other: the record's row, its signed versions and its audit trail with their chain hashes, so the
/// copy verifies exactly as the original does. The desks' own trail (`DeskAudit.recordID`) has
/// no row.
public struct ArchivedRecord: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public var version: Int
        public var status: String
        public var json: String
        public var createdAt: Double
        public var updatedAt: Double
        public var updatedBy: String?
        public var signedBy: String?
        public var signedAt: Double?

        public init(version: Int, status: String, json: String, createdAt: Double, updatedAt: Double, updatedBy: String?,
                    signedBy: String?, signedAt: Double?) {
            self.version = version
            self.status = status
            self.json = json
            self.createdAt = createdAt
            self.updatedAt = updatedAt
            self.updatedBy = updatedBy
            self.signedBy = signedBy
            self.signedAt = signedAt
        }
    }

    public var recordID: String
    public var row: Row?
    public var signed: [ChainedSignedVersion]
    public var audit: [ChainedAuditRow]

    public init(recordID: String, row: Row?, signed: [ChainedSignedVersion], audit: [ChainedAuditRow]) {
        self.recordID = recordID
        self.row = row
        self.signed = signed
        self.audit = audit
    }

    /// The chain head these rows end in.
    public var head: ChainHead {
        ChainHead(auditHash: audit.last?.hash, auditSequence: audit.last?.sequence, signedHash: signed.last?.hash,
                  signedVersion: signed.last?.version)
    }

    /// What `other` (this record as another store holds it) lacks of this one, when its rows are
    /// these rows' beginning; nil when they differ (then nothing may be copied over them).
    public func missing(from other: ArchivedRecord?) -> ArchivedRecord? {
        guard let other else { return self }
        if let otherRow = other.row, otherRow != row { return nil }
        guard other.audit.count <= audit.count, other.signed.count <= signed.count,
              zip(other.audit, audit).allSatisfy({ $0.hash == $1.hash }),
              zip(other.signed, signed).allSatisfy({ $0.hash == $1.hash }) else { return nil }
        return ArchivedRecord(recordID: recordID, row: other.row == nil ? row : nil,
                              signed: Array(signed.dropFirst(other.signed.count)),
                              audit: Array(audit.dropFirst(other.audit.count)))
    }

    /// This record cut to the length of `source`'s chains: what a copy of `source` is compared on.
    public func prefix(matching source: ArchivedRecord) -> ArchivedRecord {
        ArchivedRecord(recordID: recordID, row: row, signed: Array(signed.prefix(source.signed.count)),
                       audit: Array(audit.prefix(source.audit.count)))
    }

    /// Length-prefixed text of everything kept (the chain hashes stand for the rows they cover).
    var canonical: String {
        func text(_ value: String?) -> String { value.map { "t\($0.utf8.count):\($0)" } ?? "n" }
        func real(_ value: Double?) -> String { value.map { "r\(String($0.bitPattern, radix: 16));" } ?? "n" }
        var parts = [text(recordID)]
        if let row {
            parts += [String(row.version), text(row.status), text(row.json), real(row.createdAt), real(row.updatedAt),
                      text(row.signedBy), real(row.signedAt)]
        }
        parts += signed.map { text($0.hash) } + ["|"] + audit.map { text($0.hash) }
        return parts.joined(separator: ",")
    }
}

/// The counts and content hash a copy prints and checks on both sides.
public struct ArchiveSummary: Hashable, Sendable {
    public var records = 0
    public var signedVersions = 0
    public var auditEntries = 0
    /// SHA-256 over every record's canonical text, in record ID order.
    public var contentHash = ""

    public init(records: Int = 0, signedVersions: Int = 0, auditEntries: Int = 0, contentHash: String = "") {
        self.records = records
        self.signedVersions = signedVersions
        self.auditEntries = auditEntries
        self.contentHash = contentHash
    }

    public static func of(_ records: [ArchivedRecord]) -> ArchiveSummary {
        var summary = ArchiveSummary()
        var digest = SHA256()
        for record in records.sorted(by: { $0.recordID < $1.recordID }) {
            summary.records += record.row == nil ? 0 : 1
            summary.signedVersions += record.signed.count
            summary.auditEntries += record.audit.count
            digest.update(data: Data((record.canonical + "\n").utf8))
        }
        summary.contentHash = digest.finalize().map { String(format: "%02x", $0) }.joined()
        return summary
    }
}

/// A store whose records can be read and written whole, hashes and all (`intake db copy`).
public protocol RecordArchiving {
    /// Every record ID with a row or audit entries (the desks' trail included).
    func archivedRecordIDs() throws -> [String]
    /// The record as stored, or nil when this store has nothing of it.
    func archivedRecord(_ recordID: String) throws -> ArchivedRecord?
    /// Adds, in one transaction, what `archived` has and this store lacks (`ArchivedRecord.missing`);
    /// throws `StoreError.invalidValue` naming the record when this store's rows differ.
    func restore(_ archived: ArchivedRecord) throws -> ArchiveSummary
}

/// `intake db copy FROM TO`: every record of one store into another, idempotent, then verified.
public enum RecordCopy {
    public struct Outcome: Sendable {
        /// What the source holds; the target holds the same (checked).
        public var source: ArchiveSummary
        /// What this run added to the target (nothing on a second run).
        public var added: ArchiveSummary
        public var target: ArchiveSummary
    }

    public static func copy(from source: any RecordArchiving, to target: any RecordArchiving) throws -> Outcome {
        var originals: [ArchivedRecord] = []
        var added = ArchiveSummary()
        for id in try source.archivedRecordIDs() {
            guard let original = try source.archivedRecord(id) else { continue }
            originals.append(original)
            let existing = try target.archivedRecord(id)
            guard let missing = original.missing(from: existing) else {
                throw StoreError.invalidValue(field: .text(.storeCopyIntake, ["id": id]), allowed: .text(.storeCopyDifferentVersion))
            }
            if missing.row == nil && missing.signed.isEmpty && missing.audit.isEmpty { continue }
            let step = try target.restore(missing)
            added.records += step.records
            added.signedVersions += step.signedVersions
            added.auditEntries += step.auditEntries
        }
        let copies = try originals.map { original -> ArchivedRecord in
            guard let copy = try target.archivedRecord(original.recordID) else {
                throw StoreError.invalidValue(field: .text(.storeCopyIntake, ["id": original.recordID]), allowed: .text(.storeCopyMissingAfter))
            }
            return copy.prefix(matching: original)
        }
        let outcome = Outcome(source: ArchiveSummary.of(originals), added: added, target: ArchiveSummary.of(copies))
        guard outcome.source == outcome.target else {
            throw StoreError.invalidValue(field: .text(.storeCopyTheCopy), allowed: .text(.storeCopyDiffers, [
                "source": String(outcome.source.records), "target": String(outcome.target.records),
            ]))
        }
        return outcome
    }
}
