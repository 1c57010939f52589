import Assessment
import Foundation
import GRDB
import IntakeModel

/// The `osteo-intake/1` JSON of a record and the columns the store searches on and lists from
/// (both backends): every write of a record goes through here, so the columns never disagree
/// with the JSON.
public struct RecordColumns: Sendable {
    public var json: String
    public var name: String?
    public var nameFolded: String?
    public var birthDate: String?
    public var visitDate: String?
    /// What a list row shows of the assessment, computed once per write instead of on every
    /// keystroke of a search.
    public var urgency: ListedUrgency

    public init(_ record: IntakeRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        json = String(decoding: try encoder.encode(record), as: UTF8.self)
        name = record.patient?.name
        nameFolded = name.map(NameFolding.fold)
        birthDate = record.patient?.birthDate?.description
        visitDate = record.visitDate?.description
        urgency = ListedUrgency(record)
    }

    public static func decode(_ json: String, recordID: String) throws -> IntakeRecord {
        do {
            return try JSONDecoder().decode(IntakeRecord.self, from: Data(json.utf8))
        } catch {
            throw StoreError.storedRecordUnreadable(id: recordID)
        }
    }
}

/// A record's urgency as the home screen and `intake list` show it: the tier, and how many
/// red-flag questions are still unasked (the selected row's banner says so).
public struct ListedUrgency: Hashable, Sendable {
    public var tier: UrgencyTier
    public var unaskedRedFlags: Int

    public init(tier: UrgencyTier, unaskedRedFlags: Int) {
        self.tier = tier
        self.unaskedRedFlags = unaskedRedFlags
    }

    /// What the assessment engine makes of `record` today.
    public init(_ record: IntakeRecord) {
        let assessment = AssessmentEngine().assess(record)
        self.init(tier: assessment.urgency, unaskedRedFlags: assessment.unaskedRedFlagQuestions.count)
    }

    /// The tier's place in a list, most urgent highest (emergency 3, urgent 2, not screened 1,
    /// routine 0), as `UrgencyTier` orders them: stored beside the tier (`urgencyRank`) so that a
    /// list is read most urgent first, then newest, from an index.
    public var rank: Int { tier.rank }

    /// A record whose JSON could not be read counts as not screened, never routine.
    public static let unreadable = ListedUrgency(tier: .notScreened, unaskedRedFlags: 0)

    /// From the stored columns; a value this version does not know counts as not screened.
    public init(stored tier: String?, unaskedRedFlags: Int?) {
        self.init(tier: tier.flatMap(UrgencyTier.init(rawValue:)) ?? .notScreened, unaskedRedFlags: unaskedRedFlags ?? 0)
    }
}

/// Names compared the way staff type them: accents and case ignored ("Jose" finds "JOSÉ"),
/// apostrophes left out ("obrien" finds "O'Brien") and hyphens read as spaces ("smith jones" finds
/// "Smith-Jones"), with runs of spaces as one. Letters that Unicode does not decompose into a base
/// letter and an accent (ł, ø, đ, ß...) are spelled the way a keyboard without them would type them.
/// The stored folded names follow this function: a change to it needs a migration that folds
/// every stored name again (SQLite v6, PostgreSQL v4 did for apostrophes and hyphens).
public enum NameFolding {
    static let undecomposed: [Character: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
    ]
    /// Apostrophes as keyboards and word processors write them (straight, curly, modifier letter, grave).
    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]
    /// Hyphens and dashes (hyphen-minus, hyphen, non-breaking hyphen, en and em dash, minus sign).
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}"]

    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for character in folded where !apostrophes.contains(character) {
            if character.isWhitespace || hyphens.contains(character) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result += " " }
            pendingSpace = false
            result += character.isASCII ? String(character) : undecomposed[character] ?? String(character)
        }
        return result
    }
}

extension SQLiteIntakeStore {
    func session(from row: Row, now: Date) -> SessionState {
        guard let token: String = row["sessionToken"], let heartbeat: Double = row["sessionHeartbeat"] else {
            return .none
        }
        let session = DeskSession(token: token, pid: Int32(row["sessionPid"] as Int? ?? 0),
                                  host: row["sessionHost"] ?? "", osUser: row["sessionUser"] ?? "",
                                  terminal: row["sessionTerminal"], sshClient: row["sessionSshClient"],
                                  sshPort: row["sessionSshPort"])
        return liveness.state(of: session, heartbeat: Date(timeIntervalSince1970: heartbeat), now: now)
    }

    func storedRecord(from row: Row) throws -> StoredRecord {
        let id: String = row["id"]
        let status = RecordStatus(rawValue: row["status"] ?? "") ?? .inProgress
        var signature: Signature?
        if let signedBy: String = row["signedBy"], let signedAt: Double = row["signedAt"] {
            signature = Signature(staffName: signedBy, signedAt: Date(timeIntervalSince1970: signedAt))
        }
        return StoredRecord(
            id: id, version: row["version"], status: status, record: try RecordColumns.decode(row["json"], recordID: id),
            createdAt: Date(timeIntervalSince1970: row["createdAt"]),
            updatedAt: Date(timeIntervalSince1970: row["updatedAt"]),
            signature: status == .signed ? signature : nil, session: session(from: row, now: now()))
    }

    func fetchRow(_ db: Database, _ recordID: String) throws -> Row {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM intake WHERE id = ?"),
                                         arguments: [recordID]) else {
            throw StoreError.recordNotFound(id: recordID)
        }
        return row
    }

    /// Appends one audit row, chained to the record's last one, inside the caller's transaction.
    func insertAudit(_ db: Database, recordID: String, at: Date, actor: AuditActor, action: AuditAction,
                     field: String? = nil, oldValue: String? = nil, newValue: String? = nil, version: Int? = nil) throws {
        try AuditChain.appendAudit(db, recordID: recordID, at: at.timeIntervalSince1970, actor: actor,
                                   action: action.rawValue, field: field, oldValue: oldValue, newValue: newValue,
                                   version: version)
    }
}

/// Store IDs: eight characters from Crockford's base 32 (no I, L, O, U), grouped "7K3M-Q9XD",
/// easy to read out and type at a desk; 40 random bits, so desks never need to coordinate.
public enum RecordIdentifier {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<8).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] }
        return String(characters[0..<4]) + "-" + String(characters[4..<8])
    }
}
