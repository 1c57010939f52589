import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// The cold trial: a clerk went back to a weight of 70, typed 72, and the record said 7072 kg
/// (the sheet printed BMI 2762.5). A field the cursor arrives on now has its answer selected, as
/// in a browser's form: typing replaces it; End keeps it to edit.
@Suite("Typing into a field that has an answer replaces it")
struct TypingReplacesAnswerTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func historyStep() -> Pilot<IntakeScreen> {
        var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate), mode: .staff)),
                          size: Size(width: 80, height: 24))
        pilot.press(.control("n"))
        return pilot
    }

    static func jump(_ pilot: inout Pilot<IntakeScreen>, to caption: String) {
        pilot.press(.control("f"))
        pilot.type(caption)
        pilot.press(.enter)
    }

    @Test("Weight 70, Tab away and Shift-Tab back, 72 typed: the record says 72 kg, not 7072")
    func weightReplaced() throws {
        var pilot = Self.historyStep()
        Self.jump(&pilot, to: "Weight")
        #expect(pilot.model.focusedAddress == ItemAddress("body.weight"))
        pilot.type("70")
        pilot.press(.tab, .backTab)
        #expect(pilot.model.focusedAddress == ItemAddress("body.weight"))
        #expect(pilot.screen.line(23).contains("End Edit"), "the status bar says how to keep the answer: \(pilot.text)")
        pilot.type("72")
        pilot.press(.tab)
        #expect(pilot.model.session.record.body?.weight?.value == 72, "\(String(describing: pilot.model.session.record.body?.weight))")
    }

    @Test("Going back to the name and pressing End keeps it: ' Hopper' typed after it makes 'Grace Hopper'")
    func endKeepsTheAnswer() {
        var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(Self.visitDate), mode: .staff)),
                          size: Size(width: 80, height: 24))
        Self.jump(&pilot, to: "Full name")
        pilot.type("Grace")
        pilot.press(.tab, .backTab, .end)
        pilot.type(" Hopper")
        pilot.press(.tab)
        #expect(pilot.model.session.record.patient?.name == "Grace Hopper")
    }

    @Test("The same on a Spanish screen: the name's hint reads 'Fin Editar'")
    func spanishHint() {
        let session = IntakeSession(record: IntakeRecord(), clock: FixedIntakeClock(Self.visitDate), step: .patient,
                                    language: .spanish, dateConvention: .dayMonthYear)
        var pilot = Pilot(IntakeScreen(session: session), size: Size(width: 80, height: 24))
        Self.jump(&pilot, to: "Nombre completo")
        pilot.type("Grace")
        pilot.press(.tab, .backTab)
        #expect(pilot.screen.line(23).contains("Fin Editar"), "\(pilot.text)")
        pilot.type("Ada")
        pilot.press(.tab)
        #expect(pilot.model.session.record.patient?.name == "Ada")
    }
}
