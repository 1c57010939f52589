import Assessment
@testable import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

/// Issue 11, item 5: every screen and message says things in words a person understands: no
/// record key or JSON pointer, examples that fit the quantity, plurals, rule names with rule IDs,
/// messages wrapped, the patient's name kept in the header, required questions marked.
@Suite("Words a person understands")
struct PlainWordsTests {
    static let visitDate = CalendarDate(year: 2026, month: 3, day: 2)

    static func newIntake(size: Size = Size(width: 80, height: 24)) -> Pilot<IntakeScreen> {
        Pilot(IntakeScreen(session: IntakeSession(clock: FixedIntakeClock(visitDate)), size: size), size: size)
    }

    @Test("F10 on an empty intake: the date of birth and the pain's start say what is needed, naming no record key")
    func emptyIntakeInWords() {
        var pilot = Self.newIntake()
        pilot.press(.function(10))
        let errors = pilot.model.session.errors
        #expect(errors[ItemAddress("patient.birthDate")] == "Date of birth: give the date of birth, or the age.")
        #expect(errors[ItemAddress("symptoms.startDate")]
                == "Date the pain began: give the date the pain began, or how many days ago.")
        for message in errors.values {
            #expect(!message.contains("'"), "\(message)")
        }
        #expect(pilot.text.contains("Date of birth: give the date of birth, or"))
    }
}
