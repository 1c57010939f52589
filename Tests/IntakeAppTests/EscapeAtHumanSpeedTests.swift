import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 13, item 3: Esc then a digit typed at human speed is F-digit, and Esc never destroys
/// typed text without a way back (Esc again brings it back); F4 and F5 have Ctrl alternatives.
@Suite("Esc at human speed on the intake screen")
struct EscapeAtHumanSpeedTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func newIntake() -> Pilot<IntakeScreen> {
        let size = Size(width: 80, height: 24)
        return Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate)), size: size), size: size)
    }

    @Test("a name typed, then Esc, 300 ms, 2: F2 saves the name (it is not replaced by '2')")
    func escDigitSavesTypedText() {
        var pilot = Self.newIntake()
        pilot.type("Ana Díaz")
        pilot.send(bytes: [0x1B])
        pilot.wait(0.3)
        pilot.send(bytes: Array("2".utf8))
        #expect(pilot.effects.contains(.saveNow))
        #expect(pilot.model.session.record.patient?.name == "Ana Díaz")
        #expect(pilot.text.contains("Ana Díaz"), "\(pilot.text)")
        pilot.wait(2)
        #expect(pilot.model.session.record.patient?.name == "Ana Díaz")
    }

    @Test("Esc puts back the saved answer and says so; Esc again brings back what was typed")
    func escAgainRestores() {
        var pilot = Self.newIntake()
        pilot.type("Ana")
        pilot.press(.function(2))
        pilot.type(" Díaz")
        pilot.press(.escape)
        #expect(pilot.text.contains("Esc again brings back what you typed"), "\(pilot.text)")
        #expect(!pilot.text.contains("Ana Díaz"), "\(pilot.text)")
        pilot.press(.escape)
        #expect(pilot.text.contains("Ana Díaz"), "\(pilot.text)")
        #expect(pilot.text.contains("What you typed is back"), "\(pilot.text)")
        pilot.press(.function(2))
        #expect(pilot.model.session.record.patient?.name == "Ana Díaz")
    }

    @Test("Esc then another key: the reverted text stays reverted (Esc after that reverts nothing more)")
    func escThenOtherKey() {
        var pilot = Self.newIntake()
        pilot.type("Ana")
        pilot.press(.escape)
        pilot.type("B")
        pilot.press(.escape)
        pilot.press(.escape)
        #expect(pilot.text.contains("Esc again brings back") || pilot.text.contains("What you typed is back"), "\(pilot.text)")
    }
}
