import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

@Suite("Resume where the clerk left off")
struct ShellResumeTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)

    /// The real intake screen of the open record (nil on home or lock).
    static func intakeScreen(_ h: ShellHarness) -> IntakeScreen? {
        if case .record(let open) = h.shell.mode { return open.screen as? IntakeScreen }
        return nil
    }

    @Test("A draft reopened from the home list has the cursor in the field last edited (stand-in screen)")
    func standInReopensOnLastField() throws {
        var h = try ShellHarness()
        h.press(.enter)  // + New intake
        let id = try #require(h.openRecordID)
        h.type("Grace Hopper")
        h.press(.tab)
        h.type("1950-03-31")
        h.press(.tab)  // commits the birth date; the cursor wraps to Name
        h.press(.control("c"))
        #expect(h.isHome)
        #expect(try h.store.auditTrail(id).last { $0.action == .answer }?.field == "patient.birthDate")
        h.press(.down, .enter)
        #expect(h.openRecordID == id)
        guard case .record(let open) = h.shell.mode else { Issue.record("not on the record"); return }
        let screen = try #require(open.screen as? StandInRecordScreen)
        #expect(screen.focusedField == "patient.birthDate")
        #expect(screen.step == .patient)
    }

    @Test("intake resume opens the real screens on the step and field last edited; open --screen still wins")
    func realScreensResumeOnStepAndField() throws {
        var h = try ShellHarness.realScreens()
        let stored = try h.store.createDraft(IntakeRecord(visitDate: Self.today, patient: Patient(name: "Ada Lovelace")),
                                             actor: deskActor)
        try h.store.appendAudit(stored.id, action: .answer, field: "patient.name", oldValue: nil, newValue: "Ada Lovelace",
                                actor: deskActor)
        try h.store.appendAudit(stored.id, action: .answer, field: "history.smoking", oldValue: nil, newValue: "never",
                                actor: deskActor)
        h.shell.resume(stored.id)
        var screen = try #require(Self.intakeScreen(h))
        #expect(screen.session.currentStep == .history, "\(h.screen)")
        #expect(screen.session.focus == ItemAddress("history.smoking"))
        #expect(h.screen.contains("Step 2 of 8"), "\(h.screen)")
        h.press(.control("c"))
        #expect(h.isHome)
        // an explicit step (`intake open ID --screen patient`) is not overridden
        h.shell.open(stored.id, step: .patient)
        screen = try #require(Self.intakeScreen(h))
        #expect(screen.session.currentStep == .patient)
        #expect(screen.session.focus != ItemAddress("history.smoking"))
    }

    @Test("A field no longer shown is skipped for the one edited before it; no answers: the Patient step")
    func skipsFieldsNotShown() throws {
        var h = try ShellHarness.realScreens()
        let stored = try h.store.createDraft(IntakeRecord(visitDate: Self.today), actor: deskActor)
        h.shell.resume(stored.id)
        #expect(Self.intakeScreen(h)?.session.currentStep == .patient)
        h.press(.control("c"))
        try h.store.appendAudit(stored.id, action: .answer, field: "patient.birthDate", oldValue: nil, newValue: "1950-03-31",
                                actor: deskActor)
        try h.store.appendAudit(stored.id, action: .answer, field: "medications.name[4]", oldValue: nil, newValue: "x",
                                actor: deskActor)
        h.shell.resume(stored.id)
        let screen = try #require(Self.intakeScreen(h))
        #expect(screen.session.focus == ItemAddress("patient.birthDate"))
    }
}
