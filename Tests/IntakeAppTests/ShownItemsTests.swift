@testable import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("The items a session shows, kept in step with the record")
struct ShownItemsTests {
    /// What the questionnaire itself says is shown for the session's record and mode right now.
    func expectAgrees(_ session: IntakeSession, _ context: String) {
        let definition = session.definition
        for step in StepID.allCases {
            #expect(session.visibleItems(in: step)
                    == definition.visibleAddresses(in: session.record, step: step, audience: session.mode.audience), "\(context) \(step)")
            #expect(session.fields(in: step)
                    == definition.answerableAddresses(in: session.record, step: step, audience: session.mode.audience), "\(context) \(step)")
        }
        #expect(session.allFields == definition.answerableAddresses(in: session.record, audience: session.mode.audience), "\(context)")
    }

    @Test("at every key of every example, staff and kiosk, the kept items are what the questionnaire shows")
    func everyKeyOfEveryExample() throws {
        for name in SessionExamples.validNames {
            let (record, _) = try SessionExamples.fileAssessment(name)
            for mode in [SessionMode.staff, .kiosk] {
                var typist = KeyboardTypist(target: record, visitDate: record.visitDate!, mode: mode)
                typist.typeWholeIntake()
                let session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(record.visitDate!), mode: mode)
                var screen = IntakeScreen(session: session)
                for (index, key) in typist.keys.enumerated() {
                    _ = screen.handle(key)
                    expectAgrees(screen.session, "\(name) \(mode) key \(index)")
                }
            }
        }
    }

    @Test("adding and removing a medication, and a kiosk alert handing over to staff, change what is shown")
    func entriesAndModeChanges() {
        var session = IntakeSession(record: IntakeRecord(), clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)),
                                    mode: .kiosk)
        let before = session.fields(in: .medications)
        _ = session.apply(.addEntry(group: "medications"))
        #expect(session.fields(in: .medications).count > before.count)
        expectAgrees(session, "after adding")
        _ = session.apply(.addEntry(group: "medications"))
        #expect(session.fieldPointers.address(forPointer: "/medications/1/name") == ItemAddress("medications.name", instance: 1),
                "a problem of the second medication is shown at its own name")
        _ = session.apply(.removeEntry(group: "medications", index: 1))
        #expect(session.fieldPointers.address(forPointer: "/medications/1/name") != ItemAddress("medications.name", instance: 1))
        _ = session.apply(.removeEntry(group: "medications", index: 0))
        #expect(session.fields(in: .medications) == before)
        _ = session.apply(.setAnswer(ItemAddress("redFlags.saddleNumbness"), .boolean(true)))
        _ = session.apply(.acknowledgeAlert(staffName: "Dr Test"))
        #expect(session.mode == .kiosk)
        expectAgrees(session, "after the hand-over")
    }
}
