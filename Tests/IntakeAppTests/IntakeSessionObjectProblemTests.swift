import Testing
import IntakeModel
import Questionnaire
@testable import IntakeApp

@Suite("Problems about a whole part of the record are shown where they belong")
struct IntakeSessionObjectProblemTests {
    @Test("leaving the name field says nothing about age or date of birth; that message sits at the date of birth on finish")
    func ageOrBirthDateMessage() {
        var session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2025, month: 10, day: 6)))
        _ = session.apply(.enterText(ItemAddress("patient.name"), "Ana Ruiz"))
        _ = session.apply(.nextField)
        #expect(session.errors[ItemAddress("patient.name")] == nil)
        _ = session.apply(.finish)
        #expect(session.errors[ItemAddress("patient.name")] == nil)
        #expect(session.errors[ItemAddress("patient.birthDate")] != nil)
    }
}
