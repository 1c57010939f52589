import Foundation
import IntakeModel
import IntakeTestSupport
import PostgresStore
import Testing
@testable import IntakeStore

/// `intake db copy`: a clinic's SQLite file onto the PostgreSQL server and back.
@Suite("Copying every record between SQLite and PostgreSQL")
struct RecordCopyTests {
    /// 1,000 intakes with answers; every 25th completed and signed, every 100th also amended;
    /// and a few desk events.
    func clinicFile(_ folder: TemporaryFolder) throws -> SQLiteIntakeStore {
        let store = try SQLiteIntakeStore(path: folder.databasePath, durability: .processCrash)
        for number in 0..<1_000 {
            let draft = try store.createDraft(sampleRecord(name: "Patient \(number) Ñúñez"), actor: frontDesk)
            var record = draft.record
            record.symptoms = Symptoms(painScore: number % 11)
            guard case .saved(let version) = try store.saveAnswer(
                FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: String(number % 11)), record: record,
                recordID: draft.id, expectedVersion: 1, actor: frontDesk) else { throw StoreError.recordNotFound(id: draft.id) }
            if number % 25 == 0 {
                let completed = try store.complete(draft.id, expectedVersion: version, actor: frontDesk)
                let signed = try store.sign(draft.id, expectedVersion: completed.version, staffName: "RO", actor: backOffice)
                if number % 100 == 0 {
                    _ = try store.amend(draft.id, expectedVersion: signed.version, reason: "typo", actor: backOffice)
                }
            }
        }
        for _ in 0..<3 { try store.appendAudit(DeskAudit.recordID, action: .unlock, field: nil, oldValue: nil, newValue: "Kim", actor: frontDesk) }
        return store
    }

    @Test("1,000 records go to PostgreSQL and back with every version, signature and audit entry; again adds nothing")
    func bothWays() throws {
        let original = TemporaryFolder()
        let source = try clinicFile(original)
        let server = try TestPostgresDatabaseStore(TestDatabase(.postgres))

        let there = try RecordCopy.copy(from: source, to: server.store)
        #expect(there.source.records == 1_000)
        #expect(there.source.signedVersions == 40)
        #expect(there.source.auditEntries == 1_000 * 2 + 40 * 2 + 10 + 3)
        #expect(there.added == ArchiveSummary(records: 1_000, signedVersions: 40, auditEntries: there.source.auditEntries))
        #expect(there.target.contentHash == there.source.contentHash)

        let again = try RecordCopy.copy(from: source, to: server.store)
        #expect(again.added == ArchiveSummary(records: 0, signedVersions: 0, auditEntries: 0))
        #expect(again.target == there.target)

        let back = TemporaryFolder()
        let returned = try SQLiteIntakeStore(path: back.databasePath, durability: .processCrash)
        let home = try RecordCopy.copy(from: server.store, to: returned)
        #expect(home.target.contentHash == there.source.contentHash)
        #expect(home.target.auditEntries == there.source.auditEntries)

        // The copies verify as the original does, and read back the same.
        let signed = try #require(try source.list(RecordQuery(status: .signed)).first)
        #expect(try server.store.verifyAuditTrail(signed.id) == source.verifyAuditTrail(signed.id))
        #expect(try returned.verifyAuditTrail(signed.id) == source.verifyAuditTrail(signed.id))
        #expect(try returned.verifyAuditTrail(DeskAudit.recordID).entries == 3)
        #expect(try server.store.signedVersions(signed.id) == source.signedVersions(signed.id))
        #expect(try server.store.list(RecordQuery(search: "patient 999 nunez")).map(\.id)
                == source.list(RecordQuery(search: "patient 999 nunez")).map(\.id))
    }

    @Test("a record that differs on the target stops the copy and names it; nothing is written over it")
    func differingRecordRefused() throws {
        let folder = TemporaryFolder()
        let source = try SQLiteIntakeStore(path: folder.databasePath, durability: .processCrash)
        let draft = try source.createDraft(sampleRecord(), actor: frontDesk)
        let server = try TestPostgresDatabaseStore(TestDatabase(.postgres))
        _ = try RecordCopy.copy(from: source, to: server.store)
        _ = try source.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: draft.record,
                                  recordID: draft.id, expectedVersion: 1, actor: frontDesk)
        let error = #expect(throws: StoreError.self) { try RecordCopy.copy(from: source, to: server.store) }
        #expect(error?.message().contains(draft.id) == true)
        #expect(try server.store.load(draft.id).version == 1)
    }
}

/// A PostgreSQL test database's store, typed as such (the copy and verify need more than the protocol).
struct TestPostgresDatabaseStore {
    let database: TestDatabase
    let store: PostgresIntakeStore

    init(_ database: TestDatabase) throws {
        self.database = database
        store = try #require(try database.makeStore() as? PostgresIntakeStore)
    }
}
