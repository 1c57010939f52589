import Assessment
import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("The summary screen")
struct IntakeScreenSummaryTests {
    static func summary(_ name: String, size: Size = Size(width: 80, height: 24)) throws -> Pilot<IntakeScreen> {
        let (record, _) = try SessionExamples.fileAssessment(name)
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .summary)
        return Pilot(IntakeScreen(session: session, size: size), size: size)
    }

    /// Every line of the summary, read by scrolling it to the end.
    static func allText(_ pilot: inout Pilot<IntakeScreen>) -> String {
        var text = pilot.text
        for _ in 0..<40 {
            pilot.press(.down)
            text += "\n" + pilot.screen.line(pilot.screen.size.height - 3)
        }
        return text
    }

    @Test("it shows the urgency, red flags with rule IDs and reasons, bone health, alerts high first, costs and the notice")
    func contents() throws {
        var pilot = try Self.summary("urgent-fracture")
        let (_, expected) = try SessionExamples.fileAssessment("urgent-fracture")
        let text = Self.allText(&pilot)
        #expect(text.contains("Step 8 of 8: Review"))
        #expect(text.contains("Urgency: URGENT"))
        for finding in expected.redFlags { #expect(text.contains(finding.rule.rawValue)) }
        for rule in expected.dxa.rules { #expect(text.contains(rule.rawValue)) }
        for recommendation in expected.recommendations { #expect(text.contains(recommendation.rawValue)) }
        #expect(text.contains("osteoporosis") && text.contains("osteopenia") && text.contains("normal"))
        #expect(text.contains("|###"))
        #expect(text.contains("BMI: \(expected.bmi!.description) kg/m2"))
        #expect(text.contains("prices change"))
        #expect(text.contains("It is not a"))
    }

    @Test("medication alerts of high priority come first")
    func highAlertsFirst() throws {
        var pilot = try Self.summary("medication-alerts", size: Size(width: 132, height: 43))
        let text = Self.allText(&pilot)
        let high = try #require(text.range(of: "[HIGH] MA-BP-RENAL"))
        let standard = try #require(text.range(of: "[standard] MA-GC"))
        #expect(high.lowerBound < standard.lowerBound)
    }

    @Test("it scrolls with Down/Up, PgDn/PgUp, Home/End; PgUp at the top goes back a step")
    func scrolling() throws {
        var pilot = try Self.summary("medication-alerts")
        let top = pilot.text
        pilot.press(.pageDown)
        #expect(pilot.text != top)
        pilot.press(.end)
        #expect(pilot.text.contains("End of summary"))
        pilot.press(.pageDown)
        #expect(pilot.model.currentStep == .summary)
        pilot.press(.home)
        #expect(pilot.text == top)
        pilot.press(.pageUp)
        #expect(pilot.model.currentStep == .startBack)
    }

    @Test("the summary laid out once still follows a changed answer and a new width")
    func keptLayoutFollowsChanges() throws {
        let (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        var typist = ScreenTypist(resuming: record, step: .summary)
        #expect(typist.pilot.text.contains("Urgency: ROUTINE"))
        typist.press(.control("p"))  // back to a step: the jump line is not on the summary
        typist.pick(0, for: "redFlags.saddleNumbness")  // an emergency; the alert is acknowledged
        #expect(typist.session.record.redFlags?.saddleNumbness == true)
        for _ in 0..<3 where typist.session.currentStep != .summary { typist.press(.control("n")) }
        #expect(typist.session.currentStep == .summary)
        #expect(typist.pilot.text.contains("Urgency: EMERGENCY"), "the layout kept was made for the record before the change")
        typist.pilot.resize(to: Size(width: 132, height: 43))
        let widest = (0..<43).map { typist.pilot.screen.line($0).count }.max() ?? 0
        #expect(widest > 80, "laid out again for the wider terminal, not kept at 78 columns")
    }

    @Test("F5 and Esc 5 print (an effect); F10 finishes a valid record")
    func printAndFinish() throws {
        var pilot = try Self.summary("routine-mechanical")
        pilot.press(.function(5))
        #expect(pilot.effects.filter { $0 == .print }.count == 1)
        pilot.feed(bytes: [0x1B, UInt8(ascii: "5")])
        #expect(pilot.effects.filter { $0 == .print }.count == 2)
        pilot.press(.function(10))
        // the example leaves its conditions out, which the red-flag rules read: F10 names them first
        #expect(pilot.model.session.finishCheckLines().contains("- Long-term conditions"))
        pilot.press(.function(10))
        #expect(pilot.effects.contains { if case .finish = $0 { return true }; return false })
        #expect(pilot.model.session.isCompleted)
    }

    @Test("F1 on a STarT Back question shows its help with the licence note of the step")
    func startBackLicence() throws {
        let (record, _) = try SessionExamples.fileAssessment("routine-mechanical")
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .startBack)
        var pilot = Pilot(IntakeScreen(session: session, size: Size(width: 132, height: 43)), size: Size(width: 132, height: 43))
        pilot.press(.function(1))
        let licence = try #require(QuestionnaireDefinition.intake.step(.startBack)?.help())
        #expect(licence.contains("Keele"))
        #expect(pilot.text.contains("Keele University"))
        #expect(pilot.text.contains("Keys"))
    }
}
