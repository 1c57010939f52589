import Assessment
import Catalog
@testable import IntakeApp
import IntakeModel
import PlainText
import Questionnaire
import TerminalUI
import Testing

/// Found by a cold tester (a clerk, then a kiosk patient, at 80x24): questions passed by unseen,
/// steps ticked that nobody saw, a kiosk patient finishing without being told of the red-flag
/// questions, and the red-flag count cut in the Spanish step list.
@Suite("Nothing skipped unseen, nothing ticked unseen")
struct NothingSkippedUnseenTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func screen(mode: SessionMode = .staff, language: Language = .english) -> Pilot<IntakeScreen> {
        Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate), mode: mode, language: language)))
    }

    static func rows(_ pilot: Pilot<IntakeScreen>) -> [String] {
        pilot.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // MARK: Moving on from a step

    @Test("Tab past Phone opens History from its top (Height, Weight, Periods in sight) and says so; PgDn then goes to Medications")
    func tabOpensTheNextStepVisibly() {
        var pilot = Self.screen()
        pilot.pastPreferredLanguage()
        pilot.type("Ana López")
        pilot.press(.tab, .tab)
        pilot.type("1941-03-02")
        pilot.press(.tab)
        #expect(pilot.model.focusedAddress == ItemAddress("patient.sex"))
        pilot.type("F")
        pilot.press(.tab, .tab)
        #expect(pilot.model.focusedAddress == ItemAddress("patient.phone"))
        pilot.press(.tab)
        #expect(pilot.model.currentStep == .history)
        #expect(pilot.model.focusedAddress == ItemAddress("body.height"))
        let rows = Self.rows(pilot)
        #expect(rows[2].hasPrefix("> Height now (required)"), "History is shown from its top: \(pilot.text)")
        #expect(pilot.text.contains("Weight now (required)") && pilot.text.contains("Periods (required)"))
        #expect(rows[22].contains("Step 2 of 8: History"), "the message line says the step changed: \(pilot.text)")
        #expect(rows[23].contains("PgDn Next step"))

        pilot.press(.pageDown)  // what the status bar says: the next step, not a page down History
        #expect(pilot.model.currentStep == .medications)
        #expect(!pilot.text.contains("x History"), "History is not done: Height, Weight and Periods have no answer")
        pilot.press(.backTab)
        #expect(pilot.model.currentStep == .history)
        #expect(Self.rows(pilot)[22].contains("Step 2 of 8: History"))
        let cursor = pilot.screen.cursor
        #expect(cursor.map { Self.rows(pilot)[$0.row].contains("Heart attack or stroke") } == true,
                "the field landed on is in sight, with the cursor on it")
    }

    // MARK: Ticks in the step list

    @Test("kiosk: passing Medications, Bone density and STarT Back (Tab, Ctrl-N) ticks none of them; an answer given ticks its step")
    func passingAStepDoesNotTickIt() {
        var pilot = Self.screen(mode: .kiosk)
        pilot.type("Ana López")
        for _ in 0..<6 { pilot.press(.control("n")) }
        #expect(pilot.model.currentStep == .startBack)
        let text = pilot.text
        for step in ["Medications", "Bone density", "STarT Back", "History", "Symptoms"] {
            #expect(!text.contains("x \(step)"), "\(step) was only passed: \(text)")
        }
        #expect(pilot.model.session.status(of: .medications) == .incomplete)
        #expect(pilot.model.session.status(of: .boneDensity) == .incomplete, "nothing there for a patient to answer")

        pilot.press(.character(" "))  // an answer on STarT Back
        #expect(pilot.text.contains(">x STarT Back"))
    }

    @Test("a resumed draft's answered steps stay ticked without being visited again")
    func resumedDraftKeepsItsTicks() throws {
        let (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .patient)
        #expect(session.status(of: .history) == .complete)
        #expect(session.status(of: .symptoms) == .complete)
    }

    // MARK: The kiosk's finish box

    @Test("kiosk, Spanish, 80x24: F10 with required answers and every red-flag question open names the red flags first, all in the box")
    func handOverNamesRedFlagsFirst() {
        var pilot = Self.screen(mode: .kiosk, language: .spanish)
        pilot.pastPreferredLanguage()
        pilot.type("María Ruiz")
        for _ in 0..<7 { pilot.press(.control("n")) }
        pilot.press(.function(10))
        let rows = Self.rows(pilot)
        let redFlags = rows.firstIndex { $0.contains("14 preguntas sobre señales de alarma sin responder") }
        let others = rows.firstIndex { $0.contains("Además, otras 7 preguntas siguen sin respuesta:") }
        #expect(redFlags != nil && others != nil, "\(pilot.text)")
        #expect((redFlags ?? 99) < (others ?? 0), "the red-flag questions come first")
        let first = String(AssessmentText(language: .spanish).question(.saddleNumbness).prefix(25))
        #expect(rows.contains { $0.contains("- " + first) }, "\(pilot.text)")
        #expect(rows.contains { $0.contains("- y ") && $0.contains(" más") }, "a list too long for the box says how many more")
        #expect(rows.contains { $0.contains("- Fecha de nacimiento") })
        #expect(pilot.text.contains("Si no está seguro de una respuesta"))
        #expect(pilot.text.contains("F10 otra vez"), "the keys are never cut")
        #expect(rows.count == 24)

        pilot.press(.enter)  // answer them now: the first question named
        #expect(pilot.model.currentStep == .redFlags)
        #expect(pilot.model.focusedAddress == ItemAddress("redFlags.saddleNumbness"))
    }

    @Test("a box's lists keep their titles and say how many more when the rows run out")
    func boxTextFits() {
        let text = QuestionsBoxText(
            lists: [.init(title: "15 questions about warning signs not answered yet.",
                          questions: (1...15).map { "Warning sign question number \($0), long enough to wrap at this width" }),
                    .init(title: "Also, 3 other questions still need an answer:", questions: ["Sex", "Height now", "Weight now"])],
            advice: "If you do not know an answer, leave it.", language: .english)
        let lines = text.lines(width: 40, rows: 12)
        let wrapped = lines.flatMap { TextWrap.lines($0, width: 40) }
        #expect(wrapped.count <= 12, "\(wrapped)")
        #expect(lines.first == "15 questions about warning signs not answered yet.")
        #expect(lines.contains("Also, 3 other questions still need an answer:"))
        #expect(lines.contains { $0.hasPrefix("- and ") && $0.hasSuffix(" more") })
        #expect(lines.last == "If you do not know an answer, leave it.")
        #expect(text.lines(width: 40, rows: 100) == text.allLines, "with room, nothing is left out")
    }

    // MARK: The red-flag count

    @Test("Spanish step list at 80x24: the red-flag count is whole (0/15, 10/15), after the step's whole name")
    func redFlagCountIsWhole() {
        var session = IntakeSession(clock: FixedIntakeClock(Self.visitDate), language: .spanish)
        var pilot = Pilot(IntakeScreen(session: session))
        #expect(Self.redFlagRows(pilot).hasSuffix(" 0/15"), "\(pilot.text)")
        for question in RedFlagQuestion.allCases.prefix(10) {
            _ = session.apply(.setAnswer(ItemAddress("redFlags." + question.rawValue), .boolean(false)))
        }
        pilot = Pilot(IntakeScreen(session: session))
        let rows = Self.redFlagRows(pilot)
        #expect(rows.hasSuffix(" 10/15"), "\(pilot.text)")
        #expect(rows.contains("Señales de alarma") && !rows.contains("…"), "the name is whole: \(rows)")
    }

    /// The step list's rows of the red-flag step (its name may wrap under itself), joined by a space.
    /// The step list is the side panel, right of the last "|" of each row.
    static func redFlagRows(_ pilot: Pilot<IntakeScreen>) -> String {
        let all = rows(pilot).map { row in row.split(separator: "|", omittingEmptySubsequences: false).last.map(String.init) ?? row }
        guard let first = all.firstIndex(where: { $0.contains("Señal") }) else { return "" }
        var joined = all[first]
        if !joined.contains("/15"), first + 1 < all.count { joined += " " + all[first + 1].trimmingCharacters(in: .whitespaces) }
        return joined.trimmingCharacters(in: .whitespaces)
    }
}
