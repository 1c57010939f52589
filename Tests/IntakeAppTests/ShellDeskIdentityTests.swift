import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

@Suite("Which desk: the take-over prompt and the lock screen name the terminal")
struct ShellDeskIdentityTests {
    /// The screen's text as one line, box borders taken off: a prompt's words, however they wrap.
    static func promptText(_ screen: String) -> String {
        screen.split(separator: "\n").map { line in
            line.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "|"))
                .trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    @Test("The take-over prompt names the other desk's terminal and SSH address and port, within 80 columns")
    func takeOverNamesTerminal() throws {
        var h = try ShellHarness()
        let other = DeskSession(pid: 999_999, host: "desk-1", osUser: "anna", terminal: "pts/3",
                                sshClient: "10.0.0.7", sshPort: 51234)
        let stored = try h.store.createDraft(IntakeRecord(visitDate: CalendarDate(year: 2026, month: 12, day: 2),
                                                          patient: Patient(name: "Left Open")), actor: deskActor)
        _ = try h.store.claim(stored.id, session: other, actor: deskActor)
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: h.session, printer: h.printer))
        h.press(.down, .enter)
        let screen = h.screen
        let flat = Self.promptText(screen)
        #expect(flat.contains("session has ended"), "\(screen)")
        #expect(flat.contains("anna@desk-1"), "\(screen)")
        #expect(flat.contains("anna@desk-1 on pts/3 from 10.0.0.7:51234"), "\(screen)")
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        h.press(.character("y"))
        #expect(h.openRecordID == stored.id)
        let row = try #require(try h.store.auditTrail(stored.id).last { $0.action == .takeOver })
        #expect(row.oldValue == "anna@desk-1 on pts/3 from 10.0.0.7:51234")
    }

    @Test("The lock screen names the terminal it was locked at, and nothing of the patient")
    func lockNamesTerminal() throws {
        var h = try ShellHarness()
        let session = DeskSession(pid: getpid(), host: "desk-1", osUser: "anna", terminal: "pts/7",
                                  sshClient: "10.0.0.9", sshPort: 40000)
        h.shell = IntakeShell(services: ShellHarness.services(h.store, clock: h.clock, session: session, printer: h.printer),
                              configuration: ShellConfiguration(idleMinutes: 5))
        h.press(.enter)
        h.type("Grace Hopper")
        h.clock.advance(minutes: 6)
        h.tick()
        let screen = h.screen
        #expect(screen.contains("Screen locked"), "\(screen)")
        #expect(screen.contains("pts/7"), "\(screen)")
        #expect(!screen.contains("Grace"), "\(screen)")
        #expect(!screen.contains("10.0.0.9"), "terminal name only: \(screen)")
    }
}

@Suite("Which desk, in the words of the screen")
struct DeskLabelLanguageTests {
    @Test("A Spanish screen reads 'anna@desk-1 en pts/3 desde 10.0.0.7:51234' (the cold trial saw 'abierta en root@vm on pts/0'); the audit trail keeps the English")
    func spanishDeskLabel() {
        let desk = DeskSession(pid: 4242, host: "desk-1", osUser: "anna", terminal: "pts/3", sshClient: "10.0.0.7", sshPort: 51234)
        #expect(desk.label(in: .spanish) == "anna@desk-1 en pts/3 desde 10.0.0.7:51234")
        #expect(desk.label == "anna@desk-1 on pts/3 from 10.0.0.7:51234")
        let noTerminal = DeskSession(pid: 4242, host: "desk-1", osUser: "anna", terminal: nil, sshClient: nil, sshPort: nil)
        #expect(noTerminal.label(in: .spanish) == "anna@desk-1 (proceso 4242)")
        #expect(noTerminal.label == "anna@desk-1 (pid 4242)")
    }
}
