import IntakeApp
import IntakeModel
import IntakeTestSupport
import Questionnaire
import TerminalUI
import Testing

/// Issue 12 item 1: a field error holding a double-width character (中) and a terminal of 12
/// columns or fewer froze the program (the wrap never advanced). Each width runs under a deadline:
/// a regression fails here instead of hanging the suite.
@Suite("A narrow terminal with a wide character in a field error never freezes")
struct NarrowTerminalTests {
    @Test("中 in a message (a jump that finds nothing), then every width from 12 down to 1 and back", arguments: Array(1...12))
    func everyNarrowWidthEnds(width: Int) throws {
        let outcome = try #require(Deadline.run { () -> (before: String, after: String) in
            var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)))))
            pilot.press(.control("f"))
            pilot.type("中")
            pilot.press(.enter)
            let before = pilot.text
            pilot.resize(to: Size(width: width, height: 24))
            pilot.resize(to: Size(width: width, height: 3))
            pilot.resize(to: Size(width: 80, height: 24))
            return (before, pilot.text)
        }, "the screen did not answer at width \(width)")
        #expect(outcome.before.contains("No field matches \"中\""), "the message holds the wide character")
        #expect(outcome.after.contains("No field matches \"中\""), "back at 80 columns the form and its message show again")
    }
}
