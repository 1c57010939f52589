import Assessment
import Foundation
import GRDB
import IntakeModel
import IntakeTestSupport
import Testing
@testable import IntakeStore

/// A list row's urgency is kept with the record at every write, so the home screen's type-ahead
/// and `intake list` never read or decode a record.
@Suite("Listed urgency: list rows from their columns alone")
struct ListedUrgencyTests {
    func assessed(_ record: IntakeRecord) -> ListedUrgency {
        let assessment = AssessmentEngine().assess(record)
        return ListedUrgency(tier: assessment.urgency, unaskedRedFlags: assessment.unaskedRedFlagQuestions.count)
    }

    @Test("every shared example lists with the urgency the assessment gives it", arguments: Backend.allCases)
    func sharedExamples(_ backend: Backend) throws {
        let names = SharedExamples.validNames
        try #require(!names.isEmpty, "shared/spec/examples not found")
        let database = try TestDatabase(backend)
        let store = try makeStore(database)
        var expected: [String: ListedUrgency] = [:]
        for name in names {
            let record = try SharedExamples.record(name)
            expected[try store.createDraft(record, actor: frontDesk).id] = assessed(record)
        }
        let listed = try store.list(RecordQuery())
        #expect(listed.count == names.count)
        for row in listed { #expect(row.urgency == expected[row.id], "\(row.name ?? row.id)") }
        // The examples cover more than one tier, so a constant would not pass.
        #expect(Set(listed.map(\.urgency.tier)).count >= 3)
    }

    @Test("the listed urgency follows an answer that changes it", arguments: Backend.allCases)
    func followsSaves(_ backend: Backend) throws {
        let database = try TestDatabase(backend)
        let store = try makeStore(database)
        let routine = try SharedExamples.record("routine-mechanical")
        let emergency = try SharedExamples.record("emergency-cauda-equina")
        let draft = try store.createDraft(routine, actor: frontDesk)
        #expect(try store.list(RecordQuery()).first?.urgency == assessed(routine))
        _ = try store.saveAnswer(FieldChange(field: "redFlags", oldValue: nil, newValue: "changed"), record: emergency,
                                 recordID: draft.id, expectedVersion: 1, actor: frontDesk)
        #expect(try store.list(RecordQuery()).first?.urgency.tier == .emergency)
        #expect(assessed(routine).tier != .emergency)
    }

    @Test("a list reads no record JSON: rows come out whole even when the JSON cannot be read")
    func listReadsNoJSON() throws {
        let database = try TestDatabase(.sqlite)
        let store = try makeStore(database)
        let emergency = try SharedExamples.record("emergency-cauda-equina")
        let draft = try store.createDraft(emergency, actor: frontDesk)
        let before = try store.list(RecordQuery(search: "", limit: 500))
        let queue = try DatabaseQueue(path: database.databasePath)
        try queue.write { db in try db.execute(sql: "UPDATE intake SET json = 'unreadable' WHERE id = ?", arguments: [draft.id]) }
        try queue.close()
        let after = try store.list(RecordQuery(limit: 500))
        #expect(after == before)
        #expect(after.first?.urgency.tier == .emergency)
        #expect(throws: StoreError.self) { try store.load(draft.id) }
    }

    @Test("a database from before the urgency columns gets them filled when it opens")
    func migrationFillsUrgency() throws {
        let database = try TestDatabase(.sqlite)
        let path = database.databasePath
        try DatabaseLocation.prepare(path: path)
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v4-name-search-index")
        let emergency = try SharedExamples.record("emergency-cauda-equina")
        let routine = try SharedExamples.record("routine-mechanical")
        try queue.write { db in
            for (id, record, updated) in [("OLD1-0001", emergency, 1.0), ("OLD1-0002", routine, 2.0)] {
                let columns = try RecordColumns(record)
                try db.execute(sql: """
                    INSERT INTO intake (id, version, status, json, name, nameFolded, createdAt, updatedAt)
                    VALUES (?, 1, 'in-progress', ?, ?, ?, 1, ?)
                    """, arguments: [id, columns.json, columns.name, columns.nameFolded, updated])
            }
            try db.execute(sql: """
                INSERT INTO intake (id, version, status, json, name, nameFolded, createdAt, updatedAt)
                VALUES ('OLD1-0003', 1, 'in-progress', 'unreadable', 'Nadia Unread', 'nadia unread', 1, 3)
                """)
        }
        try queue.close()
        let listed = try makeStore(database).list(RecordQuery())
        // most urgent first (the unreadable one counts as not screened, above routine), then newest
        #expect(listed.map(\.id) == ["OLD1-0001", "OLD1-0003", "OLD1-0002"])
        #expect(listed.map(\.urgency) == [assessed(emergency), .unreadable, assessed(routine)])
    }
}
