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
        h.pastPreferredLanguage()
        h.type("Grace")
        h.press(.tab)
        try h.saveAtAnotherDesk(id, FieldChange(field: "patient.birthDate", oldValue: nil, newValue: "1940-05-06")) { theirs in
            theirs.patient?.birthDate = CalendarDate(year: 1940, month: 5, day: 6)
            if let name { theirs.patient?.name = name }
        }
        return (h, id)
    }

    @Test("A changes the name again after another session saved a date of birth: both kept, no prompt, shown on A")
    func otherAnswerMerged() throws {
        var (h, id) = try changedElsewhere(name: nil)
        h.press(.backTab, .end)  // back on the name, its text selected: End edits it instead of replacing it
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

    @Test("An emergency the other session's answers fire is shown on A after the merge, and audited")
    func mergedEmergencyAlerts() throws {
        var h = try ShellHarness.realScreens()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.pastPreferredLanguage()
        h.type("Grace")
        h.press(.tab)
        try h.saveAtAnotherDesk(id, FieldChange(field: "redFlags.saddleNumbness", oldValue: nil, newValue: "true")) { theirs in
            try QuestionnaireDefinition.intake.set(.boolean(true), at: ItemAddress("redFlags.saddleNumbness"), in: &theirs)
        }
        h.press(.backTab, .end)  // back on the name, its text selected: End edits it instead of replacing it
        h.type(" Hopper")
        h.press(.tab)
        #expect(try h.store.load(id).record.redFlags?.saddleNumbness == true)
        #expect(try h.store.load(id).record.patient?.name == "Grace Hopper")
        #expect(h.intakeScreen?.isShowingAlert == true)
        #expect(h.screen.contains("EMERGENCY"))
        #expect(try h.store.auditTrail(id).contains { $0.action == .alertShown && $0.field == "RF-CES" })
    }

    @Test("The same answer changed in both: both values shown; keep mine writes the name only")
    func sameAnswerAsks() throws {
        var (h, id) = try changedElsewhere(name: "Grace B. Hopper")
        h.press(.backTab, .end)  // back on the name, its text selected: End edits it instead of replacing it
        h.type(" Hopper")
        h.press(.tab)
        // the box's message wraps after "This desk:"; what is drawn beside the box varies with the step's rows
        #expect(h.screen.contains("This desk:") && h.screen.contains("Grace Hopper / other desk: Grace B. Hopper"), "\(h.screen)")
        h.press(.character("k"))
        let stored = try h.store.load(id)
        #expect(stored.record.patient?.name == "Grace Hopper")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1940, month: 5, day: 6))
        let row = try #require(try h.store.auditTrail(id).last)
        #expect(row.action == .overwrite)
        #expect(row.oldValue == "Grace B. Hopper")
    }
}

extension ShellHarness {
    var intakeScreen: IntakeScreen? {
        if case .record(let open) = shell.mode { return open.screen as? IntakeScreen }
        return nil
    }

    /// Ctrl-F, the item's caption, Enter (again while another caption matched first).
    mutating func jump(to linkId: String) {
        let caption = QuestionnaireDefinition.intake.item(linkId: linkId)!.caption()
        for _ in 0..<4 where intakeScreen?.focusedAddress?.linkId != linkId {
            press(.control("f"))
            type(caption)
            press(.enter)
        }
    }

    mutating func pick(_ index: Int, for linkId: String) {
        jump(to: linkId)
        guard let choice = intakeScreen?.focusedField as? ChoiceField else { return }
        let forward: Key = choice.isHorizontal ? .right : .down, back: Key = choice.isHorizontal ? .left : .up
        for _ in 0..<abs(index - choice.highlighted) { press(index > choice.highlighted ? forward : back) }
        press(.character(" "))
    }
}

@Suite("Shell over the real intake screens: the audit of answers dropped as hidden")
struct ShellDroppedAnswerAuditTests {
    /// Each row's old value is the one the row before it wrote, and the trail replays to the record.
    @Test("Menopause answers dropped when the sex changes are in the trail with their values")
    func droppedAnswersReplay() throws {
        var h = try ShellHarness.realScreens()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.pick(0, for: "patient.sex")  // Female
        h.pick(2, for: "history.menopause.status")
        h.jump(to: "history.menopause.age")
        h.type("51")
        h.press(.tab)
        #expect(try h.store.load(id).record.history?.menopause?.age == 51)
        h.pick(1, for: "patient.sex")  // Male
        h.press(.function(2))
        let stored = try h.store.load(id).record
        #expect(stored.history?.menopause?.age == nil)
        var replayed: [String: String?] = [:]
        var droppedAge = false
        for row in try h.store.auditTrail(id) where row.action == .answer {
            let field = try #require(row.field)
            #expect(row.oldValue == (replayed[field] ?? nil), "row \(field): old value")
            if field == "history.menopause.age", row.oldValue == "51", row.newValue == nil { droppedAge = true }
            replayed[field] = .some(row.newValue)
        }
        #expect(droppedAge, "the dropped age is in the trail with its value")
        #expect((replayed["history.menopause.age"] ?? nil) == nil)
        #expect((replayed["patient.sex"] ?? nil) == stored.patient?.sex?.rawValue)
    }
}
