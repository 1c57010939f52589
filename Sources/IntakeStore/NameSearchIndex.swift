import GRDB

/// The indexes behind the home screen's type-ahead and `intake list --search`, so a keystroke
/// stays instant with a million intakes instead of reading every record.
///
/// - `intakeSearch` holds each intake's folded name (`NameFolding`: accents and case already gone,
///   since SQLite 3.40's trigram tokenizer cannot remove accents) under a stable integer key;
///   triggers on `intake` keep it in step with every write (new drafts, imports, renames).
/// - `intakeSearchText`, an FTS5 trigram index over it (kept in step by GRDB's synchronisation
///   triggers), finds the names that contain three characters or more.
/// - `intakeListOrder` (urgency rank, updated time, ID, folded name) holds every intake in the
///   order a list shows them: most urgent first (emergency, urgent, not screened, routine, as
///   `UrgencyTier` ranks them), then newest. It answers one- and two-character searches, which a
///   trigram index cannot, and searches that match a large share of all names: read in list order
///   from the index alone, they stop as soon as enough names are found, so a page never leaves out
///   an older emergency for a newer routine intake.
/// - `intakeIdListOrder` (ID, urgency rank, updated time) puts the trigram index's matches in list
///   order without reading the records themselves; only the page shown is read.
enum NameSearchIndex {
    /// The first intakes in list order a search with a limit reads (from `intakeListOrder` alone):
    /// when they hold enough matches, those are the first matches of all, whatever the trigram
    /// index would add. More than the emergencies and urgent intakes of a large clinic (10,000
    /// and 30,000 of a million in `intake-bench`), so that a common name none of them has ("zoe"
    /// there) is still found in the window: at 5,000 it fell to the trigram index and its 125,000
    /// matches (218 ms).
    static let recentWindow = 20_000

    /// The order of every list: most urgent first, then the most recently updated.
    static let listOrder = "urgencyRank DESC, updatedAt DESC, id"

    /// How a name search is answered; every plan finds the records whose folded name contains
    /// the folded text (or whose ID is the text), in list order.
    enum Plan: Equatable {
        /// The first `limit` matches in list order (found among the first intakes of
        /// `intakeListOrder`, or through the trigram index and put in order from `intakeIdListOrder`).
        case recent([String])
        /// Through the trigram index (three characters or more).
        case trigrams
        /// Every folded name, in list order, from `intakeListOrder` (one or two characters).
        case scan
    }

    static func create(_ db: Database) throws {
        try db.create(table: "intakeSearch") { table in
            table.primaryKey("searchKey", .integer)
            table.column("recordId", .text).notNull().unique()
            table.column("nameFolded", .text)
        }
        try db.execute(sql: "INSERT INTO intakeSearch (recordId, nameFolded) SELECT id, nameFolded FROM intake ORDER BY rowid")
        // GRDB fills the index from intakeSearch and adds the triggers that keep it in step.
        try db.create(virtualTable: "intakeSearchText", using: FTS5()) { table in
            table.synchronize(withTable: "intakeSearch")
            table.tokenizer = FTS5TokenizerDescriptor(components: ["trigram"])
            table.column("nameFolded")
        }
        try db.execute(sql: """
            CREATE TRIGGER intakeSearchOnInsert AFTER INSERT ON intake
            BEGIN INSERT INTO intakeSearch (recordId, nameFolded) VALUES (NEW.id, NEW.nameFolded); END;
            CREATE TRIGGER intakeSearchOnRename AFTER UPDATE OF nameFolded ON intake
            WHEN NEW.nameFolded IS NOT OLD.nameFolded
            BEGIN UPDATE intakeSearch SET nameFolded = NEW.nameFolded WHERE recordId = NEW.id; END;
            CREATE INDEX intakeRecentNames ON intake(updatedAt DESC, id, nameFolded);
            CREATE INDEX intakeIdUpdated ON intake(id, updatedAt);
            """)
    }

    /// The trigram pattern of a folded search text: the text as one phrase, which a trigram index
    /// matches anywhere inside a name (spaces, commas and digits included).
    static func pattern(_ folded: String) throws -> FTS5Pattern {
        try FTS5Pattern(rawPattern: "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }

    /// Since v7 every list is in `listOrder`: the urgency's rank is kept beside the tier (filled
    /// here from it, written with it at every write since), and the two indexes of the search read
    /// in that order; the newest-first indexes they replace go.
    static func orderMostUrgentFirst(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE intake ADD COLUMN urgencyRank INTEGER NOT NULL DEFAULT 1;
            UPDATE intake SET urgencyRank = CASE urgency WHEN 'emergency' THEN 3 WHEN 'urgent' THEN 2 ELSE 0 END
                WHERE urgency IN ('emergency', 'urgent', 'routine');
            DROP INDEX intakeRecentNames;
            DROP INDEX intakeIdUpdated;
            CREATE INDEX intakeListOrder ON intake(urgencyRank DESC, updatedAt DESC, id, nameFolded);
            CREATE INDEX intakeIdListOrder ON intake(id, urgencyRank, updatedAt);
            """)
    }

    /// The plan for `folded` (as typed: `typed`). A search with a limit and no other filter (the
    /// home screen's) first reads the first `window` intakes in list order; when they hold `limit`
    /// matches, those are the answer. Otherwise the trigram index, or for one or two characters
    /// every name.
    static func plan(_ db: Database, folded: String, typed: String, limit: Int?, filtered: Bool,
                     window: Int = recentWindow) throws -> Plan {
        if let limit, !filtered {
            let ids = try String.fetchAll(db, sql: """
                SELECT id FROM (SELECT id, nameFolded, urgencyRank, updatedAt FROM intake INDEXED BY intakeListOrder
                                ORDER BY \(listOrder) LIMIT ?)
                WHERE instr(nameFolded, ?) > 0 OR id = ? ORDER BY \(listOrder) LIMIT ?
                """, arguments: [window, folded, typed.uppercased(), limit])
            if ids.count == limit { return .recent(ids) }
            if folded.count >= 3 {
                return .recent(try String.fetchAll(db, sql: """
                    SELECT id FROM intake INDEXED BY intakeIdListOrder WHERE id IN (\(trigramMatches))
                    ORDER BY \(listOrder) LIMIT ?
                    """, arguments: [pattern(folded), folded, typed.uppercased(), limit]))
            }
        }
        return folded.count >= 3 ? .trigrams : .scan
    }

    /// The IDs whose folded name holds the text (arguments: `pattern`, the folded text), and the
    /// ID typed (argument: the text in capitals).
    static let trigramMatches = """
        SELECT recordId FROM intakeSearch
        WHERE searchKey IN (SELECT rowid FROM intakeSearchText WHERE intakeSearchText MATCH ?) AND instr(nameFolded, ?) > 0
        UNION ALL SELECT ?
        """
}
