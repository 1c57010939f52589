import Catalog
import IntakeApp
import IntakeModel
import Questionnaire
import Testing
import TerminalUI

/// Found by a cold tester: "05/06/1958" refused in English (no day-month order set) was shown as
/// "5 June 1958, age 68" once the patient chose Spanish, but the old message stayed and nothing
/// was stored until the field was entered again; the message was also cut at 80x24.
@Suite("A date kept as typed is read again when the way of typing changes")
struct DateReadAgainTests {
    static let visit = CalendarDate(year: 2026, month: 12, day: 7)
    static let birth = ItemAddress("patient.birthDate")

    static func record() -> IntakeRecord {
        var record = IntakeRecord(id: "ES-2")
        record.visitDate = visit
        record.patient = Patient()
        return record
    }

    @Test("refused in English, stored at once as 5 June 1958 when Spanish is answered, and the stale message goes")
    func storedWhenLanguageChanges() {
        var session = IntakeSession(record: Self.record(), clock: FixedIntakeClock(Self.visit), step: .patient,
                                    dateConvention: .yearMonthDay)
        _ = session.apply(.enterText(Self.birth, "05/06/1958"))
        #expect(session.record.patient?.birthDate == nil)
        #expect(session.errors[Self.birth] != nil)
        let effects = session.apply(.setAnswer(ItemAddress("patient.language"), .code("es")))
        #expect(session.record.patient?.birthDate == CalendarDate(year: 1958, month: 6, day: 5))
        #expect(session.errors[Self.birth] == nil, "\(session.errors[Self.birth] ?? "")")
        #expect(session.pendingText[Self.birth] == nil)
        let saved = effects.contains { effect in
            if case .saveAnswer(let change) = effect { return change.address == Self.birth } else { return false }
        }
        #expect(saved, "the date of birth is saved, not only shown")
    }

    @Test("text that is still no date gets the new way's message")
    func stillUnreadable() {
        var session = IntakeSession(record: Self.record(), clock: FixedIntakeClock(Self.visit), step: .patient,
                                    dateConvention: .yearMonthDay)
        _ = session.apply(.enterText(Self.birth, "31/31/1958"))
        _ = session.apply(.setAnswer(ItemAddress("patient.language"), .code("es")))
        #expect(session.record.patient?.birthDate == nil)
        #expect(session.errors[Self.birth]?.contains("DD/MM/") == true, "\(session.errors[Self.birth] ?? "")")
    }

    @Test("on screen: the box, its words and the record agree once Spanish is answered; the English message is read whole at 80x24")
    func onScreen() {
        var typist = ScreenTypist(resuming: Self.record())
        typist.jump(to: "patient.birthDate")
        typist.type("05/06/1958")
        typist.press(.tab)
        let refused = typist.pilot.text
        let message = typist.session.errors[Self.birth] ?? ""
        #expect(message.hasSuffix("clinic.toml)."), "\(message)")
        let flat = refused.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("date_order in clinic.toml)."), "the whole message is on screen:\n\(refused)")
        typist.fill("patient.language", with: "es")
        typist.press(.tab)
        #expect(typist.session.record.patient?.birthDate == CalendarDate(year: 1958, month: 6, day: 5))
        #expect(!typist.pilot.text.contains("clinic.toml"), "the stale message went:\n\(typist.pilot.text)")
    }
}
