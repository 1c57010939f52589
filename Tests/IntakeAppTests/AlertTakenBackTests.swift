import IntakeModel
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// The cold trial: saddle numbness answered yes raised the EMERGENCY alert, J. Martin acknowledged
/// it, then the answer was set to no (at the kiosk, by the patient alone): the Review step showed a
/// lower urgency without a word, only the printed sheet said so. The summary now says it too.
@Suite("An acknowledged emergency whose answer was changed is said on the summary")
struct AlertTakenBackTests {
    @Test("yes, acknowledged, then no: the summary names RF-CES as acknowledged and no longer applying")
    func summarySaysIt() throws {
        let size = Size(width: 80, height: 24)
        var pilot = Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 12, day: 7)))), size: size)
        let saddle = ItemAddress("redFlags.saddleNumbness")
        pilot.apply { screen in screen.apply(.setAnswer(saddle, .boolean(true))) }
        #expect(pilot.model.session.pendingAlert != nil)
        pilot.apply { $0.acknowledgeAlert(signedInAs: "J. Martin") }
        pilot.apply { screen in screen.apply(.setAnswer(saddle, .boolean(false))) }
        #expect(pilot.model.session.acknowledgedAlertsNoLongerFiring == [.ces])
        let lines = pilot.model.summaryLines(width: 78).map(\.text).joined(separator: " ")
        let words = lines.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Emergency alert (RF-CES) acknowledged by staff: it no longer applies because the answer that raised it was changed afterwards"), "\(words)")
    }

    @Test("an alert still firing is not said to be taken back")
    func stillFiring() throws {
        var session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 12, day: 7)))
        _ = session.apply(.setAnswer(ItemAddress("redFlags.saddleNumbness"), .boolean(true)))
        _ = session.apply(.acknowledgeAlert(staffName: "J. Martin"))
        #expect(session.acknowledgedAlertsNoLongerFiring.isEmpty)
    }
}
