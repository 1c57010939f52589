import Assessment
@testable import IntakeApp
import IntakeModel
import IntakeReport
import IntakeSheet
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 1: an unscreened patient is never shown as routine, and finishing with red-flag
/// questions unanswered asks first, naming them.
@Suite("Red-flag screen not done, as a person meets it on screen")
struct RedFlagScreenNotDoneTests {
    static let size = Size(width: 80, height: 24)

    /// The routine example with its red-flag answers taken away (`keep` of them left in).
    static func unscreened(mode: SessionMode = .staff, step: StepID = .patient,
                           keep: [RedFlagQuestion] = []) throws -> Pilot<IntakeScreen> {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        var flags = RedFlags()
        for question in keep { _ = question; flags = Self.answeringNo(question, in: flags) }
        record.redFlags = keep.isEmpty ? nil : flags
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), mode: mode, step: step)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    static func answeringNo(_ question: RedFlagQuestion, in flags: RedFlags) -> RedFlags {
        var session = IntakeSession(record: IntakeRecord(redFlags: flags))
        _ = session.apply(.setAnswer(ItemAddress("redFlags." + question.rawValue), .boolean(false)))
        return session.record.redFlags ?? flags
    }

    @Test("F10 in the kiosk with no red-flag answer asks first, in plain words, and does not finish")
    func kioskFinishAsks() throws {
        var pilot = try Self.unscreened(mode: .kiosk)
        pilot.press(.function(10))
        #expect(!pilot.model.session.isCompleted)
        let text = pilot.text
        #expect(text.contains("14 questions about warning signs not answered yet"), "the staff-only question is not the patient's")
        #expect(text.contains("If you are not sure"))
        #expect(text.contains("F10 again: leave them for staff"))
        #expect(!text.contains("saddleNumbness") && !text.contains("/redFlags"))
    }

    @Test("Enter on that question goes to the first unanswered red-flag question, on screen")
    func answerThemNow() throws {
        var pilot = try Self.unscreened(mode: .kiosk)
        pilot.press(.function(10), .enter)
        #expect(pilot.model.session.finishCheck == nil)
        #expect(pilot.model.session.currentStep == .redFlags)
        #expect(pilot.model.session.focus == ItemAddress("redFlags.saddleNumbness"))
        #expect(pilot.text.contains("Step 5 of 8"))
    }

    @Test("a patient who is not sure leaves the questions for staff: F10 again finishes, the record stays not screened")
    func leaveForStaff() throws {
        var pilot = try Self.unscreened(mode: .kiosk)
        pilot.press(.function(10), .function(10))
        #expect(pilot.model.session.isCompleted)
        #expect(pilot.model.session.record.redFlags?.saddleNumbness == nil)
        #expect(pilot.model.session.assessment.urgency == .notScreened)
    }

    @Test("the summary says the screen is not done where the urgency stands, lists what staff must ask, gives no routine advice")
    func summaryForStaff() throws {
        var pilot = try Self.unscreened(step: .summary, keep: [.saddleNumbness, .legWeakness, .ivDrugUse])
        var text = pilot.text
        for _ in 0..<40 { pilot.press(.down); text += "\n" + pilot.screen.line(Self.size.height - 3) }
        #expect(text.contains("Urgency: Red-flag screen not done (12 of 15 questions not asked)"))
        #expect(text.contains("Questions staff must still ask:"))
        #expect(text.contains("new loss of bowel control"))
        #expect(!text.contains("ROUTINE"))
        #expect(!text.contains("REC-PHYSIO") && !text.contains("REC-SELF-MANAGEMENT"))
    }

    @Test("the step list shows progress and never ticks an incomplete screen; the side panel says not screened")
    func sideList() throws {
        let pilot = try Self.unscreened(step: .redFlags, keep: [.saddleNumbness, .legWeakness, .ivDrugUse])
        let text = pilot.text
        #expect(text.contains("Red flags 3/15"))
        #expect(!text.contains("x Red flags"))
        #expect(text.contains("NOT SCREENED"))
        #expect(!text.contains("ROUTINE"))
    }

    @Test("with every question asked F10 finishes at once, and the urgency is routine")
    func screenedFinishes() throws {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.id = nil
        record.history?.conditions = []  // asked, none (the example leaves them out, and F10 would name them)
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!))
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        pilot.press(.function(10))
        #expect(pilot.model.session.finishCheck == nil)
        #expect(pilot.model.session.isCompleted)
        #expect(pilot.model.session.assessment.urgency == .routine)
    }

    /// The urgent-fracture example (RF-FX fires: urgent) with two red-flag questions taken away.
    static func urgentWithTwoUnasked(step: StepID = .patient) throws -> (IntakeRecord, Pilot<IntakeScreen>) {
        var (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        record.redFlags?.saddleNumbness = nil
        record.redFlags?.collapseOrHypotension = nil
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: step)
        return (record, Pilot(IntakeScreen(session: session, size: size), size: size))
    }

    @Test("an urgent patient with 2 red-flag questions unasked: the urgency says so everywhere, and F10 names the urgency it records")
    func urgentWithQuestionsLeft() throws {
        let (record, _) = try Self.urgentWithTwoUnasked()
        let report = IntakeReport.make(record: record)
        #expect(report.urgency.tier == .urgent)
        #expect(report.urgency.text == "URGENT - clinician review within days (red-flag questions not asked: 2)", "\(report.urgency.text)")
        #expect(ReportText.english.banner(.urgent, unasked: 2).hasSuffix("(red-flag questions not asked: 2)"), "the home list's line")

        var (_, pilot) = try Self.urgentWithTwoUnasked(step: .summary)
        #expect(Self.words(pilot.text).contains("Urgency: URGENT - clinician review within days (red-flag questions not asked: 2)"),
                "\(pilot.text)")
        pilot.press(.function(10))
        let box = Self.words(pilot.model.session.finishCheckLines().joined(separator: " "))
        #expect(box.contains("records the urgency as \"URGENT - clinician review within days (red-flag questions not asked: 2)\""), "\(box)")
        #expect(!box.contains("Red-flag screen not done"))

        let sheet = TextSheetRenderer().render(IntakeSheet(record: record, context: SheetContext(recordID: nil, status: "final", clinicName: "Clinic")))
        let pageOne = Self.words(String(sheet.split(separator: "\u{0C}").first ?? "").replacingOccurrences(of: "|", with: " "))
        #expect(pageOne.contains("URGENCY: URGENT - clinician review within days (red-flag questions not asked: 2)"), "\(pageOne)")
        #expect(pageOne.contains("Staff must still ask: numbness or altered feeling in the saddle area"), "on page 1, in the urgency box")
    }

    /// The text with every run of spaces and line breaks made one space (wrapped lines read as one).
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
