import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 3: no answer is set on a field the person cannot see. The focused field and
/// option are on screen and highlighted; Up/Down stay on the step; Insert acts on the list the
/// cursor is in.
@Suite("The focus is always where the person can see it")
struct IntakeScreenFocusTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func newIntake(size: Size = Size(width: 80, height: 24), mode: SessionMode = .staff) -> Pilot<IntakeScreen> {
        Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate), mode: mode), size: size), size: size)
    }

    /// Ctrl-F, part of a caption, Enter.
    static func jump(_ pilot: inout Pilot<IntakeScreen>, to caption: String) {
        pilot.press(.control("f"))
        pilot.type(caption)
        pilot.press(.enter)
    }

    static func row(of text: String, in screen: Screen) -> Int? {
        (0..<screen.size.height).first { screen.line($0).contains(text) }
    }

    static func isReverse(_ role: Role?) -> Bool { role.map { Theme.builtIn.style($0).reverse } ?? false }

    @Test("History, long-term conditions: 30 x Down then Space ticks an option that is on screen, under the cursor, in a reverse bar",
          arguments: [Size(width: 80, height: 24), Size(width: 60, height: 16)])
    func conditionsChecklist(size: Size) throws {
        var pilot = Self.newIntake(size: size)
        pilot.press(.control("n"))
        Self.jump(&pilot, to: "Long-term conditions")
        #expect(pilot.model.focusedAddress == ItemAddress("history.conditions"))
        for _ in 0..<30 { pilot.press(.down) }
        pilot.press(.character(" "))
        let item = try #require(QuestionnaireDefinition.intake.item(linkId: "history.conditions"))
        let ticked = item.options[30]
        #expect(pilot.model.session.record.history?.conditions?.map(\.rawValue) == [ticked.code])
        let label = "[x] " + String(item.optionLabel(ticked.code).prefix(20))
        let row = try #require(Self.row(of: label, in: pilot.screen), "the ticked option is not on screen:\n\(pilot.text)")
        #expect(pilot.cursor?.row == row)
        #expect(Self.isReverse(pilot.screen.role(of: label)))
    }

    @Test("Tab onto a text box: its question is the reverse bar, ending where the question ends so a Tab costs few bytes over SSH")
    func questionBarIsAsWideAsTheQuestion() throws {
        var pilot = Self.newIntake()
        pilot.pastPreferredLanguage()
        pilot.press(.tab)
        #expect(pilot.model.focusedAddress == ItemAddress("visitDate"))
        let row = try #require(Self.row(of: "Visit date (required)", in: pilot.screen))
        let line = pilot.screen.line(row)
        let start = try #require(line.range(of: "Visit date")).lowerBound
        let first = line.distance(from: line.startIndex, to: start)
        let last = first + "Visit date (required)".count - 1
        #expect(Self.isReverse(pilot.screen[row, first].role))
        #expect(Self.isReverse(pilot.screen[row, last].role))
        #expect(!Self.isReverse(pilot.screen[row, last + 1].role), "the bar stops after the question")
        #expect(!Self.isReverse(pilot.screen[row, last + 10].role))
    }

    @Test("Down at the last field of History stays on History (Space then answers nothing on Symptoms); Up at the first stays too")
    func upDownStayOnTheStep() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"))
        for _ in 0..<150 { pilot.press(.down) }
        #expect(pilot.model.currentStep == .history)
        #expect(pilot.model.focusedAddress == ItemAddress("history.cardiovascularEvents"))  // the last list's heading
        pilot.press(.character(" "))
        #expect(pilot.model.session.record.symptoms?.onset == nil)
        #expect(pilot.text.contains("Step 2 of 8: History"))
        for _ in 0..<150 { pilot.press(.up) }
        #expect(pilot.model.currentStep == .history)
        #expect(pilot.model.focusedAddress == ItemAddress("body.height"))
        pilot.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(pilot.model.currentStep != .history, "PgDn still changes steps")
    }

    @Test("Medications with no medicine: the list heading has the focus, Down and Up stay, Insert adds a medicine")
    func emptyMedicationsStep() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"), .control("n"))
        #expect(pilot.model.currentStep == .medications)
        #expect(pilot.model.focusedAddress == ItemAddress("medications"))
        pilot.press(.down, .down, .up)
        #expect(pilot.model.currentStep == .medications)
        #expect(pilot.text.contains("Insert Add"))
        pilot.press(.insert)
        #expect(pilot.model.session.record.medications?.count == 1)
        #expect(pilot.model.currentStep == .medications)
    }

    @Test("Insert on 'Did either parent break a hip?' adds to no list; on the broken-bones heading it adds a broken bone")
    func insertActsOnTheListTheCursorIsIn() {
        var pilot = Self.newIntake()
        pilot.press(.control("n"))
        Self.jump(&pilot, to: "Did either parent break a hip")
        #expect(pilot.model.focusedAddress == ItemAddress("history.parentalHipFracture"))
        #expect(!pilot.text.contains("Insert Add"), "the footer offers Insert outside a list")
        #expect(!pilot.text.contains("Insert adds one"))
        pilot.press(.insert)
        #expect(pilot.model.session.record.history?.fractures ?? [] == [])
        #expect(pilot.model.session.record.history?.cardiovascularEvents ?? [] == [])
        #expect(pilot.model.focusedAddress == ItemAddress("history.parentalHipFracture"))

        pilot.press(.up)  // the list's heading takes focus
        #expect(pilot.model.focusedAddress == ItemAddress("history.fractures"))
        #expect(pilot.text.contains("Insert Add"))
        #expect(pilot.text.contains("Insert adds one"))
        let heading = Self.row(of: "Broken bones as an adult", in: pilot.screen)
        #expect(heading != nil && pilot.cursor?.row == heading)
        #expect(Self.isReverse(pilot.screen.role(of: "Broken bones as an adult")))
        pilot.press(.insert)
        #expect(pilot.model.session.record.history?.fractures?.count == 1)
        #expect(pilot.model.session.record.history?.cardiovascularEvents ?? [] == [])
        #expect(pilot.model.focusedAddress == ItemAddress("history.fractures.site", instance: 0))
    }
}
