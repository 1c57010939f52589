import Foundation
import GRDB
import IntakeModel
import IntakeTestSupport
import PostgresStore
import Testing
@testable import IntakeStore

/// Staff type "obrien" for O'Brien and "smith jones" for Smith-Jones (a cold tester's finding):
/// the folded name leaves apostrophes out and reads hyphens as spaces, on both backends, and
/// databases written before (SQLite v6, PostgreSQL v4) are folded again when they open.
@Suite("Names with apostrophes and hyphens, as staff type them")
struct PunctuationInNamesTests {
    static let typed: [(String, String)] = [
        ("obrien", "Seán O’Brien"), ("O'Brien", "Seán O’Brien"), ("sean obri", "Seán O’Brien"), ("ob", "Seán O’Brien"),
        ("smith jones", "Ana Smith-Jones"), ("Smith-Jones", "Ana Smith-Jones"), ("th jo", "Ana Smith-Jones"),
        ("darcy-lee", "Mia D'Arcy – Lee"), ("darcy", "Mia D'Arcy – Lee"),
    ]

    func expectFound(_ store: any IntakeRecordStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (text, name) in Self.typed {
            // `intake list --search` (no limit) and the home screen's page (a limit)
            #expect(try store.list(RecordQuery(search: text)).map(\.name) == [name], "\(text)", sourceLocation: sourceLocation)
            #expect(try store.list(RecordQuery(search: text, limit: 50)).map(\.name) == [name], "\(text)",
                    sourceLocation: sourceLocation)
        }
        #expect(try store.list(RecordQuery(search: "smith")).count == 2, sourceLocation: sourceLocation)
    }

    @Test("the fold leaves apostrophes out, reads hyphens and dashes as spaces and keeps one space", arguments: [
        ("O'Brien", "obrien"), ("D’Arcy", "darcy"), ("Smith-Jones", "smith jones"), ("Ana  Smith – Jones ", "ana smith jones"),
        ("-Ng-", "ng"), ("JOSÉ Álvarez", "jose alvarez"),
    ])
    func fold(name: String, expected: String) {
        #expect(NameFolding.fold(name) == expected)
    }

    @Test("'obrien' finds O'Brien and 'smith jones' finds Smith-Jones, with or without the punctuation typed",
          arguments: Backend.allCases)
    func typedWithoutPunctuation(_ backend: Backend) throws {
        let store = try makeStore(try TestDatabase(backend))
        for name in ["Seán O’Brien", "Ana Smith-Jones", "Mia D'Arcy – Lee", "Ana Smith"] {
            _ = try store.createDraft(sampleRecord(name: name), actor: frontDesk)
        }
        try expectFound(store)
    }

    @Test("a SQLite database written before v6 has its names folded again when it opens, signed intakes too")
    func sqliteRefold() throws {
        let database = try TestDatabase(.sqlite)
        try DatabaseLocation.prepare(path: database.databasePath)
        let queue = try DatabaseQueue(path: database.databasePath)
        try StoreSchema.migrator.migrate(queue, upTo: "v5-listed-urgency")
        try queue.write { db in
            // the names as the previous version folded them (apostrophes and hyphens kept)
            for (id, name, folded, status) in [("OLD1-0001", "Seán O’Brien", "sean o’brien", "signed"),
                                               ("OLD1-0002", "Ana Smith-Jones", "ana smith-jones", "in-progress"),
                                               ("OLD1-0003", "Mia D'Arcy – Lee", "mia d'arcy – lee", "in-progress"),
                                               ("OLD1-0004", "Ana Smith", "ana smith", "in-progress")] {
                try db.execute(sql: """
                    INSERT INTO intake (id, version, status, json, name, nameFolded, createdAt, updatedAt)
                    VALUES (?, 1, ?, '{"format":"osteo-intake/1"}', ?, ?, 1, 1)
                    """, arguments: [id, status, name, folded])
            }
            #expect(try String.fetchOne(db, sql: "SELECT recordId FROM intakeSearch WHERE nameFolded LIKE '%obrien%'") == nil)
        }
        try queue.close()
        try expectFound(try makeStore(database))
    }

    @Test("a PostgreSQL database written before v4 has its names folded again when its owner migrates it")
    func postgresRefold() throws {
        let database = try TestDatabase(.postgres)
        let name = try #require(database.postgresDatabase)
        let server = try TestPostgresServer.shared()
        let before = try makeStore(database)
        for name in ["Seán O’Brien", "Ana Smith-Jones", "Mia D'Arcy – Lee", "Ana Smith"] {
            _ = try before.createDraft(sampleRecord(name: name), actor: frontDesk)
        }
        // the names as the previous version folded them, and its list of migrations
        _ = try server.sql("""
            UPDATE intake SET name_folded = lower(name);
            UPDATE intake SET name_folded = replace(name_folded, 'á', 'a');
            DELETE FROM schema_migration WHERE name = 'v4-refold-apostrophes-hyphens';
            """, database: name)
        #expect(try server.sql("SELECT count(*) FROM intake WHERE name_folded LIKE '%obrien%'", database: name)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let owner = try PostgresIntakeStore(location: PostgresLocation(
            address: try database.postgresAddress(role: TestPostgresServer.ownerRole), environment: server.environment))
        owner.close()
        try expectFound(try makeStore(database))
    }
}
