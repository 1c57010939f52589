import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 4: nothing is dropped silently. Answers of questions that stop applying leave
/// the record but come back when the question applies again, and the screen says so.
@Suite("Answers set aside when their question stops applying")
struct SetAsideAnswersTests {
    static let visit = CalendarDate(year: 2026, month: 3, day: 2)

    @Test("Sex female, menopause answered; male sets them aside with a message; female again brings them back")
    func menopauseComesBack() {
        var session = IntakeSession(clock: FixedIntakeClock(Self.visit))
        _ = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        _ = session.apply(.setAnswer(ItemAddress("history.menopause.status"), .code("postmenopausal")))
        _ = session.apply(.enterText(ItemAddress("history.menopause.age"), "51"))
        #expect(session.record.history?.menopause?.age == 51)

        let hidden = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("male")))
        #expect(session.record.history?.menopause == nil, "left out of the record while hidden")
        #expect(session.notice?.contains("2 answers no longer apply after \"Sex\"") == true)
        #expect(hidden.contains { if case .saveAnswer(let c) = $0 { c.droppedAsHidden } else { false } })

        let back = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        #expect(session.record.history?.menopause?.status == .postmenopausal)
        #expect(session.record.history?.menopause?.age == 51)
        #expect(session.notice?.contains("2 answers set aside earlier apply again") == true)
        let restored = back.compactMap { if case .saveAnswer(let c) = $0, c.newValue != nil { c.address.linkId } else { nil } }
        #expect(restored.contains("history.menopause.status") && restored.contains("history.menopause.age"),
                "restored answers are saved again")
    }

    @Test("typed as a clerk would: Sex m then f on screen, the menopause answer is back and the message shows")
    func onScreen() {
        var session = IntakeSession(clock: FixedIntakeClock(Self.visit))
        _ = session.apply(.setAnswer(ItemAddress("patient.sex"), .code("female")))
        _ = session.apply(.setAnswer(ItemAddress("history.menopause.status"), .code("premenopausal")))
        _ = session.apply(.focus(ItemAddress("patient.sex")))
        var pilot = Pilot(IntakeScreen(session: session))
        pilot.type("m")
        #expect(pilot.text.contains("no longer apply") || pilot.text.contains("no longer applies"))
        pilot.type("f")
        #expect(pilot.model.session.record.history?.menopause?.status == .premenopausal)
        #expect(pilot.text.contains("applies again") || pilot.text.contains("apply again"))
    }
}
