import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("Golden screens of the intake steps and the summary")
struct IntakeScreenGoldenTests {
    /// An example typed in whole, then shown on the summary.
    static func typed(_ name: String, size: Size = Size(width: 80, height: 24)) throws -> ScreenTypist {
        let (record, _) = try SessionExamples.fileAssessment(name)
        var typist = ScreenTypist(target: record, visitDate: try #require(record.visitDate), size: size)
        typist.typeWholeIntake()
        return typist
    }

    @Test("every step at 80x24, filled in, going back from the summary")
    func everyStepAt80x24() throws {
        var typist = try Self.typed("urgent-fracture")
        for step in StepID.allCases.reversed().dropFirst() {
            typist.press(.control("p"))
            #expect(typist.session.currentStep == step)
            GoldenScreen.check(typist.pilot.screen, named: "step-\(step.rawValue)-80x24")
        }
    }

    @Test("the summary at 80x24 (top and end) and at 132x43")
    func summaryScreens() throws {
        var typist = try Self.typed("medication-alerts")
        GoldenScreen.check(typist.pilot.screen, named: "summary-medication-alerts-80x24")
        typist.press(.end)
        GoldenScreen.check(typist.pilot.screen, named: "summary-medication-alerts-80x24-end")
        typist.pilot.resize(to: Size(width: 132, height: 43))
        typist.press(.home)
        GoldenScreen.check(typist.pilot.screen, named: "summary-medication-alerts-132x43")

        var urgent = try Self.typed("emergency-cauda-equina", size: Size(width: 132, height: 43))
        GoldenScreen.check(urgent.pilot.screen, named: "summary-emergency-cauda-equina-132x43")
        urgent.pilot.resize(to: Size(width: 80, height: 24))
        GoldenScreen.check(urgent.pilot.screen, named: "summary-emergency-cauda-equina-80x24")
    }

    @Test("a new intake opens on the Patient step with Preferred language, the first question, focused")
    func newIntake() {
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))
        let pilot = Pilot(IntakeScreen(session: session))
        #expect(pilot.model.focusedAddress == ItemAddress("patient.language"))
        GoldenScreen.check(pilot.screen, named: "new-intake-80x24")
        let wide = Pilot(IntakeScreen(session: session, size: Size(width: 132, height: 43)), size: Size(width: 132, height: 43))
        GoldenScreen.check(wide.screen, named: "new-intake-132x43")
    }
}
