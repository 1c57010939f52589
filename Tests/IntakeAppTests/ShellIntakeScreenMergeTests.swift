import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

@Suite("Shell over the real intake screens: per-answer merge through the questionnaire binding")
struct ShellIntakeScreenMergeTests {
    /// A saves a name; another session (a command, no desk session) saves a date of birth.
    func changedElsewhere(name: String?) throws -> (ShellHarness, String) {
        var h = try ShellHarness.realScreens()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Grace")
        h.press(.tab)
        let current = try h.store.load(id)
        var theirs = current.record
        theirs.patient?.birthDate = CalendarDate(year: 1940, month: 5, day: 6)
        if let name { theirs.patient?.name = name }
        _ = try h.store.saveAnswer(FieldChange(field: "patient.birthDate", oldValue: nil, newValue: "1940-05-06"),
                                   record: theirs, recordID: id, expectedVersion: current.version,
                                   actor: AuditActor(osUser: "ben", host: "desk-2"))
        return (h, id)
    }

    @Test("A changes the name again after another session saved a date of birth: both kept, no prompt, shown on A")
    func otherAnswerMerged() throws {
        var (h, id) = try changedElsewhere(name: nil)
        h.press(.backTab)
        h.type(" Hopper")
        h.press(.tab)
        let stored = try h.store.load(id)
        #expect(stored.record.patient?.name == "Grace Hopper")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        #expect(!h.screen.contains("Changed in another session"))
        if case .record(let open) = h.shell.mode {
            #expect(open.screen.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        }
        let row = try #require(try h.store.auditTrail(id).last)
        #expect(row.field == "patient.name")
        #expect(row.oldValue == "Grace")
        #expect(row.newValue == "Grace Hopper")
    }

    @Test("The same answer changed in both: both values shown; keep mine writes the name only")
    func sameAnswerAsks() throws {
        var (h, id) = try changedElsewhere(name: "Grace B. Hopper")
        h.press(.backTab)
        h.type(" Hopper")
        h.press(.tab)
        #expect(flatText(h.screen).contains("This desk: Grace Hopper / other desk: Grace B. Hopper"))
        h.press(.character("k"))
        let stored = try h.store.load(id)
        #expect(stored.record.patient?.name == "Grace Hopper")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        let row = try #require(try h.store.auditTrail(id).last)
        #expect(row.action == .overwrite)
        #expect(row.oldValue == "Grace B. Hopper")
    }
}
