import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeReport
import IntakeStore
import Testing
import TerminalUI

/// A home-screen search lists every match up to 500, emergencies first, scrolled with the arrows:
/// never only the newest that fit on the screen, which hid older emergencies in a cold trial. Past
/// 500 a line says to type more. Today's list is never cut either.
@Suite("Shell: a home search never hides an emergency among older matches")
struct HomeSearchPageTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)
    static let lastWeek = CalendarDate(year: 2026, month: 11, day: 25)

    @Test("33 Marias, the oldest an emergency: the search lists it first, and Down reaches all 33")
    func oldEmergencyFirst() throws {
        var h = try ShellHarness()
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria Oldest"),
                                                 redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        for number in 1...32 {
            h.clock.advance(minutes: 1)  // each one updated after the last
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria \(number)")), actor: deskActor)
        }
        h.type("maria")
        let rows = h.screen.split(separator: "\n").map(String.init)
        let first = try #require(rows.firstIndex { $0.contains("Maria") }, "\(h.screen)")
        #expect(rows[first + 0].contains("Maria Oldest") && rows[first].contains("EMERGENCY"), "\(h.screen)")
        guard case .home(let home) = h.shell.mode else { Issue.record("left the home list"); return }
        #expect(home.rows.count == 33)
        #expect(!home.moreMatches)
        #expect(!h.screen.contains("Only the"))
        for _ in 0..<33 { h.press(.down) }
        #expect(h.screen.contains("> "), "the last match is reached and selected")
    }

    @Test("the store is asked for every match up to 500 (and one more); past 500 the list says to type more")
    func queriesAsked() {
        var home = HomeScreen(today: Self.today, timeZone: .gmt, strings: Catalog(.english))
        #expect(home.query(search: "smith").limit == 501)
        #expect(home.query(search: "").limit == 500)
        #expect(home.query(search: "").visitDate == Self.today)
        let summaries = (1...3).map { RecordSummary(id: "R\($0)", name: "Smith \($0)", birthDate: nil, visitDate: Self.lastWeek, status: .inProgress,
                                                        updatedAt: Date(), version: 1, session: .none,
                                                        urgency: ListedUrgency(tier: .routine, unaskedRedFlags: 0)) }
        home.setRows(summaries, page: 2)
        #expect(home.moreMatches && home.rows.count == 2)
        #expect(home.render(size: Size(width: 80, height: 24)).text.contains("Only the 2 most recent are shown; type more to narrow the search."))
        home.setRows(Array(summaries.prefix(2)), page: 2)
        #expect(!home.moreMatches)
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
