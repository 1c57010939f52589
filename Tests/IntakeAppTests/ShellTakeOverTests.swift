import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

/// A second desk on the harness's store and clock: "ben@desk-2".
struct OtherDesk {
    static let session = DeskSession(pid: 4242, host: "desk-2", osUser: "ben")
    var shell: IntakeShell
    var size = Size(width: 80, height: 24)

    init(_ h: ShellHarness) {
        shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: Self.session,
                                                            printer: h.printer),
                            configuration: ShellConfiguration())
    }

    mutating func press(_ keys: Key...) { for key in keys { send(key) } }
    mutating func type(_ text: String) { for c in text { send(.character(c)) } }
    mutating func send(_ key: Key) {
        _ = shell.update(key)
        _ = shell.afterFrame()
    }
    var screen: String { shell.render(size: size).text }

    /// Opens the draft and says yes to taking it over from the desk holding it.
    mutating func takeOver(_ id: String) {
        shell.open(id, step: .patient)
        press(.character("y"))
    }
}

/// The screen's text with box frames and line breaks taken out, so a wrapped sentence is found.
func flatText(_ screen: String) -> String {
    screen.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "| ")) }
        .filter { !$0.isEmpty }.joined(separator: " ")
}

@Suite("Shell: a desk whose draft was taken over is fenced and told")
struct ShellTakeOverTests {
    /// Desk A (the harness) opens a new draft and saves a name; desk B takes it over and saves its name.
    func takenOver() throws -> (ShellHarness, OtherDesk, String) {
        var a = try ShellHarness()
        a.press(.enter)
        let id = try #require(a.openRecordID)
        a.type("Anna's")
        a.press(.tab, .backTab)
        #expect(try a.store.load(id).record.patient?.name == "Anna's")
        var b = OtherDesk(a)
        b.takeOver(id)
        #expect(b.screen.contains("Step 1"), "B has the record open")
        for _ in 0..<6 { b.press(.backspace) }
        b.type("Theirs")
        b.press(.tab)
        #expect(try a.store.load(id).record.patient?.name == "Theirs")
        return (a, b, id)
    }

    @Test("A types and leaves a field: B's value stays, A is told who took over and what was not saved, and is home")
    func oldDeskFenced() throws {
        var (a, _, id) = try takenOver()
        for _ in 0..<6 { a.press(.backspace) }
        a.type("Mine")
        a.press(.tab)
        let record = try a.store.load(id)
        #expect(record.record.patient?.name == "Theirs")
        #expect(!(try a.store.auditTrail(id).contains { $0.newValue == "Mine" }), "nothing of A's answer was stored")
        #expect(a.isHome)
        #expect(flatText(a.screen).contains("Taken over at another desk"))
        #expect(flatText(a.screen).contains("ben@desk-2 (pid 4242)"))
        #expect(flatText(a.screen).contains("Name \"Mine\""))
        #expect(flatText(a.screen).contains("Not saved here"))
        a.type("lendronate")
        #expect(a.screen.contains("Taken over"), "typing on does not close the notice and lose what it says")
        a.press(.enter)
        #expect(!a.screen.contains("Taken over"), "Enter closes the notice")
        #expect(a.isHome)
        #expect(try a.store.load(id).session.holder == OtherDesk.session, "A never released B's claim")
    }

    @Test("A half-typed answer (not yet left) is named too, when A saves with F2")
    func halfTypedNamed() throws {
        var (a, _, _) = try takenOver()
        a.press(.tab)  // to date of birth
        a.type("1951-02-03")
        a.press(.function(2))
        #expect(a.isHome)
        #expect(flatText(a.screen).contains("Date of birth \"1951-02-03\""))
    }

    @Test("A that types nothing learns of it at its next idle tick (seconds, not its next save), and nothing was lost")
    func idleTickTells() throws {
        var (a, _, id) = try takenOver()
        a.tick()
        #expect(a.isHome)
        #expect(flatText(a.screen).contains("ben@desk-2 (pid 4242) took this intake over"))
        #expect(flatText(a.screen).contains("Everything typed here before that was saved"))
        #expect(try a.store.load(id).record.patient?.name == "Theirs")
    }
}

@Suite("Shell: a second desk may read a draft another desk has")
struct ShellReadOnlyViewTests {
    /// Desk A (the harness) opens a draft and saves "Anna"; desk B opens it, is asked, and presses R.
    func readingDesk() throws -> (ShellHarness, OtherDesk, String) {
        var a = try ShellHarness()
        a.press(.enter)
        let id = try #require(a.openRecordID)
        a.type("Anna")
        a.press(.tab)
        var b = OtherDesk(a)
        b.shell.open(id, step: .patient)
        #expect(flatText(b.screen).contains("R  read only"))
        b.press(.character("r"))
        return (a, b, id)
    }

    @Test("R on the take-over question opens the draft to read: who has it is said, nothing typed is saved, the claim stays, Esc goes home")
    func readOnlyView() throws {
        var (a, b, id) = try readingDesk()
        #expect(b.screen.contains("Anna"), "the answers are shown")
        #expect(flatText(b.screen).contains("Read only: open at anna@desk-1"))
        b.type("Zzz")
        b.press(.tab)
        #expect(try a.store.load(id).record.patient?.name == "Anna", "nothing typed at the reading desk is saved")
        #expect(try a.store.load(id).session.holder?.token == a.session.token, "the other desk keeps its claim")
        b.press(.escape)
        if case .home = b.shell.mode {} else { Issue.record("Esc did not go back to the list") }
        #expect(try a.store.load(id).session.holder?.token == a.session.token, "leaving released nothing")
        a.press(.backTab)
        a.type(" Lee")
        a.press(.tab)
        #expect(try a.store.load(id).record.patient?.name == "Anna Lee", "the desk that has it goes on saving")
    }

    @Test("The reading desk follows the other desk's answers at its idle tick and says all the time that it reads only")
    func readOnlyViewFollows() throws {
        var (a, b, id) = try readingDesk()
        #expect(flatText(b.screen).contains("Read only: open at anna@desk-1"), "said before any key is refused")
        a.press(.backTab)
        a.type(" Lee")
        a.press(.tab)
        _ = b.shell.tick()
        guard case .record(let open) = b.shell.mode else { Issue.record("B left the record"); return }
        #expect(open.screen.record.patient?.name == "Anna Lee", "B shows A's latest answer")
        #expect(b.screen.contains("Anna Lee"))
        #expect(flatText(b.screen).contains("Read only: open at anna@desk-1"))
        #expect(try a.store.load(id).session.holder?.token == a.session.token, "the tick touched no claim")
    }
}
