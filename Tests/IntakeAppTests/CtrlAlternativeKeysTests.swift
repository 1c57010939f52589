import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 13, item 3: F4 and F5 have Ctrl alternatives that act as they do.
@Suite("Ctrl-T and Ctrl-R on the intake screen")
struct CtrlAlternativeKeysTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    @Test("Ctrl-T skips STarT Back as F4 does; Ctrl-R prints the summary as F5 does")
    func ctrlAlternatives() throws {
        let session = IntakeSession(clock: FixedIntakeClock(Self.visitDate), step: .startBack)
        var pilot = Pilot(IntakeScreen(session: session, size: Size(width: 80, height: 24)), size: Size(width: 80, height: 24))
        pilot.press(.control("t"))
        #expect(pilot.model.currentStep != .startBack)
        let (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        let done = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        var summary = Pilot(IntakeScreen(session: done, size: Size(width: 80, height: 24)), size: Size(width: 80, height: 24))
        summary.press(.control("r"))
        #expect(summary.effects.filter { $0 == .print }.count == 1)
    }
}
