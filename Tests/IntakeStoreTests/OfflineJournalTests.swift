import Foundation
import IntakeModel
import IntakeTestSupport
import Testing
@testable import IntakeStore

/// The offline journal (`JournaledIntakeStore`) in front of a records server that the test
/// switches off and on (`SwitchableRecordStore` over a SQLite file).
@Suite("Nothing lost when the network is: the offline journal")
struct OfflineJournalTests {
    let folder = TemporaryFolder()
    var journalPath: String { folder.path + "/data/osteo-intake/journal/server.jsonl" }
    static let quickRetries = JournaledIntakeStore.RetryDelays(first: 0.01, longest: 0.05)

    func server() throws -> SwitchableRecordStore {
        SwitchableRecordStore(try makeStore(folder))
    }

    func journaled(_ server: SwitchableRecordStore,
                   durability: JournaledIntakeStore.Durability = .powerLoss) throws -> JournaledIntakeStore {
        try JournaledIntakeStore(remote: server, journalPath: journalPath, durability: durability,
                                 retryDelays: Self.quickRetries, sendTimeout: 2)
    }

    /// Types `count` phone numbers into `recordID` from `version`, as the desk's autosave does.
    func type(_ count: Int, into store: JournaledIntakeStore, _ recordID: String, from version: Int,
              record: IntakeRecord, prefix: String = "555-") throws -> (version: Int, record: IntakeRecord) {
        var version = version
        var record = record
        for index in 0..<count {
            let old = record.patient?.phone
            record.patient?.phone = prefix + String(index)
            let outcome = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: old, newValue: prefix + String(index)),
                                               record: record, recordID: recordID, expectedVersion: version, actor: frontDesk)
            guard case .saved(let next) = outcome else { Issue.record("not saved: \(outcome)"); break }
            version = next
        }
        return (version, record)
    }

    func waitUntil(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            usleep(10_000)
        }
        return false
    }

    func phonesSaved(_ server: SwitchableRecordStore, _ recordID: String) throws -> [String] {
        try server.store.auditTrail(recordID).filter { $0.action == .answer }.compactMap(\.newValue)
    }

    @Test("answers typed while the server is off are all on it once it is back, in order")
    func offlineThenBack() throws {
        let server = try server()
        let store = try journaled(server)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        server.switchOff()
        let typed = try type(3, into: store, draft.id, from: draft.version, record: draft.record)
        #expect(waitUntil { store.status.isOffline })
        #expect(store.status.waiting == 3)
        #expect(try phonesSaved(server, draft.id).isEmpty)
        server.switchOn()
        #expect(waitUntil { store.status.waiting == 0 })
        #expect(try phonesSaved(server, draft.id) == ["555-0", "555-1", "555-2"])
        let stored = try server.store.load(draft.id)
        #expect(stored.version == typed.version)
        #expect(stored.record == typed.record)
        #expect(store.status.serverReachable)
        store.close(waitingUpTo: 1)
    }

    @Test("an answer is saved at once while the server is off, and the journal is the desk's only")
    func journalFile() throws {
        let server = try server()
        server.switchOff()
        let store = try journaled(server)
        let outcome = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"),
                                           record: sampleRecord(), recordID: "ABCD-EFGH", expectedVersion: 4, actor: frontDesk)
        #expect(outcome == .saved(version: 5))
        #expect(posixMode(store.journalPath) == 0o600)
        #expect(posixMode((store.journalPath as NSString).deletingLastPathComponent) == 0o700)
        // a second desk of the same user and server writes a journal of its own
        let second = try journaled(server)
        #expect(second.journalPath != store.journalPath)
        #expect(second.status.waiting == 0)
        second.close(waitingUpTo: 0)
        #expect(store.close(waitingUpTo: 0.1).waiting == 1)
    }

    @Test("a conflict made by another desk while this one was offline is held for the desk, not overwritten")
    func conflictWhileOffline() throws {
        let server = try server()
        let store = try journaled(server)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        server.switchOff()
        _ = try type(2, into: store, draft.id, from: draft.version, record: draft.record)
        // meanwhile another desk, still online, changes the record on the server
        var theirs = draft.record
        theirs.patient?.phone = "999"
        _ = try server.store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "999"),
                                        record: theirs, recordID: draft.id, expectedVersion: draft.version, actor: backOffice)
        server.switchOn()
        #expect(waitUntil { store.heldAnswers(for: draft.id) != nil })
        guard case .conflict(let conflict)? = store.heldAnswers(for: draft.id) else {
            Issue.record("no conflict held")
            return
        }
        #expect(conflict.current.record.patient?.phone == "999")
        #expect(try server.store.load(draft.id).record.patient?.phone == "999")
        #expect(store.status.waiting == 2)
        // signing waits for the answers, and says why it cannot go on
        #expect(throws: StoreError.self) { try store.complete(draft.id, expectedVersion: 3, actor: frontDesk) }
        let held = try #require(try store.takeHeldAnswers(for: draft.id))
        #expect(held.changes.map(\.newValue) == ["555-0", "555-1"])
        #expect(store.status.waiting == 0)
        #expect(try server.store.load(draft.id).record.patient?.phone == "999")
        store.close(waitingUpTo: 1)
    }

    @Test("a journal left by a program that crashed is sent when the next one starts",
          arguments: [JournaledIntakeStore.Durability.powerLoss, .processCrash])
    func crashReplay(durability: JournaledIntakeStore.Durability) throws {
        let server = try server()
        let draft = try server.createDraft(sampleRecord(), actor: frontDesk)
        server.switchOff()
        let crashed = try journaled(server, durability: durability)
        _ = try type(3, into: crashed, draft.id, from: draft.version, record: draft.record)
        #expect(crashed.close(waitingUpTo: 0.1).waiting == 3)  // what a crash leaves: the file
        // a cut-short last line, as a crash in the middle of a write leaves it
        let handle = try #require(FileHandle(forWritingAtPath: crashed.journalPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"entry\":{\"seq\":9".utf8))
        try handle.close()
        server.switchOn()
        let next = try journaled(server)
        #expect(next.journalPath == crashed.journalPath)
        #expect(waitUntil { next.status.waiting == 0 })
        #expect(try phonesSaved(server, draft.id) == ["555-0", "555-1", "555-2"])
        #expect(try server.store.load(draft.id).version == draft.version + 3)
        #expect(try String(contentsOfFile: next.journalPath, encoding: .utf8).isEmpty)
        next.close(waitingUpTo: 0)
    }

    @Test("the journal of a second desk that crashed is taken over by the next program that starts")
    func secondDeskCrashed() throws {
        let server = try server()
        let draft = try server.createDraft(sampleRecord(), actor: frontDesk)
        server.switchOff()
        let first = try journaled(server)
        let second = try journaled(server)
        _ = try type(2, into: second, draft.id, from: draft.version, record: draft.record)
        #expect(second.close(waitingUpTo: 0).waiting == 2)
        first.close(waitingUpTo: 0)
        server.switchOn()
        let next = try journaled(server)
        #expect(next.journalPath == first.journalPath)
        #expect(waitUntil { next.status.waiting == 0 })
        #expect(try phonesSaved(server, draft.id) == ["555-0", "555-1"])
        #expect(try String(contentsOfFile: second.journalPath, encoding: .utf8).isEmpty)
        next.close(waitingUpTo: 0)
    }

    @Test("an answer the server got before a crash, but not crossed off, is not sent twice")
    func sentBeforeCrash() throws {
        let server = try server()
        let draft = try server.createDraft(sampleRecord(), actor: frontDesk)
        server.switchOff()
        let crashed = try journaled(server)
        let typed = try type(1, into: crashed, draft.id, from: draft.version, record: draft.record)
        crashed.close(waitingUpTo: 0)
        // the server had it: saved there directly, the journal still lists it
        _ = try server.store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "555-0"),
                                        record: typed.record, recordID: draft.id, expectedVersion: draft.version, actor: frontDesk)
        server.switchOn()
        let next = try journaled(server)
        #expect(waitUntil { next.status.waiting == 0 })
        #expect(next.heldAnswers(for: draft.id) == nil)
        #expect(try phonesSaved(server, draft.id) == ["555-0"])
        next.close(waitingUpTo: 0)
    }

    @Test("signing while the server is off says so and changes nothing")
    func signOffline() throws {
        let server = try server()
        let store = try journaled(server)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        let done = try store.complete(draft.id, expectedVersion: draft.version, actor: frontDesk)
        server.switchOff()
        #expect(throws: StoreError.serverUnreachable) {
            try store.sign(draft.id, expectedVersion: done.version, staffName: "JM", actor: frontDesk)
        }
        #expect(StoreError.serverUnreachable.message() == "The records server cannot be reached.")
        server.switchOn()
        #expect(try store.sign(draft.id, expectedVersion: done.version, staffName: "JM", actor: frontDesk).status == .signed)
        store.close(waitingUpTo: 0)
    }

    @Test("a local store is used as it is; a remote one gets a journal in the user's data folder")
    func wrapping() throws {
        let local = try makeStore(folder)
        let environment = ["XDG_DATA_HOME": folder.path + "/data", "HOME": folder.path]
        #expect(try JournaledIntakeStore.wrappingIfRemote(local, location: local.path, environment: environment)
            is SQLiteIntakeStore)
        let remote = SwitchableRecordStore(local)
        let wrapped = try #require(try JournaledIntakeStore.wrappingIfRemote(
            remote, location: "postgres://intake:secret@db.example/clinic", environment: environment) as? JournaledIntakeStore)
        #expect(wrapped.journalPath.hasPrefix(folder.path + "/data/osteo-intake/journal/"))
        #expect(!wrapped.journalPath.contains("secret") && !wrapped.journalPath.contains("example"))
        #expect(AnswerJournal.defaultPath(storeLocation: "postgres://intake:secret@db.example/clinic", environment: environment)
            == AnswerJournal.defaultPath(storeLocation: "postgres://intake:other@db.example/clinic", environment: environment))
        wrapped.close(waitingUpTo: 0)
    }
}
