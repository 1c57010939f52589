import IntakeModel
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// The cold trial: an 80-year-old whose fifteen red-flag questions were all answered No, but whose
/// conditions (cancer) and night pain were never asked, finished at once as ROUTINE: RF-MAL reads
/// both, and an unanswered question counts as no. F10 now names the questions outside the red-flag
/// step that the rules read, as it names unasked red-flag questions.
@Suite("F10 names the unanswered questions the red-flag rules read")
struct RedFlagRuleInputsTests {
    static let size = Size(width: 80, height: 24)

    /// The routine example with its conditions and night pain taken away.
    static func withoutConditionsAndNightPain() throws -> Pilot<IntakeScreen> {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.id = nil
        record.history?.conditions = nil
        record.symptoms?.nightPain = nil
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    @Test("every red flag answered, conditions and night pain not: F10 asks first, naming both; Enter goes to the conditions")
    func f10NamesThem() throws {
        var pilot = try Self.withoutConditionsAndNightPain()
        #expect(pilot.model.session.unaskedShownRedFlags.isEmpty)
        pilot.press(.function(10))
        #expect(!pilot.model.session.isCompleted, "F10 asks before finishing")
        let box = pilot.model.session.finishCheckLines().joined(separator: " ")
        #expect(box.contains("used to look for warning signs"), "\(box)")
        #expect(box.contains("Long-term conditions") && box.contains("Pain at night"), "\(box)")
        #expect(!box.contains("Red flags:"), "no red-flag question is unasked: \(box)")
        #expect(box.contains("records the urgency as \"ROUTINE - no red flag found\": the rules read these unanswered questions as no"), "\(box)")
        #expect(pilot.text.contains("Pain at night"), "the box is on screen: \(pilot.text)")
        pilot.press(.enter)
        #expect(pilot.model.session.finishCheck == nil)
        #expect(pilot.model.session.focus == ItemAddress("history.conditions"))
    }

    @Test("F10 again finishes, leaving them for staff (the urgency is the rules' own)")
    func f10AgainFinishes() throws {
        var pilot = try Self.withoutConditionsAndNightPain()
        pilot.press(.function(10), .function(10))
        #expect(pilot.model.session.isCompleted)
    }

    @Test("answered (no condition ticked counts as answered), F10 finishes at once")
    func answeredFinishes() throws {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.id = nil
        record.history?.conditions = []
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        #expect(pilot.model.session.unansweredRedFlagRuleInputs.isEmpty, "\(pilot.model.session.unansweredRedFlagRuleInputs)")
        pilot.press(.function(10))
        #expect(pilot.model.session.isCompleted)
    }

    @Test("cancer ticked, the leg questions not answered: F10 names them, as a leg answer makes it RF-MSCC, an emergency (second cold trial)")
    func legQuestionsWithCancer() throws {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.id = nil
        record.history?.conditions = [.cancer]
        record.symptoms?.radiation = nil
        record.symptoms?.numbness = nil
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        var pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        pilot.press(.function(10))
        let box = pilot.model.session.finishCheckLines().joined(separator: "\n")
        #expect(box.contains("- Does the pain spread?") || box.contains("- Does the pain spread"), "\(box)")
        #expect(box.contains("Numbness"), "\(box)")
        #expect(box.contains("URGENT"), "the urgency finishing records: \(box)")
    }
}
