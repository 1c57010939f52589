import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

@Suite("Shell: a record changed in another session")
struct ShellConflictTests {
    /// Opens a new draft, saves the name, then lets "another desk" change the record.
    func harnessWithConflict() throws -> (ShellHarness, String) {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Mine")
        h.press(.tab)
        let other = AuditActor(osUser: "ben", host: "desk-2")
        let current = try h.store.load(id)
        var theirs = current.record
        theirs.patient?.birthDate = CalendarDate(year: 1940, month: 5, day: 6)
        _ = try h.store.saveAnswer(FieldChange(field: "patient.birthDate", oldValue: nil, newValue: "1940-05-06"),
                                   record: theirs, recordID: id, expectedVersion: current.version, actor: other)
        h.type("1951-02-03")
        h.press(.tab)
        return (h, id)
    }

    @Test("Saving over another session's change shows the conflict and a choice, and writes nothing")
    func conflictAsks() throws {
        let (h, id) = try harnessWithConflict()
        #expect(h.screen.contains("Changed in another session"))
        #expect(h.screen.contains("reload theirs"))
        #expect(h.screen.contains("keep mine and overwrite"))
        #expect(try h.store.load(id).record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
    }

    @Test("Keys other than R and K leave the conflict open")
    func otherKeysWait() throws {
        var (h, _) = try harnessWithConflict()
        h.press(.escape, .enter, .character("x"))
        #expect(h.screen.contains("Changed in another session"))
    }

    @Test("K keeps mine: the answer is written over theirs and audited as an overwrite")
    func keepMine() throws {
        var (h, id) = try harnessWithConflict()
        h.press(.character("k"))
        #expect(try h.store.load(id).record.patient?.birthDate == CalendarDate(year: 1951, month: 2, day: 3))
        #expect(try h.store.auditTrail(id).contains { $0.action == .overwrite })
        #expect(h.screen.contains("saved over"))
        h.type("")
        h.press(.function(2))
        #expect(h.screen.contains("Saved."), "later saves start from the new version")
    }

    @Test("R reloads theirs: the screen shows the other session's answer and mine is dropped")
    func reloadTheirs() throws {
        var (h, id) = try harnessWithConflict()
        h.press(.character("r"))
        #expect(h.screen.contains("Reloaded"))
        #expect(h.screen.contains("1940-05-06"))
        #expect(try h.store.load(id).record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        h.press(.function(2))
        #expect(h.screen.contains("Saved."))
    }
}
