import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeReport
import IntakeStore
import Testing
import TerminalUI

/// A home-screen search asks the store for the matches a screen shows (one more, to know there
/// are more), never hundreds: each keystroke stays quick on a store of a million records. Today's
/// list is never cut, so an emergency is always at its top.
@Suite("Shell: a home search shows the matches that fit and says when there are more")
struct HomeSearchPageTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)
    static let lastWeek = CalendarDate(year: 2026, month: 11, day: 25)

    func listedRows(_ screen: String, containing name: String) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.contains(name) }
    }

    @Test("30 Smiths at 80x24: the 14 most recent are listed, and a line says to type more to narrow")
    func manyMatches() throws {
        var h = try ShellHarness()
        for number in 1...30 {
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Smith \(number)")), actor: deskActor)
            h.clock.advance(minutes: 1)  // each one updated after the last
        }
        h.type("smith")
        let rows = listedRows(h.screen, containing: "Smith ")
        #expect(rows.count == HomeScreen.searchPage(height: 24))
        #expect(rows.count == 14)
        #expect(rows.contains { $0.contains("Smith 30") }, "the most recently updated is shown: \(h.screen)")
        #expect(!rows.contains { $0.contains("Smith 1 ") || $0.hasSuffix("Smith 1") }, "the oldest is not")
        #expect(h.screen.contains("Only the 14 most recent are shown; type more to narrow the search."), "\(h.screen)")
        h.type(" 7")
        #expect(listedRows(h.screen, containing: "Smith ").count == 1, "\(h.screen)")
        #expect(!h.screen.contains("Only the"), "one match: nothing more to say")
    }

    @Test("the store is asked for one more than the screen shows; today's list asks for all of today (up to 500)")
    func queriesAsked() {
        let home = HomeScreen(today: Self.today, timeZone: .gmt, strings: Catalog(.english))
        #expect(home.query(search: "smith", page: 14).limit == 15)
        #expect(home.query(search: "", page: 14).limit == 500)
        #expect(home.query(search: "", page: 14).visitDate == Self.today)
        #expect(HomeScreen.searchPage(height: 60) == 50, "a taller window lists more")
        #expect(HomeScreen.searchPage(height: 10) == 10, "at least 10")
    }

    @Test("today's list is never cut: the oldest of 40 intakes, an emergency, is listed first")
    func todayNeverCut() throws {
        var h = try ShellHarness()
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Early Emergency"),
                                                 redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        for number in 1...40 {
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Later \(number)")), actor: deskActor)
        }
        h.tick()
        let rows = h.screen.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("Later ") || $0.contains("Early Emergency") })
        #expect(rows[first].contains("Early Emergency") && rows[first].contains("EMERGENCY"), "\(h.screen)")
        guard case .home(let home) = h.shell.mode else { Issue.record("left the home list"); return }
        #expect(home.rows.count == 41)
        #expect(!home.moreMatches)
    }

    @Test("a Spanish clinic's home list says the selected record's urgency in Spanish, above the keys")
    func urgencyLineInTheClinicLanguage() throws {
        var h = try ShellHarness.realScreens(staffLanguage: .spanish)
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Rosa Vidal"),
                                                 redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        h.tick()
        h.press(.down)
        let spanish = ReportText(language: .spanish).banner(.emergency, unasked: 0)
        #expect(h.screen.contains(spanish), "\(h.screen)")
        #expect(!h.screen.contains(ReportText.english.banner(.emergency, unasked: 0)))
    }
}
