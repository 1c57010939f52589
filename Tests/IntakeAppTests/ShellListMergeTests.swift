import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

/// Issue 13, item 2, for lists: a medicine added at one desk while another desk worked on the same
/// draft. Entries are matched by position, so a change inside a list merges as the whole list:
/// kept without asking when the other desk left the list alone, asked (both lists shown) when
/// both desks changed it; never the whole record written back over the other desk's answers.
@Suite("Shell: two desks and one list of medicines")
struct ShellListMergeTests {
    /// A opens a draft on the real screens and saves a name; another desk then saves a date of
    /// birth and, with `theirMedicine`, a medicine (written to the store as a desk does). A is
    /// still on its screen, at the version before theirs.
    func bothDesks(theirMedicine: String?) throws -> (ShellHarness, String) {
        var a = try ShellHarness.realScreens()
        a.press(.enter)
        let id = try #require(a.openRecordID)
        a.pastPreferredLanguage()
        a.type("Anna")
        a.press(.tab)
        try a.saveAtAnotherDesk(id, FieldChange(field: "medications[0]", oldValue: nil, newValue: "added")) { theirs in
            theirs.patient?.birthDate = CalendarDate(year: 1940, month: 5, day: 6)
            if let theirMedicine { theirs.medications = [Medication(name: theirMedicine)] }
        }
        return (a, id)
    }

    func addMedicine(_ a: inout ShellHarness, _ name: String) {
        a.press(.control("n"), .control("n"), .insert)
        a.type(name)
        a.press(.tab)
    }

    @Test("A adds a medicine, B had only given the date of birth: both kept, nothing asked")
    func listChangedOnOneSideMerges() throws {
        var (a, id) = try bothDesks(theirMedicine: nil)
        addMedicine(&a, "alendronate")
        #expect(a.shell.prompt == nil, "no prompt: \(a.screen)")
        let stored = try a.store.load(id)
        #expect(stored.record.medications?.map(\.name) == ["alendronate"])
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6), "B's answer is kept")
        #expect(stored.record.patient?.name == "Anna")
    }

    @Test("Both add a medicine: the prompt shows both lists; K keeps this desk's list and the other desk's date of birth")
    func bothChangeTheListKeepMine() throws {
        var (a, id) = try bothDesks(theirMedicine: "prednisolone")
        a.press(.control("n"), .control("n"), .insert)  // the entry is saved as it is added: the conflict shows now
        let text = flatText(a.screen)
        #expect(text.contains("Changed in another session"), "\(a.screen)")
        #expect(text.contains("This desk: Medicine 1 / other desk: Medicine 1 (prednisolone)"), "both lists shown: \(text)")
        #expect(try a.store.load(id).record.medications?.map(\.name) == ["prednisolone"], "nothing written before the choice")
        a.press(.character("k"))
        a.type("alendronate")
        a.press(.tab)
        let stored = try a.store.load(id)
        #expect(stored.record.medications?.map(\.name) == ["alendronate"])
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6), "their other answer is not erased")
        #expect(stored.record.patient?.name == "Anna")
        #expect(try a.store.auditTrail(id).contains { $0.action == .overwrite && $0.field == "medications[0]" })
    }

    @Test("Both add a medicine: R takes the other desk's list; this desk's screen shows it and saves on top of it")
    func bothChangeTheListTakeTheirs() throws {
        var (a, id) = try bothDesks(theirMedicine: "prednisolone")
        a.press(.control("n"), .control("n"), .insert)
        a.press(.character("r"))
        #expect(a.shell.prompt == nil)
        #expect(try a.store.load(id).record.medications?.map(\.name) == ["prednisolone"])
        guard case .record(let open) = a.shell.mode else { Issue.record("the record is still open"); return }
        #expect(open.screen.record.medications?.map(\.name) == ["prednisolone"])
        #expect(open.unsaved.isEmpty)
        #expect(a.screen.contains("prednisolone"))
        a.press(.control("p"), .control("p"))
        a.press(.backTab)
        a.type(" Berg")
        a.press(.tab)
        let stored = try a.store.load(id)
        #expect(stored.record.medications?.map(\.name) == ["prednisolone"])
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
    }
}

@Suite("Shell: the field under the cursor after a merge")
struct ShellMergeFocusedFieldTests {
    @Test("Another desk changed the visit date; A leaves the name for the visit date (merge), then leaves it untouched: their date stays")
    func untouchedFocusedFieldShowsTheirAnswer() throws {
        var a = try ShellHarness.realScreens()
        a.press(.enter)
        let id = try #require(a.openRecordID)
        a.pastPreferredLanguage()
        a.type("Anna")
        a.press(.tab, .backTab)
        let visitDate = try a.store.load(id).record.visitDate?.description
        try a.saveAtAnotherDesk(id, FieldChange(field: "visitDate", oldValue: visitDate, newValue: "2026-11-30")) { theirs in
            theirs.visitDate = CalendarDate(year: 2026, month: 11, day: 30)
        }
        a.press(.end)  // the name's text is selected on arrival: End edits it instead of replacing it
        a.type(" Berg")
        a.press(.tab)  // the name is saved on their version; the cursor is now on the visit date
        #expect(a.shell.prompt == nil)
        #expect(a.screen.contains("2026-11-30"), "the visit date box shows their date: \(a.screen)")
        a.press(.tab)  // leaves the visit date as it is
        let stored = try a.store.load(id)
        #expect(stored.record.patient?.name == "Anna Berg")
        #expect(stored.record.visitDate == CalendarDate(year: 2026, month: 11, day: 30), "their date is not written over")
    }
}
