import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import IntakeTestSupport
import Testing
import TerminalUI

/// The shell in front of a records server behind the offline journal: a desk types on while the
/// server is off, sees how many answers wait, and gets another desk's change as a conflict prompt.
@Suite("Shell: answers typed while the records server is off")
struct ShellOfflineJournalTests {
    /// A shell over the harness's SQLite file as a records server behind a switch and a journal.
    func offlineDesk() throws -> (ShellHarness, SwitchableRecordStore, JournaledIntakeStore) {
        var server: SwitchableRecordStore?
        var journal: JournaledIntakeStore?
        let folder = ShellFolder()
        let h = try ShellHarness(store: { sqlite in
            let remote = SwitchableRecordStore(sqlite)
            let journaled = try! JournaledIntakeStore(
                remote: remote, journalPath: folder.path + "/journal/server.jsonl",
                retryDelays: .init(first: 0.01, longest: 0.05), sendTimeout: 1)
            server = remote
            journal = journaled
            return journaled
        })
        return (h, try #require(server), try #require(journal))
    }

    func waitUntil(_ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try condition() { return true }
            usleep(10_000)
        }
        return false
    }

    @Test("the status line says how many answers wait while the server is off, and nothing once they are sent")
    func statusLine() throws {
        var (h, server, journal) = try offlineDesk()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        server.switchOff()
        h.type("Mine")
        h.press(.tab)
        h.type("1951-02-03")
        h.press(.tab)
        #expect(waitUntil { journal.status.isOffline })
        h.tick()
        #expect(h.screen.contains("Offline: 2 answers waiting"))
        #expect(h.openRecordID == id, "the intake goes on")
        server.switchOn()
        #expect(waitUntil { journal.status.waiting == 0 })
        h.tick()
        #expect(!h.screen.contains("Offline"))
        let stored = try h.store.load(id)
        #expect(stored.record.patient?.name == "Mine")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1951, month: 2, day: 3))
        journal.close(waitingUpTo: 0)
    }

    @Test("another desk's change made while this desk was offline is shown as a conflict, never overwritten")
    func conflictShown() throws {
        var (h, server, journal) = try offlineDesk()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Mine")
        h.press(.tab)
        #expect(waitUntil { journal.status.waiting == 0 })
        server.switchOff()
        h.type("1951-02-03")
        h.press(.tab)
        try h.saveAtAnotherDesk(id, FieldChange(field: "patient.birthDate", oldValue: nil, newValue: "1940-05-06")) {
            $0.patient?.birthDate = CalendarDate(year: 1940, month: 5, day: 6)
        }
        server.switchOn()
        #expect(waitUntil { journal.heldAnswers(for: id) != nil })
        h.tick()
        #expect(h.screen.contains("Changed in another session"))
        #expect(try h.store.load(id).record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        h.press(.character("k"))
        #expect(waitUntil { journal.status.waiting == 0 })
        #expect(try h.store.load(id).record.patient?.birthDate == CalendarDate(year: 1951, month: 2, day: 3))
        #expect(try h.store.auditTrail(id).contains { $0.action == .overwrite })
        journal.close(waitingUpTo: 0)
    }

    @Test("quitting while answers wait says how many and where they are kept, and quits the second time")
    func quitWhileOffline() throws {
        var (h, server, journal) = try offlineDesk()
        h.press(.enter)
        server.switchOff()
        h.type("Mine")
        h.press(.tab)
        #expect(waitUntil { journal.status.isOffline })
        h.press(.control("c"))
        #expect(h.isHome)
        h.press(.control("c"))
        #expect(!h.shell.isFinished)
        #expect(h.shell.message?.hasPrefix("Offline: 1 answer waiting, kept in ") == true)
        #expect(h.shell.message?.contains(journal.journalPath) == true)
        h.press(.control("c"))
        #expect(h.shell.isFinished)
        #expect(journal.close(waitingUpTo: 0).waiting == 1)
    }
}

/// A network that drops packets (the server never answers, nothing refuses): the desk types on,
/// the heartbeat and the idle watch wait in the background, the status line says "Offline".
@Suite("Shell: a records server that never answers")
struct ShellSilentServerTests {
    @Test("no key, tick or heartbeat waits for a silent server; the status line says Offline")
    func typingGoesOn() throws {
        var server: SwitchableRecordStore?
        var journal: JournaledIntakeStore?
        let folder = ShellFolder()
        var h = try ShellHarness(store: { sqlite in
            let remote = SwitchableRecordStore(sqlite, silenceLimit: 1)
            let journaled = try! JournaledIntakeStore(
                remote: remote, journalPath: folder.path + "/journal/server.jsonl",
                retryDelays: .init(first: 0.01, longest: 0.05), sendTimeout: 1)
            server = remote
            journal = journaled
            return journaled
        })
        let silent = try #require(server), desk = try #require(journal)
        h.press(.enter)
        let id = try #require(h.openRecordID)
        silent.dropPackets()
        h.type("Mine")
        h.press(.tab)
        h.tick()                          // the idle watch
        h.clock.advance(minutes: 2)
        h.tick()                          // the heartbeat is due
        h.type("1951-02-03")
        h.press(.tab)
        h.tick()
        #expect(silent.callsThatWaitedOnTheKeyPath == [], "a key or a tick waited for the silent server")
        let deadline = Date().addingTimeInterval(10)
        while !desk.status.isOffline && Date() < deadline { usleep(10_000) }
        h.tick()
        #expect(h.screen.contains("Offline: 2 answers waiting"), "\(h.screen)")
        #expect(h.screen.contains("1951-02-03"))
        silent.answerAgain()
        while desk.status.waiting > 0 && Date() < deadline.addingTimeInterval(10) { usleep(10_000) }
        #expect(try h.store.load(id).record.patient?.name == "Mine")
        desk.close(waitingUpTo: 0)
    }
}
