import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Found by a tester trying the program cold: the kiosk's Review step showed the patient the staff
/// triage and offered printing, and "Unknown" vanished from a yes/no question once it was left.
@Suite("Kiosk review and 'Unknown' answers")
struct KioskReviewAndUnknownTests {
    @Test("a patient at the kiosk is not shown the triage on the Review step, and F5 prints nothing")
    func kioskReview() throws {
        let (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), mode: .kiosk, step: .summary)
        var pilot = Pilot(IntakeScreen(session: session))
        let text = pilot.text
        #expect(text.contains("Thank you: that is the end of the questions."))
        #expect(!text.contains("URGENT") && !text.contains("Urgency") && !text.contains("REC-") && !text.contains("USD"))
        #expect(!text.contains("F5"))
        pilot.press(.function(5))
        #expect(!pilot.effects.contains(.print))
    }

    @Test("after staff acknowledge an emergency at the kiosk, the patient still sees no name in the title, no triage, no staff items")
    func kioskReviewAfterAcknowledgement() throws {
        let (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        var session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), mode: .kiosk, step: .redFlags)
        _ = session.apply(.setAnswer(ItemAddress("redFlags.saddleNumbness"), .boolean(true)))
        #expect(session.pendingAlert != nil)
        _ = session.apply(.acknowledgeAlert(staffName: "J. Martin"))
        var pilot = Pilot(IntakeScreen(session: session))
        pilot.press(.control("n"), .control("n"), .control("n"))
        let text = pilot.text
        #expect(text.contains("Thank you: that is the end of the questions."), "\(text)")
        let name = try #require(record.patient?.name)
        #expect(!text.contains(name), "the patient's name is not in the title")
        #expect(!text.contains("EMERGENCY") && !text.contains("Urgency") && !text.contains("REC-") && !text.contains("USD"))
        #expect(pilot.model.session.mode == .kiosk, "staff items stay hidden")
    }

    @Test("'Unknown' on a yes/no question stays shown after the field is left; the record leaves it out")
    func unknownStaysShown() throws {
        var (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        record.redFlags = nil
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .redFlags)
        var pilot = Pilot(IntakeScreen(session: session))
        #expect(pilot.model.session.focus == ItemAddress("redFlags.saddleNumbness"))
        pilot.press(.right, .right, .character(" "), .tab)
        #expect(pilot.model.session.record.redFlags?.saddleNumbness == nil)
        #expect(pilot.model.session.assessment.unaskedRedFlagQuestions.first == .saddleNumbness, "still one for staff to ask")
        let row = pilot.text.split(separator: "\n").first { $0.contains("Unknown") } ?? ""
        #expect(row.contains("(*) Unknown"))
        pilot.press(.backTab, .left, .character(" "))
        #expect(pilot.model.session.record.redFlags?.saddleNumbness == false, "a real answer replaces it")
    }
}

@Suite("Removing a list entry")
struct RemoveEntryTests {
    @Test("Ctrl-D on a medicine with answers asks first, naming it; a second Ctrl-D removes it; another key keeps it")
    func removalAsks() throws {
        let (record, _) = try SessionExamples.fileAssessment("medication-alerts")
        let count = record.medications?.count ?? 0
        #expect(count >= 2)
        var session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .medications)
        _ = session.apply(.focus(ItemAddress("medications.name", instance: 0)))
        var pilot = Pilot(IntakeScreen(session: session))
        pilot.press(.control("d"))
        #expect(pilot.model.session.record.medications?.count == count, "not removed by one key")
        let words = pilot.text.replacingOccurrences(of: "\n", with: " ")
        #expect(words.contains("Ctrl-D again removes Medicine 1"))
        pilot.press(.tab, .backTab, .control("d"))
        #expect(pilot.model.session.record.medications?.count == count, "another key in between kept it")
        pilot.press(.control("d"))
        #expect(pilot.model.session.record.medications?.count == count - 1)
    }
}
