import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing
import PlainText

@Suite("Moving through the intake screens")
struct IntakeScreenNavigationTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func newIntake(size: Size = Size(width: 80, height: 24)) -> Pilot<IntakeScreen> {
        Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate)), size: size), size: size)
    }

    @Test("the step indicator and the side list name the step; PgDn and Ctrl-N move on, PgUp and Ctrl-P go back")
    func stepsInOrder() {
        var pilot = Self.newIntake()
        #expect(pilot.text.contains("Step 1 of 8: Patient"))
        pilot.press(.control("n"))
        #expect(pilot.text.contains("Step 2 of 8: History"))
        pilot.press(.control("n"), .control("n"))
        #expect(pilot.text.contains("Step 4 of 8: Symptoms"))
        pilot.press(.pageUp)
        #expect(pilot.model.currentStep == .medications)
        pilot.press(.control("p"))
        #expect(pilot.model.currentStep == .history)
        for step in ["Patient", "History", "Medications", "Symptoms", "Red flags", "STarT Back", "Review"] {
            #expect(pilot.text.contains(step))
        }
    }

    @Test("leaving a field shows its error next to it and keeps what was typed; going back never validates")
    func leavingShowsError() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.press(.tab, .tab)  // name, visit date, date of birth
        #expect(pilot.model.focusedAddress == ItemAddress("patient.birthDate"))
        pilot.type("1950-02-30")
        pilot.press(.backTab)  // going back: no message yet
        #expect(!pilot.text.contains("YYYY-MM-DD, for example"))
        pilot.press(.tab, .tab)  // leave it forwards
        #expect(pilot.text.contains("1950-02-30"))
        #expect(pilot.text.contains("Date of birth: 30 February 1950 does not"))
        #expect(pilot.model.session.errors[ItemAddress("patient.birthDate")] == "Date of birth: 30 February 1950 does not exist.")
        #expect(pilot.model.session.record.patient?.birthDate == nil)
    }

    @Test("F10 jumps to the first error; the steps with errors are marked in the side list")
    func finishJumpsToFirstError() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"), .control("n"))
        pilot.press(.function(10))
        #expect(pilot.model.currentStep == .patient)
        #expect(pilot.model.focusedAddress == ItemAddress("patient.name"))
        #expect(pilot.text.contains("Full name: an answer is needed."))
        #expect(pilot.text.contains("! Patient"))
        #expect(pilot.effects.contains(.audit(.finishBlocked(errorCount: pilot.model.session.errors.count))))
    }

    @Test("F1 and Ctrl-G show the focused question's help; Esc closes it")
    func help() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.press(.function(1))
        let help = QuestionnaireDefinition.intake.item(linkId: "patient.name")!.help()!
        #expect(pilot.text.contains(String(help.prefix(30))))
        #expect(pilot.text.contains("Keys"))
        pilot.press(.escape)
        #expect(!pilot.text.contains("Keys"))
        pilot.press(.control("g"))
        #expect(pilot.text.contains("Keys"))
    }

    @Test("Ctrl-F and Esc / jump to a field by part of its caption, on any step")
    func jumpByCaption() {
        var pilot = Self.newIntake()
        pilot.press(.control("f"))
        pilot.type("pain now")
        pilot.press(.enter)
        #expect(pilot.model.focusedAddress == ItemAddress("symptoms.painScore"))
        pilot.feed(bytes: Array("\u{1B}/".utf8))
        pilot.type("WEIGHT NOW")
        pilot.press(.enter)
        #expect(pilot.model.focusedAddress == ItemAddress("body.weight"))
        pilot.press(.control("f"))
        pilot.type("zzz")
        pilot.press(.enter)
        #expect(pilot.text.contains("No field matches"))
    }

    @Test("Ctrl-F 'Weight' from the red flags goes to 'Weight now', not to 'losing weight'; the same words again go on to the next match (second cold trial)")
    func jumpPrefersTheCaptionThatStartsWithTheWords() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"), .control("n"), .control("n"), .control("n"))
        #expect(pilot.model.currentStep == .redFlags)
        pilot.press(.control("f"))
        pilot.type("Weight")
        pilot.press(.enter)
        #expect(pilot.model.focusedAddress == ItemAddress("body.weight"))
        pilot.press(.control("f"))
        pilot.type("weight")
        pilot.press(.enter)
        #expect(pilot.model.focusedAddress == ItemAddress("redFlags.unexplainedWeightLoss"), "\(String(describing: pilot.model.focusedAddress))")
    }

    @Test("PgDn on a long step (the red flags) goes to the next step at once, as the status bar says; PgUp comes back")
    func pageDownIsNextStep() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"), .control("n"), .control("n"), .control("n"))
        #expect(pilot.model.currentStep == .redFlags)
        #expect(pilot.text.contains("PgDn Next step"))
        pilot.press(.pageDown)
        #expect(pilot.model.currentStep == .boneDensity)
        pilot.press(.pageUp)
        #expect(pilot.model.currentStep == .redFlags)
        #expect(pilot.model.focusedAddress == ItemAddress("redFlags.saddleNumbness"), "the step is shown from its top")
    }

    @Test("F2 and Ctrl-S save (an effect) and the typed field reaches the record first")
    func save() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.type("Ana Díaz")
        pilot.press(.function(2))
        #expect(pilot.model.session.record.patient?.name == "Ana Díaz")
        #expect(pilot.effects.contains(.saveNow))
        #expect(pilot.effects.contains { if case .saveAnswer(let change) = $0 { return change.pointer == "/patient/name" }; return false })
        pilot.press(.control("s"))
        #expect(pilot.effects.filter { $0 == .saveNow }.count == 2)
    }

    @Test("control characters and escape sequences in a name never reach the screen")
    func sanitizedName() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.paste("Eve\u{1B}[2J\u{202E}Mallory\u{07}")
        pilot.press(.tab)
        #expect(pilot.text.contains("EveMallory"))
        for cell in pilot.screen.cells {
            #expect(!cell.text.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        }
    }

    @Test("end of input saves and exits")
    func hangUp() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.type("Ana")
        pilot.press(.hangUp)
        #expect(pilot.effects.suffix(2) == [.saveNow, .exit])
        #expect(pilot.model.session.record.patient?.name == "Ana")
        #expect(pilot.model.isFinished)
    }

    @Test("a resize keeps the focus and what is typed; below the minimum an enlarge notice shows")
    func resize() {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.type("Ana")
        pilot.resize(to: Size(width: 30, height: 10))
        #expect(pilot.text.contains("enlarge"))
        pilot.resize(to: Size(width: 120, height: 40))
        #expect(pilot.text.contains("[Ana"))
        #expect(pilot.model.focusedAddress == ItemAddress("patient.name"))
    }
}
