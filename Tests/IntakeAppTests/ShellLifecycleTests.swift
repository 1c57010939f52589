import Foundation
import IntakeApp
import IntakeModel
import IntakeSheet
import IntakeStore
import Testing
import TerminalUI

@Suite("Shell: finish, sign, amend, print, home and take-over")
struct ShellLifecycleTests {
    @Test("F10 completes the record and asks a staff member to sign; signing makes it read-only")
    func finishAndSign() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ada")
        h.press(.function(10))
        #expect(try h.store.load(id).status == .completed)
        #expect(h.screen.contains("Sign the intake"))
        h.press(.enter, .enter)
        #expect(h.screen.contains("Type your user name, then your password or PIN"), "an empty sign-in is refused with a message")
        h.signIn("jm", "1111")
        #expect(h.screen.contains("Not recognised"), "a wrong PIN does not sign")
        #expect(try h.store.load(id).status == .completed)
        h.press(.backTab)
        h.signIn("", "2468")
        let signed = try h.store.load(id)
        #expect(signed.status == .signed)
        #expect(signed.signature?.staffName == "J. Martin", "the signer is the signed-in staff member")
        #expect(h.screen.contains("Signed by J. Martin at 09:00"))
        h.press(.backTab)
        h.type("zzz")
        #expect(h.screen.contains("read-only"))
        #expect(try h.store.load(id).record.patient?.name == "Ada")
    }

    @Test("F10 when the store refuses: no sign prompt, the reason on screen, the draft still open and not completed")
    func finishRefusedByTheStore() throws {
        let failing = FailingStore.Switch()
        var h = try ShellHarness(store: { FailingStore(inner: $0, failing: failing) })
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ada")
        failing.set(true)
        h.press(.function(10))
        #expect(!h.screen.contains("Sign the intake"), "the prompt drawn with the summary is taken back")
        #expect(h.screen.contains("Not saved:"))
        #expect(try h.store.load(id).status == .inProgress)
        failing.set(false)
        h.press(.function(10))
        #expect(try h.store.load(id).status == .completed)
        #expect(h.screen.contains("Sign the intake"))
    }

    @Test("F4 amends a signed record with a reason; the signed version is kept")
    func amendKeepsSignedVersion() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ada")
        h.press(.function(10))
        h.signIn()
        h.press(.function(4))
        h.type("wrong birth date")
        h.press(.enter)
        #expect(try h.store.load(id).status == .amended)
        h.type(" Byron")
        h.press(.tab)
        #expect(try h.store.load(id).record.patient?.name == "Ada Byron")
        #expect(try h.store.signedVersions(id).map { $0.record.patient?.name } == ["Ada"])
    }

    @Test("F5 on the summary prints through the print pipeline, reports the job and is audited")
    func printFromSummary() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ida")
        for _ in 0..<7 { h.press(.pageDown) }
        #expect(h.screen.contains("Step 8 of 8"))
        h.press(.function(5))
        #expect(h.printer.printed.withLock { $0 } == [id])
        #expect(h.screen.contains("Printed: job desk-printer-42"))
        let row = try #require(try h.store.auditTrail(id).last)
        #expect(row.action == .print)
    }

    @Test("A refused print says why and writes no audit row")
    func printRefused() throws {
        var h = try ShellHarness()
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session,
                                                              printer: FakePrinter(answer: .failed("no default printer"))))
        h.press(.enter)
        let id = try #require(h.openRecordID)
        for _ in 0..<7 { h.press(.pageDown) }
        h.press(.function(5))
        #expect(h.screen.contains("Not printed: no default printer"))
        #expect(!(try h.store.auditTrail(id).contains { $0.action == .print }))
    }

    @Test("A long refusal ('lp' missing) is said once and whole at 80 columns: it wraps instead of being cut")
    func longPrintRefusalWraps() throws {
        var h = try ShellHarness()
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session,
                                                              printer: FakePrinter(answer: .failed(PrintError.lpMissing.reason))))
        h.press(.enter)
        for _ in 0..<7 { h.press(.pageDown) }
        h.press(.function(5))
        let text = flatText(h.screen)
        #expect(text.contains("Not printed: the CUPS command 'lp'"), "\(h.screen)")
        #expect(text.contains("use --pdf FILE to save the sheet instead"), "the end is not cut: \(h.screen)")
        #expect(!text.contains("Not printed: nothing was printed"))
    }

    @Test("Home lists today's intakes and searches by name ignoring accents and case, or by date of birth")
    func homeSearch() throws {
        var h = try ShellHarness()
        let today = CalendarDate(year: 2026, month: 12, day: 2)
        for (name, born) in [("José Álvarez", "1948-03-14"), ("Mary Smith", "1960-07-01")] {
            _ = try h.store.createDraft(IntakeRecord(visitDate: today, patient: Patient(name: name, birthDate: CalendarDate(iso: born))),
                                        actor: deskActor)
        }
        h.press(.escape) // refreshes nothing, keeps home
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer))
        #expect(h.screen.contains("José Álvarez"))
        #expect(h.screen.contains("Mary Smith"))
        #expect(h.screen.contains(" 78  José Álvarez"), "age on the visit day")
        h.type("jose alv")
        #expect(h.screen.contains("José Álvarez"))
        #expect(!h.screen.contains("Mary Smith"))
        h.press(.escape)
        h.type("1960-07-01")
        #expect(h.screen.contains("Mary Smith"))
        #expect(!h.screen.contains("José"))
        h.press(.down, .enter)
        #expect(h.screen.contains("Mary Smith"))
        #expect(h.openRecordID != nil)
    }

    @Test("A draft whose session died is taken over only after asking")
    func takeOverAfterAsking() throws {
        var h = try ShellHarness()
        let dead = DeskSession(pid: 999_999, host: "desk-1", osUser: "ben")
        let stored = try h.store.createDraft(IntakeRecord(visitDate: CalendarDate(year: 2026, month: 12, day: 2),
                                                          patient: Patient(name: "Left Open")), actor: deskActor)
        _ = try h.store.claim(stored.id, session: dead, actor: deskActor)
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer))
        #expect(h.screen.contains("draft (left open)"))
        h.press(.down, .enter)
        #expect(ShellDeskIdentityTests.promptText(h.screen).contains("session has ended"), "\(h.screen)")
        h.press(.character("n"))
        #expect(h.isHome)
        h.press(.enter)
        h.press(.character("y"))
        #expect(h.openRecordID == stored.id)
        #expect(try h.store.load(stored.id).session.holder?.token == h.session.token)
    }
}
