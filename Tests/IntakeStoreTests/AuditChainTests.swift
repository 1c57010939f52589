import Catalog
import Foundation
import GRDB
import Testing
@testable import IntakeStore

/// Changes made to the database file behind the program's back (a script, the sqlite3 shell):
/// refused where SQLite can refuse them, and otherwise found by the hash chain.
@Suite("A tamper-evident audit trail")
struct AuditChainTests {
    let folder = TemporaryFolder()

    /// A record with a few answers, signed once: audit rows and a signed version to tamper with.
    func signedRecord(_ store: SQLiteIntakeStore) throws -> StoredRecord {
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var version = draft.version
        for score in 1...3 {
            var record = draft.record
            record.patient?.identifier = "MRN-\(score)"
            guard case .saved(let saved) = try store.saveAnswer(
                FieldChange(field: "patient.identifier", oldValue: nil, newValue: "MRN-\(score)"), record: record,
                recordID: draft.id, expectedVersion: version, actor: frontDesk) else { throw StoreError.recordNotFound(id: "") }
            version = saved
        }
        let completed = try store.complete(draft.id, expectedVersion: version, actor: frontDesk)
        return try store.sign(draft.id, expectedVersion: completed.version, staffName: "Dr R. Okafor", actor: backOffice)
    }

    /// A raw connection, as a script on the clinic's machine would have.
    func tamper(_ sql: String) throws {
        let queue = try DatabaseQueue(path: folder.databasePath)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    func brokenDetail(_ store: SQLiteIntakeStore, _ id: String) -> String? {
        do {
            _ = try store.verifyAuditTrail(id)
            return nil
        } catch StoreError.auditTrailBroken(let brokenID, let detail) where brokenID == id {
            return detail.said(in: .english)
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("an untouched trail verifies: every entry and signed version matches the chain")
    func intact() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        try store.appendAudit(DeskAudit.recordID, action: .unlock, field: nil, oldValue: nil, newValue: "Kim", actor: frontDesk)
        #expect(try store.verifyAuditTrail(signed.id) == AuditChainReport(entries: 6, signedVersions: 1))
        #expect(try store.verifyAuditTrail(DeskAudit.recordID).entries == 1)
    }

    @Test("INSERT OR REPLACE over a kept audit row, signed version, chain head or intake is refused")
    func replaceRefused() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        let attempts = [
            "INSERT OR REPLACE INTO audit (seq, recordId, at, osUser, host, action) VALUES (1, '\(signed.id)', 0, 'x', 'y', 'print')",
            "REPLACE INTO signedVersion (recordId, version, json, createdAt, updatedAt, signedBy, signedAt) "
                + "SELECT recordId, version, '{}', createdAt, updatedAt, 'forger', signedAt FROM signedVersion",
            "INSERT OR REPLACE INTO chainHead (recordId) VALUES ('\(signed.id)')",
            "INSERT OR REPLACE INTO intake (id, version, status, json, createdAt, updatedAt) VALUES ('\(signed.id)', 1, 'in-progress', '{}', 0, 0)",
            "DELETE FROM intake",
        ]
        for sql in attempts {
            #expect(throws: DatabaseError.self, "\(sql)") { try tamper(sql) }
        }
        #expect(try store.verifyAuditTrail(signed.id) == AuditChainReport(entries: 6, signedVersions: 1))
        #expect(try store.load(signed.id).status == .signed)
    }

    @Test("a signed record's row changes only by amendment")
    func signedRowGuarded() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        #expect(throws: DatabaseError.self) { try tamper("UPDATE intake SET json = replace(json, 'MRN-3', 'MRN-9')") }
        #expect(throws: DatabaseError.self) { try tamper("UPDATE intake SET status = 'in-progress'") }
        let amended = try store.amend(signed.id, expectedVersion: signed.version, reason: "typo", actor: backOffice)
        #expect(amended.status == .amended)
        #expect(try store.verifyAuditTrail(signed.id).signedVersions == 1)
    }

    @Test("a changed entry is reported as the first broken link, by number, without its contents")
    func changedEntry() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        let third = try store.auditTrail(signed.id)[2].sequence
        try tamper("DROP TRIGGER auditNoUpdate; UPDATE audit SET newValue = 'MRN-FORGED' WHERE seq = \(third)")
        let detail = try #require(brokenDetail(store, signed.id))
        #expect(detail.hasPrefix("entry #\(third) (answer) does not match"))
        #expect(!detail.contains("MRN"))
        let error = StoreError.auditTrailBroken(id: signed.id, detail: .text(.storeChainEntryChanged, ["sequence": String(third), "action": "answer"]))
        #expect(throws: error) { try store.verifyAuditTrail(signed.id) }
        #expect(error.message().contains("altered") && error.message().contains(signed.id))
        #expect(error.message(language: .spanish).contains("se modificó fuera de OsteoIntake: la entrada n.º \(third) (answer) no coincide"),
                "\(error.message(language: .spanish))")
    }

    @Test("a removed entry breaks the link of the next one; entries removed at the end are seen by the head")
    func removedEntries() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        let trail = try store.auditTrail(signed.id)
        try tamper("DROP TRIGGER auditNoDelete; DELETE FROM audit WHERE seq = \(trail[1].sequence)")
        #expect(brokenDetail(store, signed.id)?.hasPrefix("entry #\(trail[2].sequence) (answer)") == true)

        let other = try store.createDraft(sampleRecord(name: "Ana Ruiz"), actor: frontDesk)
        try store.appendAudit(other.id, action: .print, actor: frontDesk)
        let last = try #require(try store.auditTrail(other.id).last?.sequence)
        try tamper("DELETE FROM audit WHERE seq = \(last)")
        #expect(brokenDetail(store, other.id) == "entries after #\(last - 1) were removed (the last one recorded was #\(last))")
    }

    @Test("a changed or removed signed version, and a dropped audit table, are reported")
    func signedVersionsAndDroppedTable() throws {
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        try tamper("DROP TRIGGER signedVersionNoUpdate; UPDATE signedVersion SET signedBy = 'Dr Forger'")
        #expect(brokenDetail(store, signed.id)?.hasPrefix("signed version \(signed.version) does not match") == true)
        try tamper("DROP TRIGGER signedVersionNoDelete; DELETE FROM signedVersion")
        #expect(brokenDetail(store, signed.id) == "signed version \(signed.version) is missing")
        try tamper("DROP TABLE audit")
        #expect(brokenDetail(store, signed.id) == "the audit trail table is missing (it was dropped)")
    }

    @Test("opening a record whose trail was altered is refused")
    func openRefused() throws {
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        try tamper("DROP TRIGGER auditNoUpdate; UPDATE audit SET osUser = 'someone-else'")
        #expect(throws: StoreError.auditTrailBroken(id: draft.id, detail: .text(.storeChainEntryChanged, ["sequence": "1", "action": "create"]))) {
            try OpenIntake.open(draft.id, in: store, session: DeskSession.current(), actor: frontDesk)
        }
    }

    @Test("a database from before the chain is chained once when opened, and then verifies and detects changes")
    func olderDatabaseChained() throws {
        try FileManager.default.createDirectory(atPath: folder.path + "/db", withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder.databasePath)
        try StoreSchema.migrator.migrate(queue, upTo: "v2-desk-terminal-ssh-port")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO intake (id, version, status, json, createdAt, updatedAt, signedBy, signedAt)
                VALUES ('OLD1-0001', 3, 'signed', '{"format":"osteo-intake/1"}', 1.5, 2.5, 'Dr A', 3.5);
                INSERT INTO signedVersion (recordId, version, json, createdAt, updatedAt, signedBy, signedAt)
                VALUES ('OLD1-0001', 3, '{"format":"osteo-intake/1"}', 1.5, 2.5, 'Dr A', 3.5);
                INSERT INTO audit (recordId, at, osUser, host, action, version) VALUES ('OLD1-0001', 1.5, 'anna', 'desk-1', 'create', 1);
                INSERT INTO audit (recordId, at, osUser, host, action, version) VALUES ('(desk)', 1.7, 'anna', 'desk-1', 'unlock', NULL);
                INSERT INTO audit (recordId, at, osUser, host, action, oldValue, newValue, version)
                VALUES ('OLD1-0001', 3.5, 'ben', 'desk-2', 'sign', 'completed', 'Dr A', 3);
                """)
        }
        try queue.close()
        let store = try makeStore(folder)
        #expect(try store.verifyAuditTrail("OLD1-0001") == AuditChainReport(entries: 2, signedVersions: 1))
        #expect(try store.verifyAuditTrail(DeskAudit.recordID).entries == 1)
        try store.appendAudit("OLD1-0001", action: .print, actor: frontDesk)
        #expect(try store.verifyAuditTrail("OLD1-0001").entries == 3)
        try tamper("DROP TRIGGER auditNoUpdate; UPDATE audit SET host = 'elsewhere' WHERE seq = 1")
        #expect(brokenDetail(store, "OLD1-0001")?.hasPrefix("entry #1 (create)") == true)
    }
}
