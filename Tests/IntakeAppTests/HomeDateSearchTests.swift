import IntakeApp
import IntakeModel
import IntakeStore
import Testing

@Suite("Home search by a date of birth as the desk types it")
struct HomeDateSearchTests {
    static let visit = CalendarDate(year: 2025, month: 10, day: 6)

    @Test("Home finds a date of birth typed as 04/04/1956 at a US desk, or as ISO; without date_order only ISO")
    func homeSearch() throws {
        var h = try ShellHarness()
        for (name, born) in [("Ada Lovelace", "1956-04-04"), ("Grace Hopper", "1956-05-04")] {
            _ = try h.store.createDraft(IntakeRecord(visitDate: Self.visit, patient: Patient(name: name, birthDate: CalendarDate(iso: born))),
                                        actor: deskActor)
        }
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer),
                              configuration: ShellConfiguration(dateConvention: .monthDayYear))
        for typed in ["04/04/1956", "4/4/1956", "04041956", "1956-04-04"] {
            h.press(.escape)
            h.type(typed)
            #expect(h.screen.contains("Ada Lovelace"), "\(typed)")
            #expect(!h.screen.contains("Grace Hopper"), "\(typed)")
        }
        h.press(.escape)
        h.type("13/04/1956")
        #expect(h.screen.contains("   No intake matches. Search ignores accents and case; a date of birth is\n   MM/DD/YYYY or YYYY-MM-DD."))

        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer))
        h.type("04/04/1956")
        #expect(!h.screen.contains("Ada Lovelace"), "the order of day and month is never guessed")
        #expect(h.screen.contains("a date of birth is\n   YYYY-MM-DD."))
        h.press(.escape)
        h.type("1956-04-04")
        #expect(h.screen.contains("Ada Lovelace"))
    }
}
