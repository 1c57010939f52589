import GRDB

/// The indexes behind the home screen's type-ahead and `intake list --search`, so a keystroke
/// stays instant with a million intakes instead of reading every record.
///
/// - `intakeSearch` holds each intake's folded name (`NameFolding`: accents and case already gone,
///   since SQLite 3.40's trigram tokenizer cannot remove accents) under a stable integer key;
///   triggers on `intake` keep it in step with every write (new drafts, imports, renames).
/// - `intakeSearchText`, an FTS5 trigram index over it (kept in step by GRDB's synchronisation
///   triggers), finds the names that contain three characters or more.
/// - `intakeRecentNames` (updated time, ID, folded name) answers one- and two-character searches,
///   which a trigram index cannot, and searches that match a large share of all names: read
///   newest first from the index alone, they stop as soon as enough names are found.
enum NameSearchIndex {
    /// Searches matching more names than this read the recent-names index instead of the trigram
    /// index: fetching and sorting that many rows would cost more than scanning newest first.
    static let trigramCandidateLimit = 2000

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
            """)
    }

    /// The trigram pattern of a folded search text: the text as one phrase, which a trigram index
    /// matches anywhere inside a name (spaces, commas and digits included).
    static func pattern(_ folded: String) throws -> FTS5Pattern {
        try FTS5Pattern(rawPattern: "\"" + folded.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
    }

    /// Whether the trigram index should answer `folded`: three characters or more, and not so
    /// common that scanning newest first is quicker.
    static func usesTrigrams(_ db: Database, folded: String) throws -> Bool {
        guard folded.count >= 3 else { return false }
        let count = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT 1 FROM intakeSearchText WHERE intakeSearchText MATCH ? LIMIT ?)
            """, arguments: [pattern(folded), trigramCandidateLimit + 1]) ?? 0
        return count <= trigramCandidateLimit
    }
}
