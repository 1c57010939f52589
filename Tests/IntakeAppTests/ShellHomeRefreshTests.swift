import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

/// The front desk's idle home list follows what other desks and the kiosk save.
@Suite("Shell: the home list reads itself again at the idle tick")
struct ShellHomeRefreshTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)

    @Test("A record another desk saves, an emergency first of all, appears at the next idle tick, without a key")
    func otherDeskRecordAppears() throws {
        var h = try ShellHarness()
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Older Record")), actor: deskActor)
        h.tick()
        #expect(h.screen.contains("Older Record"))
        h.press(.down)                                   // the clerk selects the older record
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Kiosk Patient"),
                                                 redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        #expect(!h.screen.contains("Kiosk Patient"), "nothing read yet")
        h.tick()
        let rows = h.screen.split(separator: "\n").map(String.init)
        let kiosk = try #require(rows.firstIndex { $0.contains("Kiosk Patient") }, "the new record is listed: \(h.screen)")
        let older = try #require(rows.firstIndex { $0.contains("Older Record") })
        #expect(kiosk < older, "the emergency is listed first")
        #expect(rows[kiosk].contains("EMERGENCY"))
        #expect(rows[older].contains("> "), "the older record stays selected though it moved down a row")
    }

    @Test("The search text stays and the list follows a completed record's status")
    func searchKeptStatusFollows() throws {
        var h = try ShellHarness()
        let stored = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Bea Ortiz")), actor: deskActor)
        _ = try h.store.claim(stored.id, session: DeskSession(pid: 4242, host: "desk-2", osUser: "ben"), actor: deskActor)
        h.type("Ortiz")
        #expect(h.screen.contains("open at a desk"))
        _ = try h.store.complete(stored.id, expectedVersion: try h.store.currentVersion(stored.id), actor: deskActor)
        h.tick()
        guard case .home(let home) = h.shell.mode else { Issue.record("left the home list"); return }
        #expect(home.searchText == "Ortiz", "the search text stays")
        #expect(h.screen.contains("Bea Ortiz"))
        #expect(!h.screen.contains("open at a desk"), "\(h.screen)")
    }
}
