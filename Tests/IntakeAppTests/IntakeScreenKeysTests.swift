import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 10b and 10c: the status bar offers only the keys that work where the cursor is;
/// F1 lists every key of the step. Both read the one keys table (`KeyTable`).
@Suite("The keys of each step: status bar and help")
struct IntakeScreenKeysTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func pilot(step: StepID = .patient, mode: SessionMode = .staff, size: Size = Size(width: 80, height: 24)) -> Pilot<IntakeScreen> {
        let session = IntakeSession(clock: FixedIntakeClock(visitDate), mode: mode, step: step)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    static func footer(_ pilot: Pilot<IntakeScreen>) -> String { pilot.screen.line(pilot.size.height - 1) }

    @Test("F1 on History lists Insert / Ctrl-O (add to the list), Ctrl-D (remove the entry), Ctrl-F (jump) and Ctrl-C (leave)",
          arguments: [Size(width: 80, height: 24), Size(width: 70, height: 24)])
    func historyHelp(size: Size) {
        var pilot = Self.pilot(step: .history, size: size)
        pilot.press(.function(1))
        let help = pilot.text
        #expect(help.contains("Add to the list"), "\(help)")
        #expect(help.contains("Insert, Ctrl-O"), "\(help)")
        #expect(help.contains("Remove the entry") && help.contains("Ctrl-D"), "\(help)")
        #expect(help.contains("Ctrl-F, Esc /"), "\(help)")
        #expect(help.contains("Leave the record") && help.contains("Ctrl-C"), "\(help)")
        #expect(help.contains("F1, Ctrl-G") && help.contains("F10, Ctrl-X") && help.contains("PgUp, Ctrl-P"), "\(help)")
        #expect(!help.contains("F4"), "no step to skip on History: \(help)")
        #expect(!help.contains("F12"), "F12 is kiosk mode's: \(help)")
        #expect(help.contains("Esc or Enter closes this help"), "the help's own footer is not covered: \(help)")
    }

    @Test("F1 on STarT Back lists F4 (skip); on the Patient step no PgUp (first step) and no list keys")
    func startBackAndPatientHelp() {
        var startBack = Self.pilot(step: .startBack)
        startBack.press(.function(1))
        #expect(startBack.text.contains("Skip step") && startBack.text.contains("F4, Ctrl-T, Esc 4"), "\(startBack.text)")
        var patient = Self.pilot(step: .patient)
        patient.press(.function(1))
        #expect(!patient.text.contains("PgUp"), "\(patient.text)")
        #expect(!patient.text.contains("Insert"), "\(patient.text)")
    }

    @Test("F1 in kiosk mode lists F12 (staff: leave kiosk mode) and not Ctrl-C, which does nothing there")
    func kioskHelp() {
        var pilot = Self.pilot(step: .symptoms, mode: .kiosk)
        pilot.press(.function(1))
        #expect(pilot.text.contains("Staff: leave kiosk") && pilot.text.contains("F12, Ctrl-]"), "\(pilot.text)")
        #expect(!pilot.text.contains("Ctrl-C"), "\(pilot.text)")
    }

    @Test("F1 on the summary lists the print and scroll keys and Ctrl-C")
    func summaryHelp() {
        var pilot = Self.pilot(step: .summary)
        pilot.press(.function(1))
        #expect(pilot.text.contains("F5, Ctrl-R, Esc 5"), "\(pilot.text)")
        #expect(pilot.text.contains("Home/End"), "\(pilot.text)")
        #expect(pilot.text.contains("Ctrl-C"), "\(pilot.text)")
        #expect(!pilot.text.contains("Insert"), "\(pilot.text)")
    }

    @Test("The status bar: no Space on a text field, Space Choose on a choice, Insert on a list, F4 on STarT Back",
          arguments: [Size(width: 80, height: 24), Size(width: 70, height: 24)])
    func statusBar(size: Size) {
        var pilot = Self.pilot(step: .patient, size: size)
        pilot.pastPreferredLanguage()
        #expect(pilot.model.focusedField is TextField || pilot.model.focusedAddress == ItemAddress("patient.name"))
        #expect(!Self.footer(pilot).contains("Space"), "a text field: \(Self.footer(pilot))")
        #expect(!Self.footer(pilot).contains("PgUp"))
        pilot.press(.control("f"))
        pilot.type("Sex")
        pilot.press(.enter)
        #expect(Self.footer(pilot).contains("Space Choose"), "\(Self.footer(pilot))")
        var history = Self.pilot(step: .history, size: size)
        for _ in 0..<150 { history.press(.down) }  // to the last list's heading
        #expect(history.model.focusedAddress == ItemAddress("history.cardiovascularEvents"))
        #expect(Self.footer(history).contains("Insert Add"), "\(Self.footer(history))")
        let startBack = Self.pilot(step: .startBack, size: size)
        #expect(Self.footer(startBack).contains("F4 Skip"), "\(Self.footer(startBack))")
    }
}
