import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeReport
import IntakeStore
import Testing
import TerminalUI

/// A home-screen search lists the matches that fit on the screen (14 at 80x24), which the store
/// gives most urgent first, then newest: never only the newest, which hid older emergencies in a
/// cold trial (a search for "maria" listed 2 of its 6 EMERGENCY records). When there are more, a
/// line says to type more. Today's list is never cut.
@Suite("Shell: a home search never hides an emergency among older matches")
struct HomeSearchPageTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)
    static let lastWeek = CalendarDate(year: 2026, month: 11, day: 25)
    static let moreLine = "Only 14 are shown, most urgent first, then newest; type more to narrow."

    /// The rows of the list on screen that hold `text`.
    func listed(_ h: ShellHarness, _ text: String) -> [String] {
        h.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains(text) }
    }

    @Test("33 Marias, the oldest an emergency: the search lists it first, then the 13 newest, and says there are more")
    func oldEmergencyFirst() throws {
        var h = try ShellHarness()
        _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria Oldest"),
                                                 redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        for number in 1...32 {
            h.clock.advance(minutes: 1)  // each one updated after the last
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria \(number)")), actor: deskActor)
        }
        h.type("maria")
        let rows = listed(h, "Maria")
        try #require(rows.count == 14, "\(h.screen)")
        #expect(rows[0].contains("Maria Oldest") && rows[0].contains("EMERGENCY"), "\(h.screen)")
        #expect(rows[1].hasSuffix("Maria 32") && rows[13].hasSuffix("Maria 20"), "\(h.screen)")
        guard case .home(let home) = h.shell.mode else { Issue.record("left the home list"); return }
        #expect(home.rows.count == 14 && home.moreMatches)
        #expect(h.screen.contains(Self.moreLine), "\(h.screen)")
        for _ in 0..<14 { h.press(.down) }
        #expect(listed(h, "> ").first?.hasSuffix("Maria 20") == true, "the last row shown is reached: \(h.screen)")
    }

    @Test("6 of 40 Marias are emergencies, older than the rest: all 6 are on the 80x24 screen, first")
    func everyEmergencyOfTheColdTrial() throws {
        var h = try ShellHarness()
        for number in 1...6 {
            h.clock.advance(minutes: 1)
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria Emergency \(number)"),
                                                     redFlags: RedFlags(saddleNumbness: true)), actor: deskActor)
        }
        for number in 1...34 {
            h.clock.advance(minutes: 1)
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria Later \(number)")),
                                        actor: deskActor)
        }
        h.type("maria")
        let rows = listed(h, "Maria")
        #expect(rows.count == 14, "\(h.screen)")
        #expect(rows.prefix(6).allSatisfy { $0.contains("EMERGENCY") && $0.contains("Maria Emergency") }, "\(h.screen)")
        let numbers: [String] = rows.prefix(6).compactMap { row in row.split(separator: " ").last.map(String.init) }
        #expect(Set(numbers) == ["1", "2", "3", "4", "5", "6"])
        #expect(rows[6].hasSuffix("Maria Later 34"), "then the newest: \(h.screen)")
        #expect(h.screen.contains(Self.moreLine))
    }

    @Test("the store is asked for the matches that fit and one more (15 at 80x24, 31 at 80x40); today's list up to 500")
    func queriesAsked() {
        var home = HomeScreen(today: Self.today, timeZone: .gmt, strings: Catalog(.english))
        #expect(home.query(search: "smith").limit == 15)
        #expect(HomeScreen(today: Self.today, timeZone: .gmt, strings: Catalog(.english), size: Size(width: 80, height: 40))
            .query(search: "smith").limit == 31)
        #expect(home.query(search: "").limit == 500)
        #expect(home.query(search: "").visitDate == Self.today)
        let summaries = (1...15).map { RecordSummary(id: "R\($0)", name: "Smith \($0)", birthDate: nil, visitDate: Self.lastWeek,
                                                         status: .inProgress, updatedAt: Date(), version: 1, session: .none,
                                                         urgency: ListedUrgency(tier: .routine, unaskedRedFlags: 0)) }
        _ = home.handle(.character("s"))
        home.setRows(summaries)
        #expect(home.moreMatches && home.rows.count == 14)
        #expect(home.render(size: Size(width: 80, height: 24)).text.contains(Self.moreLine))
        home.setRows(Array(summaries.prefix(14)))
        #expect(!home.moreMatches && home.rows.count == 14)
        _ = home.handle(.escape)
        home.setRows(summaries)
        #expect(!home.moreMatches && home.rows.count == 15, "today's list is never cut")
    }

    @Test("a taller terminal lists more matches of the same search at once")
    func resizeReadsTheFittingPage() throws {
        var h = try ShellHarness()
        for number in 1...40 {
            h.clock.advance(minutes: 1)
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.lastWeek, patient: Patient(name: "Maria \(number)")), actor: deskActor)
        }
        h.type("maria")
        #expect(listed(h, "Maria").count == 14)
        h.size = Size(width: 80, height: 40)
        h.send(.resize(h.size))
        #expect(listed(h, "Maria").count == 30, "\(h.screen)")
        #expect(h.screen.contains("Only 30 are shown"))
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
