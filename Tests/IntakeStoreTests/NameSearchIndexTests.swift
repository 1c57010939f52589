import Foundation
import GRDB
import IntakeModel
import Testing
@testable import IntakeStore

/// The search index (migration v4-name-search-index) finds what looking inside every folded name
/// found before it: accents and case ignored, one or two characters, several words, digits.
@Suite("Finding records through the search index")
struct NameSearchIndexTests {
    let folder = TemporaryFolder()

    func populated() throws -> SQLiteIntakeStore {
        let store = try makeStore(folder)
        for name in ["Zoë Ångström 123456", "ZOE ANGSTROM 12", "Øystein Dahl 7", "María José Fernández 40",
                     "Li Nguyễn 123", "Ana Okafor 1234567"] {
            _ = try store.createDraft(sampleRecord(name: name), actor: frontDesk)
        }
        return store
    }

    func names(_ store: SQLiteIntakeStore, _ text: String) throws -> Set<String> {
        Set(try store.list(RecordQuery(search: text)).compactMap(\.name))
    }

    @Test("accents and case in the name or the search make no difference", arguments: [
        ("angstrom", ["Zoë Ångström 123456", "ZOE ANGSTROM 12"]), ("ÅNGSTRÖM", ["Zoë Ångström 123456", "ZOE ANGSTROM 12"]),
        ("oystein", ["Øystein Dahl 7"]), ("nguyen", ["Li Nguyễn 123"]), ("FERNANDEZ", ["María José Fernández 40"]),
    ])
    func accentsAndCase(text: String, expected: [String]) throws {
        #expect(try names(populated(), text) == Set(expected))
    }

    @Test("one or two characters find every name that holds them, anywhere", arguments: [
        ("z", ["Zoë Ångström 123456", "ZOE ANGSTROM 12", "María José Fernández 40"]),
        ("Ø", ["Øystein Dahl 7", "Zoë Ångström 123456", "ZOE ANGSTROM 12", "Ana Okafor 1234567", "María José Fernández 40"]),
        ("ah", ["Øystein Dahl 7"]), ("7", ["Øystein Dahl 7", "Ana Okafor 1234567"]), ("qx", []),
    ])
    func shortSearches(text: String, expected: [String]) throws {
        #expect(try names(populated(), text) == Set(expected))
    }

    @Test("several words are found together, in the order typed", arguments: [
        ("zoe ang", ["Zoë Ångström 123456", "ZOE ANGSTROM 12"]), ("maria jose", ["María José Fernández 40"]),
        ("jose maria", []), ("li nguyen 12", ["Li Nguyễn 123"]),
    ])
    func severalWords(text: String, expected: [String]) throws {
        #expect(try names(populated(), text) == Set(expected))
    }

    @Test("digits in a name are found like letters, as many as typed", arguments: [
        ("123456", ["Zoë Ångström 123456", "Ana Okafor 1234567"]), ("angstrom 123456", ["Zoë Ångström 123456"]),
        ("1234567", ["Ana Okafor 1234567"]), ("123", ["Zoë Ångström 123456", "Li Nguyễn 123", "Ana Okafor 1234567"]),
    ])
    func digits(text: String, expected: [String]) throws {
        #expect(try names(populated(), text) == Set(expected))
    }

    @Test("a record's ID finds it, typed in any case, and not as part of a name search")
    func identifier() throws {
        let store = try populated()
        let one = try #require(try store.list(RecordQuery(search: "okafor")).first)
        #expect(try store.list(RecordQuery(search: one.id.lowercased())).map(\.id) == [one.id])
        #expect(try store.list(RecordQuery(search: String(one.id.prefix(4)))).allSatisfy { $0.id != one.id || $0.name?.contains(one.id.prefix(4)) == true })
    }

    /// The IDs `list` finds with the newest-intakes window set to `window`.
    func found(_ store: SQLiteIntakeStore, _ query: RecordQuery, window: Int) throws -> [String] {
        try store.pool.read { db in
            let (sql, arguments) = try store.listStatement(db, query, window: window)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { $0["id"] as String }
        }
    }

    @Test("a page of matches is the newest one whether the newest intakes hold it or the index must be asked")
    func newestPageEitherWay() throws {
        let clock = ManualClock()
        let store = try makeStore(folder, clock: clock)
        var petrovs: [String] = []
        for index in 0..<30 {
            clock.advance(by: 1)
            petrovs.append(try store.createDraft(sampleRecord(name: "Petrov \(index)"), actor: frontDesk).id)
        }
        for index in 0..<15 { _ = try store.createDraft(sampleRecord(name: "Okafor \(index)"), actor: frontDesk) }
        let newestFive = try store.list(RecordQuery(search: "petrov")).prefix(5).map(\.id)
        // the newest 10 hold no Petrov: the trigram index is asked, or for two letters every name
        for (text, plan) in [("petrov", NameSearchIndex.Plan.recent(newestFive)), ("pe", .scan)] {
            let (small, large) = try store.pool.read { db in
                (try NameSearchIndex.plan(db, folded: text, typed: text, limit: 5, filtered: false, window: 10),
                 try NameSearchIndex.plan(db, folded: text, typed: text, limit: 5, filtered: false, window: 100))
            }
            #expect(small == plan)
            #expect(large == .recent(newestFive))
            #expect(try found(store, RecordQuery(search: text, limit: 5), window: 10) == newestFive)
            #expect(try found(store, RecordQuery(search: text, limit: 5), window: 100) == newestFive)
        }
        #expect(Set(newestFive).isSubset(of: petrovs))
    }

    @Test("a database from before the index is indexed when it opens, and renames follow")
    func migrationFillsTheIndex() throws {
        let path = folder.databasePath
        try DatabaseLocation.prepare(path: path)
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v3-chained-audit-guarded-records")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO intake (id, version, status, json, name, nameFolded, createdAt, updatedAt)
                VALUES ('OLD1-0001', 1, 'in-progress', '{"format":"osteo-intake/1"}', 'Grete Müller', 'grete muller', 1, 1)
                """)
        }
        try queue.close()
        let store = try makeStore(folder)
        #expect(try store.list(RecordQuery(search: "mülle")).map(\.id) == ["OLD1-0001"])
        let stored = try store.load("OLD1-0001")
        var record = stored.record
        record.patient = Patient(name: "Grete Żuławska")
        _ = try store.saveAnswer(FieldChange(field: "patient.name", oldValue: "Grete Müller", newValue: "Grete Żuławska"),
                                 record: record, recordID: "OLD1-0001", expectedVersion: 1, actor: frontDesk)
        #expect(try store.list(RecordQuery(search: "zulaw")).map(\.id) == ["OLD1-0001"])
        #expect(try store.list(RecordQuery(search: "muller")).isEmpty)
    }

    @Test("a name search of three characters or more is answered by the trigram index, not a scan")
    func usesTheIndex() throws {
        let store = try populated()
        func plan(_ sql: String, _ arguments: StatementArguments) throws -> String {
            try store.pool.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                    .map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
            }
        }
        // `intake list --search` (no limit)
        let (sql, arguments) = try store.pool.read { try store.listStatement($0, RecordQuery(search: "angstrom 12")) }
        let whole = try plan(sql, arguments)
        #expect(whole.contains("intakeSearchText"))
        #expect(!whole.split(separator: "\n").contains { $0.hasSuffix("SCAN intake") })
        // the home screen's page, put in list order from the (ID, urgency rank, updated) index
        let page = try plan("""
            SELECT id FROM intake INDEXED BY intakeIdListOrder WHERE id IN (\(NameSearchIndex.trigramMatches))
            ORDER BY \(NameSearchIndex.listOrder) LIMIT 15
            """, [try NameSearchIndex.pattern("angstrom 12"), "angstrom 12", "ANGSTROM 12"])
        #expect(page.contains("intakeSearchText") && page.contains("USING COVERING INDEX intakeIdListOrder"), "\(page)")
        #expect(!page.split(separator: "\n").contains { $0.hasSuffix("SCAN intake") })
        // the first intakes in list order, most urgent first, read from the index alone
        let first = try plan("""
            SELECT id FROM (SELECT id, nameFolded, urgencyRank, updatedAt FROM intake INDEXED BY intakeListOrder
                            ORDER BY \(NameSearchIndex.listOrder) LIMIT 5000)
            WHERE instr(nameFolded, ?) > 0 ORDER BY \(NameSearchIndex.listOrder) LIMIT 15
            """, ["an"])
        #expect(first.contains("USING COVERING INDEX intakeListOrder"), "\(first)")
    }

    @Test("a database from before the urgency order keeps every record's urgency in its rank, and lists most urgent first")
    func migrationRanksStoredUrgencies() throws {
        let path = folder.databasePath
        try DatabaseLocation.prepare(path: path)
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v6-refold-apostrophes-hyphens")
        try queue.write { db in
            for (id, urgency, at) in [("OLD1-0001", "emergency", 1), ("OLD1-0002", "routine", 2), ("OLD1-0003", "urgent", 3),
                                      ("OLD1-0004", "not-screened", 4), ("OLD1-0005", nil, 5), ("OLD1-0006", "routine", 6)] {
                try db.execute(sql: """
                    INSERT INTO intake (id, version, status, json, name, nameFolded, createdAt, updatedAt, urgency)
                    VALUES (?, 1, 'in-progress', '{"format":"osteo-intake/1"}', 'Ana ' || ?, 'ana ' || ?, ?, ?, ?)
                    """, arguments: [id, id, id.lowercased(), at, at, urgency])
            }
        }
        try queue.close()
        let store = try makeStore(folder)
        // an urgency this version does not know (here none) counts as not screened, never routine
        #expect(try store.list(RecordQuery(search: "ana", limit: 10)).map(\.id)
                == ["OLD1-0001", "OLD1-0003", "OLD1-0005", "OLD1-0004", "OLD1-0006", "OLD1-0002"])
    }
}
