import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

/// Found by a cold tester: the kiosk's idle lock left the patient's answers in a draft of their own
/// and, once staff unlocked, showed a blank new intake with no word.
@Suite("Kiosk: after the idle lock the same intake comes back")
struct ShellKioskLockResumeTests {
    @Test("a kiosk patient types a name, the lock comes, staff unlock: the same intake, with the name, said on the message line")
    func sameIntakeAfterUnlock() throws {
        var h = try ShellHarness.realScreens(kiosk: true, idleMinutes: 0.5)
        let id = try #require(h.openRecordID)
        let today = RecordQuery(visitDate: CalendarDate(year: 2026, month: 12, day: 2), limit: 50)
        let before = try h.store.list(today).count
        h.type("Rosa Diaz")
        h.clock.advance(minutes: 0.5)
        h.tick()
        #expect(h.shell.isLocked)
        #expect(!h.screen.contains("Rosa Diaz"), "the lock hides the patient")
        h.signIn()
        #expect(h.openRecordID == id, "the same intake, not a new one")
        #expect(h.screen.contains("Rosa Diaz"), "\(h.screen)")
        #expect(flatText(h.screen).contains("Unlocked: the same intake is back where it was"))
        #expect(try h.store.list(today).count == before, "no new draft")
        #expect(try h.store.load(id).record.patient?.name == "Rosa Diaz")
    }

    @Test("what the lock could not save is said again after the unlock, never 'nothing was lost' (cold trial)")
    func unsavedSaidAgain() throws {
        var h = try ShellHarness.realScreens(kiosk: true, idleMinutes: 0.5)
        h.type("Rosa Diaz")
        h.press(.tab)
        h.type("xx/yy")  // half an answer that cannot be read, in the next field
        h.clock.advance(minutes: 0.5)
        h.tick()
        #expect(h.shell.isLocked)
        #expect(flatText(h.screen).contains("Not saved"), "the lock says it: \(h.screen)")
        h.signIn()
        let said = flatText(h.screen)
        #expect(said.contains("Unlocked: the same intake is back where it was. Not saved"), "\(h.screen)")
        #expect(!said.contains("Nothing was lost"))
    }

    @Test("the intake comes back on the step it was on")
    func sameStep() throws {
        var h = try ShellHarness(kiosk: true, idleMinutes: 1)
        let id = try #require(h.openRecordID)
        h.type("Pat")
        h.press(.control("n"))
        guard case .record(let before) = h.shell.mode else { Issue.record("no record open"); return }
        let step = before.screen.step
        h.clock.advance(minutes: 1)
        h.tick()
        h.signIn()
        guard case .record(let after) = h.shell.mode else { Issue.record("no record open after unlock"); return }
        #expect(after.id == id)
        #expect(after.screen.step == step)
    }
}

@Suite("Home: back from a record, the list is as it was")
struct ShellHomeKeptTests {
    @Test("leaving a record opened from a search keeps the search and the selected row; Enter opens it again, no blank intake")
    func searchAndSelectionKept() throws {
        var h = try ShellHarness()
        let day = CalendarDate(year: 2026, month: 12, day: 2)
        _ = try h.store.createDraft(IntakeRecord(visitDate: day, patient: Patient(name: "Ana Ruiz")), actor: deskActor)
        let second = try h.store.createDraft(IntakeRecord(visitDate: day, patient: Patient(name: "Ana Soto")), actor: deskActor)
        _ = try h.store.complete(second.id, expectedVersion: second.version, actor: deskActor)
        h.type("Ana")
        let rows = h.screen.split(separator: "\n")
        let soto = try #require(rows.firstIndex { $0.contains("Ana Soto") })
        let ruiz = try #require(rows.firstIndex { $0.contains("Ana Ruiz") })
        for _ in 0..<(soto > ruiz ? 2 : 1) { h.press(.down) }
        h.press(.enter)
        #expect(h.openRecordID == second.id, "the completed record opens read only on its summary")
        h.press(.escape)
        #expect(h.isHome, "\(h.screen)")
        guard case .home(let home) = h.shell.mode else { return }
        #expect(home.searchText == "Ana", "the search stays")
        let selected = try #require(h.screen.split(separator: "\n").first { $0.contains("> ") && $0.contains("Ana") })
        #expect(selected.contains("Ana Soto"), "the same row is selected")
        let before = try h.store.list(RecordQuery(visitDate: day, limit: 50)).count
        h.press(.enter)
        #expect(h.openRecordID == second.id)
        #expect(try h.store.list(RecordQuery(visitDate: day, limit: 50)).count == before, "no blank draft made")
    }
}
