import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 6: text fits at 80x24. Long options wrap onto lines indented under their text
/// instead of being cut; without the side list (below 76 columns) the urgency is in the title row.
@Suite("Text fits at 80x24; the urgency shows without the side list")
struct ScreenFitsTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func pilot(_ record: IntakeRecord = IntakeRecord(), step: StepID = .patient, mode: SessionMode = .staff,
                      size: Size = Size(width: 80, height: 24)) -> Pilot<IntakeScreen> {
        let session = IntakeSession(record: record, clock: FixedIntakeClock(visitDate), mode: mode, step: step)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    static func jump(_ pilot: inout Pilot<IntakeScreen>, to caption: String) {
        pilot.press(.control("f"))
        pilot.type(caption)
        pilot.press(.enter)
    }

    static func isReverse(_ role: Role?) -> Bool { role.map { Theme.builtIn.style($0).reverse } ?? false }

    /// The form's rows (left of the side list) from `row` on, as one line of words.
    static func words(_ screen: Screen, rows: Range<Int>, columns: Int) -> String {
        rows.map { row in String(screen.line(row).prefix(columns)).trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }

    @Test("History, Periods at 80x24: every option is shown whole, the long ones wrapped under their text")
    func menopauseOptionsWhole() throws {
        var pilot = Self.pilot(IntakeRecord(patient: Patient(name: "Ada", sex: .female)), step: .history)
        Self.jump(&pilot, to: "Periods")
        #expect(pilot.model.focusedAddress == ItemAddress("history.menopause.status"))
        pilot.press(.down, .down)  // to "No periods ...", the last option
        let text = pilot.text
        let item = try #require(QuestionnaireDefinition.intake.item(linkId: "history.menopause.status"))
        // the form's rows, left of the side list (25 columns at 80), read as one run of words
        let shown = Self.words(pilot.screen, rows: 0..<24, columns: 80 - 25 - 1)
        for option in item.options {
            let label = item.optionLabel(option.code)
            #expect(shown.contains("( ) " + label) || shown.contains("(*) " + label), "\(label) is cut:\n\(text)")
        }
        #expect(text.contains("No periods for 12 months or more (after"))
        #expect(text.contains("menopause)"))
        // the focused option's two lines are the selection bar, the cursor on its first
        let row = try #require((0..<24).first { pilot.screen.line($0).contains("( ) No periods") })
        #expect(pilot.cursor?.row == row)
        #expect(Self.isReverse(pilot.screen[row, 16].role))
        #expect(Self.isReverse(pilot.screen[row + 1, 16].role), "the continuation line is highlighted too")
    }

    @Test("Symptoms, Pain at night at 80x24: 'Constant; no position or getting up helps' is shown whole")
    func nightPainOptionsWhole() throws {
        var pilot = Self.pilot(step: .symptoms)
        Self.jump(&pilot, to: "Pain at night")
        pilot.press(.down, .down, .down)
        let focused = try #require(pilot.model.focusedAddress)
        let item = try #require(QuestionnaireDefinition.intake.item(linkId: focused.linkId))
        let label = item.optionLabel(item.options[3].code)
        #expect(label.hasPrefix("Constant; no position or getting up hel"))
        let row = try #require((0..<24).first { pilot.screen.line($0).contains("( ) Constant;") }, "\(pilot.text)")
        #expect(Self.words(pilot.screen, rows: row..<row + 2, columns: 54).contains("( ) " + label), "\(pilot.text)")
    }

    @Test("At 70 columns the side list is hidden and the urgency is at the right of the title row, in its colour",
          arguments: [70, 60])
    func urgencyInHeader(width: Int) throws {
        let size = Size(width: width, height: 24)
        var pilot = Self.pilot(step: .history, size: size)
        #expect(!pilot.text.contains("Urgency now"), "no side list at \(width) columns")
        let title = pilot.screen.line(0)
        #expect(title.hasSuffix("NOT SCREENED"), "\(title)")
        #expect(title.contains("Step 2 of 8: History"))
        #expect(pilot.screen.role(of: "NOT SCREENED") == .warning)
        // an answer that raises an emergency changes it at once
        pilot = Self.pilot(IntakeRecord(redFlags: RedFlags(saddleNumbness: true)), step: .history, size: size)
        #expect(pilot.screen.line(0).hasSuffix("EMERGENCY"), "\(pilot.screen.line(0))")
        #expect(pilot.screen.role(of: "EMERGENCY") == .urgent)
    }

    @Test("Kiosk mode at 70 columns shows no urgency: the patient is not shown the triage")
    func kioskNoUrgency() {
        let pilot = Self.pilot(step: .history, mode: .kiosk, size: Size(width: 70, height: 24))
        #expect(!pilot.screen.line(0).contains("NOT SCREENED"))
        #expect(!pilot.text.contains("NOT SCREENED"))
    }
}
