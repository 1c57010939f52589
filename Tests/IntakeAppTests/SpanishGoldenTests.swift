import Catalog
import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 15, item 4: golden screens of every step of a Spanish intake at 80x24 and of its summary
/// at 80x24 and 132x43 (`RECORD_GOLDEN=1` re-records them; read each before committing it: no
/// English, no cut word, nothing overlapping).
@Suite("Golden screens in Spanish")
struct SpanishGoldenTests {
    /// An example typed in whole in Spanish, then shown on the summary.
    static func typed(_ name: String, size: Size = Size(width: 80, height: 24)) throws -> KeyboardTypist {
        let (record, _) = try SessionExamples.fileAssessment(name, language: .spanish)
        let session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(try #require(record.visitDate)),
                                    language: .spanish)
        var typist = KeyboardTypist(screen: IntakeScreen(session: session, size: size), target: record)
        typist.typeWholeIntake()
        try #require(typist.session.currentStep == .summary)
        return typist
    }

    @Test("every step at 80x24 in Spanish, filled in, going back from the summary")
    func everyStepAt80x24() throws {
        var typist = try Self.typed("urgent-fracture")
        for step in StepID.allCases.reversed().dropFirst() {
            typist.press(.control("p"))
            #expect(typist.session.currentStep == step)
            GoldenScreen.check(typist.pilot.screen, named: "es-step-\(step.rawValue)-80x24")
        }
    }

    @Test("a new Spanish intake at 80x24: the Patient step, the date pattern in Spanish letters")
    func newIntake() {
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)), language: .spanish)
        let pilot = Pilot(IntakeScreen(session: session))
        GoldenScreen.check(pilot.screen, named: "es-new-intake-80x24")
    }

    @Test("the Spanish summary at 80x24 (top and end) and at 132x43")
    func summaryScreens() throws {
        var typist = try Self.typed("medication-alerts")
        GoldenScreen.check(typist.pilot.screen, named: "es-summary-medication-alerts-80x24")
        typist.press(.end)
        GoldenScreen.check(typist.pilot.screen, named: "es-summary-medication-alerts-80x24-end")
        typist.pilot.resize(to: Size(width: 132, height: 43))
        typist.press(.home)
        GoldenScreen.check(typist.pilot.screen, named: "es-summary-medication-alerts-132x43")

        var urgent = try Self.typed("emergency-cauda-equina", size: Size(width: 132, height: 43))
        GoldenScreen.check(urgent.pilot.screen, named: "es-summary-emergency-cauda-equina-132x43")
        urgent.pilot.resize(to: Size(width: 80, height: 24))
        GoldenScreen.check(urgent.pilot.screen, named: "es-summary-emergency-cauda-equina-80x24")
    }
}
