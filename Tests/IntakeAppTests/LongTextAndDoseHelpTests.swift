import Catalog
import IntakeApp
import IntakeModel
import Questionnaire
import Testing
import TerminalUI

/// Found by a cold tester: a 276-character name was cut to 200 without a word, and alendronate
/// 70 mg (a weekly tablet) was entered as 70 mg a day in the only dose field.
@Suite("Long text is shortened aloud; the dose help says how to enter a weekly dose")
struct LongTextAndDoseHelpTests {
    static func record() -> IntakeRecord {
        var record = IntakeRecord(id: "LT-1")
        record.visitDate = CalendarDate(year: 2026, month: 12, day: 7)
        return record
    }

    @Test("a 276-character paste into the name keeps 200 and the message line says so, with the validator's limit")
    func nameShortenedAloud() {
        var typist = ScreenTypist(resuming: Self.record())
        typist.jump(to: "patient.name")
        typist.press(.paste(String(repeating: "Abcdefghij", count: 27) + "Abcdef"))
        let limit = IntakeLimits.patientNameLength.upperBound
        #expect(typist.pilot.text.contains("Full name shortened to \(limit) characters"), "\(typist.pilot.text)")
        typist.press(.tab)
        #expect(typist.session.record.patient?.name?.count == limit)
    }

    @Test("a name that fits says nothing; one more character at the limit is said too")
    func fitsSaysNothing() {
        var typist = ScreenTypist(resuming: Self.record())
        typist.jump(to: "patient.name")
        typist.press(.paste("Ana Ruiz"))
        #expect(!typist.pilot.text.contains("shortened"))
        typist.press(.control("u"), .paste(String(repeating: "a", count: 200)))
        #expect(!typist.pilot.text.contains("shortened"))
        typist.press(.character("b"))
        #expect(typist.pilot.text.contains("shortened to 200 characters"))
    }

    @Test("the dose's help says how a weekly or monthly dose is entered, in English and Spanish")
    func doseHelp() throws {
        let item = try #require(QuestionnaireDefinition.intake.item(linkId: "medications.doseMgPerDay"))
        let english = try #require(item.help(.english))
        #expect(english.contains("divide the weekly dose by 7") && english.contains("alendronate 70 mg a week: type 10"))
        let spanish = try #require(item.help(.spanish))
        #expect(spanish.contains("divida la dosis semanal entre 7") && spanish.contains("escriba 10"))
        #expect(item.caption(.english) == "Dose (mg per day)", "the record format is unchanged: mg per day")
    }
}
