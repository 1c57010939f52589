import Foundation
import IntakeModel
import IntakeTestSupport
import Synchronization
import Testing
@testable import IntakeStore

/// The journal's disk sync is off the key path: an autosave returns once the kernel has the
/// answer, the sync comes after it on a thread of its own, and the server never gets an answer
/// the disk does not have yet.
@Suite("The offline journal syncs to disk off the key path")
struct JournalSyncTests {
    let folder = TemporaryFolder()

    /// A disk whose sync waits until the test lets it go.
    final class HeldDisk: Sendable {
        private let open = Mutex(false)
        private let syncs = Mutex(0)
        func letGo() { open.withLock { $0 = true } }
        var syncsDone: Int { syncs.withLock { $0 } }
        func sync(_ descriptor: Int32) {
            while !open.withLock({ $0 }) { usleep(1_000) }
            fdatasync(descriptor)
            syncs.withLock { $0 += 1 }
        }
    }

    func waitUntil(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            usleep(10_000)
        }
        return false
    }

    @Test("autosaves return while the disk is still syncing; the server gets them only once they are on disk, in order")
    func syncOffTheKeyPath() throws {
        let server = SwitchableRecordStore(try makeStore(folder))
        let disk = HeldDisk()
        defer { disk.letGo() }  // a test that stops early must not leave the syncer (and close) waiting forever
        let store = try JournaledIntakeStore(remote: server, journalPath: folder.path + "/journal/server.jsonl",
                                             retryDelays: .init(first: 0.01, longest: 0.05), sendTimeout: 2,
                                             syncFile: { disk.sync($0) })
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var record = draft.record
        var version = draft.version
        for phone in ["555-0", "555-1", "555-2"] {
            let old = record.patient?.phone
            record.patient?.phone = phone
            let outcome = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: old, newValue: phone),
                                               record: record, recordID: draft.id, expectedVersion: version, actor: frontDesk)
            guard case .saved(let next) = outcome else { Issue.record("not saved: \(outcome)"); return }
            version = next
        }
        // the kernel has them (another program reading the file sees them) ...
        let lines = try String(contentsOfFile: store.journalPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3)
        // ... but no sync has finished, so none has gone to the server
        usleep(100_000)
        #expect(disk.syncsDone == 0)
        #expect(server.answersSaved == 0)
        disk.letGo()
        #expect(waitUntil { store.status.waiting == 0 })
        #expect(disk.syncsDone >= 1)
        let sent = try server.store.auditTrail(draft.id).filter { $0.action == .answer }.compactMap(\.newValue)
        #expect(sent == ["555-0", "555-1", "555-2"])
        #expect(try server.store.load(draft.id).version == version)
        store.close(waitingUpTo: 1)
    }
}
