import Catalog
import Foundation

/// One audit row as it is chained, whatever database holds it: what `AuditChain` hashes, what a
/// second backend stores and what `intake db copy` carries across with its hash unchanged.
public struct ChainedAuditRow: Hashable, Sendable {
    public var sequence: Int64
    public var recordID: String
    /// Seconds since 1970, as stored (the hash covers the exact double).
    public var at: Double
    public var actor: AuditActor
    public var action: String
    public var field: String?
    public var oldValue: String?
    public var newValue: String?
    public var version: Int?
    public var hash: String?

    public init(sequence: Int64, recordID: String, at: Double, actor: AuditActor, action: String, field: String?,
                oldValue: String?, newValue: String?, version: Int?, hash: String?) {
        self.sequence = sequence
        self.recordID = recordID
        self.at = at
        self.actor = actor
        self.action = action
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.version = version
        self.hash = hash
    }

    /// This row's hash when it follows a row whose hash is `previous` (nil: the first of its chain).
    public func chainHash(after previous: String?) -> String {
        AuditChain.hash(previous: previous ?? AuditChain.genesis,
                        AuditChain.auditValues(recordID: recordID, at: at, actor: actor, action: action, field: field,
                                               oldValue: oldValue, newValue: newValue, version: version))
    }

    public var entry: AuditEntry {
        AuditEntry(sequence: sequence, recordID: recordID, at: Date(timeIntervalSince1970: at), actor: actor,
                   action: AuditAction(rawValue: action) ?? .answer, field: field, oldValue: oldValue,
                   newValue: newValue, version: version)
    }
}

/// One signed version as it is chained (see `ChainedAuditRow`).
public struct ChainedSignedVersion: Hashable, Sendable {
    public var recordID: String
    public var version: Int
    /// The record's `osteo-intake/1` JSON, byte for byte as signed.
    public var json: String
    public var createdAt: Double
    public var updatedAt: Double
    public var signedBy: String
    public var signedAt: Double
    public var hash: String?

    public init(recordID: String, version: Int, json: String, createdAt: Double, updatedAt: Double, signedBy: String,
                signedAt: Double, hash: String?) {
        self.recordID = recordID
        self.version = version
        self.json = json
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.signedBy = signedBy
        self.signedAt = signedAt
        self.hash = hash
    }

    public func chainHash(after previous: String?) -> String {
        AuditChain.hash(previous: previous ?? AuditChain.genesis,
                        [.text(recordID), .integer(Int64(version)), .text(json), .real(createdAt), .real(updatedAt),
                         .text(signedBy), .real(signedAt)])
    }
}

/// Where a record's two chains end: the hash and number of the last audit row and signed version.
public struct ChainHead: Hashable, Sendable {
    public var auditHash: String?
    public var auditSequence: Int64?
    public var signedHash: String?
    public var signedVersion: Int?

    public init(auditHash: String? = nil, auditSequence: Int64? = nil, signedHash: String? = nil, signedVersion: Int? = nil) {
        self.auditHash = auditHash
        self.auditSequence = auditSequence
        self.signedHash = signedHash
        self.signedVersion = signedVersion
    }
}

extension AuditChain {
    /// The check of one record's chains, on rows read from either database (oldest first);
    /// `signedRecord` is the record's current version and JSON when its status is signed.
    public static func verify(recordID: String, audit: [ChainedAuditRow], signed: [ChainedSignedVersion],
                              head: ChainHead?, signedRecord: (version: Int, json: String)?) throws -> AuditChainReport {
        func broken(_ key: TextKey, _ values: [String: String] = [:]) -> StoreError {
            .auditTrailBroken(id: recordID, detail: .text(key, values))
        }
        var previous: String?
        for row in audit {
            guard row.hash == row.chainHash(after: previous) else {
                throw broken(.storeChainEntryChanged, ["sequence": String(row.sequence), "action": row.action])
            }
            previous = row.hash
        }
        if head?.auditHash != previous {
            let lastSeq = audit.last?.sequence
            if let recorded = head?.auditSequence, recorded != lastSeq {
                throw lastSeq.map { broken(.storeChainEntriesRemoved, ["last": String($0), "recorded": String(recorded)]) }
                    ?? broken(.storeChainAllRemoved, ["recorded": String(recorded)])
            }
            throw audit.isEmpty ? broken(.storeChainNoEntries) : broken(.storeChainHeadMismatch, ["last": String(lastSeq ?? 0)])
        }
        previous = nil
        for version in signed {
            guard version.hash == version.chainHash(after: previous) else {
                throw broken(.storeChainVersionChanged, ["version": String(version.version)])
            }
            previous = version.hash
        }
        if head?.signedHash != previous {
            throw broken(.storeChainVersionMissing, ["version": String(head?.signedVersion ?? 0)])
        }
        // A signed record is its last signed version, word for word.
        if let signedRecord, signed.last?.version != signedRecord.version || signed.last?.json != signedRecord.json {
            throw broken(.storeChainRecordDiffers)
        }
        return AuditChainReport(entries: audit.count, signedVersions: signed.count)
    }
}

/// A store that can check a record's hash chains (`intake audit ID --verify`): both backends.
public protocol AuditTrailVerifying {
    func verifyAuditTrail(_ recordID: String) throws -> AuditChainReport
}

extension SQLiteIntakeStore: AuditTrailVerifying {}
