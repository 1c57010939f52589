import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

/// Issue 11, item 10a and 10b: a finished or signed record can always be left from its screen
/// (Esc, F10 on a signed one) and its status bar offers only the keys that work there.
@Suite("Leaving a finished or signed record; its keys")
struct ShellLeavingTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)

    /// The shell over the real intake screens.
    static func harness() throws -> ShellHarness {
        var h = try ShellHarness()
        let printer = h.printer
        h.shell = IntakeShell(services: ShellServices(
            store: h.store, actor: deskActor, session: h.session, clock: h.clock,
            makeScreen: IntakeScreen.shellFactory(clock: h.clock), printSheet: { printer.print($0) }, staff: TestStaff()))
        return h
    }

    /// A record finished (and signed when `signed`) in the store, as another desk left it.
    static func stored(_ h: ShellHarness, signed: Bool) throws -> String {
        let draft = try h.store.createDraft(IntakeRecord(visitDate: today, patient: Patient(name: "Ada Byron")), actor: deskActor)
        let done = try h.store.complete(draft.id, expectedVersion: draft.version, actor: deskActor)
        if signed { _ = try h.store.sign(draft.id, expectedVersion: done.version, staffName: "J. Martin", actor: deskActor) }
        return draft.id
    }

    /// The bottom row: the status bar (or the shell's message over it).
    static func footer(_ h: ShellHarness) -> String {
        h.shell.render(size: h.size).line(h.size.height - 1)
    }

    @Test("F10 finishes, J. Martin signs with his PIN, then Esc goes back to the home list", arguments: [Key.escape, .function(10)])
    func signedThenLeave(key: Key) throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ada")
        h.press(.function(10))
        h.signIn()
        #expect(try h.store.load(id).status == .signed)
        #expect(h.screen.contains("Esc: back to the list"), "the message after signing says how to leave")
        h.press(key)
        #expect(h.isHome, "\(key) on a signed record goes back to the list:\n\(h.screen)")
        #expect(h.screen.contains("Ada"))
        #expect(!h.shell.isFinished)
    }

    @Test("A signed record on any step: Esc and F10 go home; its status bar has Esc Back to list and F4 Amend, no F10 Finish or F2 Save",
          arguments: [StepID.summary, .history])
    func signedRecordKeys(step: StepID) throws {
        var h = try Self.harness()
        let id = try Self.stored(h, signed: true)
        h.shell.open(id, step: step)
        #expect(h.openRecordID == id)
        h.press(.down)  // the "read-only" message gives the status bar back at the next key
        let bar = Self.footer(h)
        #expect(bar.contains("Esc Back to list"), "\(bar)")
        #expect(bar.contains("F4 Amend"), "\(bar)")
        #expect(!bar.contains("F10"), "\(bar)")
        #expect(!bar.contains("F2 Save"), "\(bar)")
        #expect(!bar.contains("Space"), "\(bar)")
        // help first: Esc closes it and stays on the record
        h.press(.function(1))
        #expect(h.screen.contains("Back to list"))
        h.press(.escape)
        #expect(h.openRecordID == id, "Esc closes the help, it does not leave")
        h.press(.escape)
        #expect(h.isHome)
        h.shell.open(id, step: step)
        h.press(.function(10))
        #expect(h.isHome, "F10 on a signed record goes back to the list too")
        h.shell.open(id, step: step)
        h.press(.control("x"))
        #expect(h.isHome)
    }

    @Test("A finished, unsigned record: on its summary F10 signs and Esc goes home; on a step Esc only cancels an edit")
    func finishedRecordSummary() throws {
        var h = try Self.harness()
        let id = try Self.stored(h, signed: false)
        h.shell.open(id, step: .summary)
        let bar = Self.footer(h)
        #expect(bar.contains("F10 Sign"), "\(bar)")
        #expect(bar.contains("Esc Back to list"), "\(bar)")
        #expect(!bar.contains("PgDn"), "the summary is the last step: \(bar)")
        h.press(.escape)
        #expect(h.isHome)
        h.shell.open(id, step: .patient)
        h.press(.escape)
        #expect(h.openRecordID == id, "Esc on a step of an editable record stays (it cancels the edit of the field)")
        h.press(.control("c"))
        #expect(h.isHome, "Ctrl-C leaves any record")
    }

    @Test("A draft's summary: F10 Finish, Esc goes back to the list, saved (the cold trial's clerk pressed Esc there and nothing happened), no PgDn on the last step")
    func draftSummary() throws {
        var h = try Self.harness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.pastPreferredLanguage()
        h.type("Grace Hopper")
        for _ in 0..<7 { h.press(.control("n")) }
        #expect(h.screen.contains("Step 8 of 8"))
        let bar = Self.footer(h)
        #expect(bar.contains("F10 Finish"), "\(bar)")
        #expect(!bar.contains("PgDn"), "\(bar)")
        h.press(.function(1))
        #expect(h.screen.contains("Back to list") && h.screen.contains("Esc"), "the help lists Esc: \(h.screen)")
        h.press(.escape)
        #expect(h.openRecordID == id, "Esc closes the help first")
        h.press(.escape)
        #expect(h.isHome)
        let stored = try h.store.load(id)
        #expect(stored.status == .inProgress, "still a draft")
        #expect(stored.record.patient?.name == "Grace Hopper", "what was typed is saved, as Ctrl-C saves it")
    }
}
