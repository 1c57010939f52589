import Assessment
import Catalog
import IntakeModel
import IntakeReport
import Testing
@testable import IntakeApp

@Suite("The language of an intake is chosen once, from the record or the program, and passed through")
struct IntakeLanguageTests {
    static let visit = CalendarDate(year: 2026, month: 12, day: 7)

    static func record(language: String?) -> IntakeRecord {
        var record = IntakeRecord(id: "lang-1")
        record.patient = Patient(name: "Ana Ruiz", language: language)
        return record
    }

    @Test("a record with patient.language es (or es-MX) is a Spanish intake: session, validator, engine and report")
    func spanishRecord() {
        for tag in ["es", "es-MX"] {
            let session = IntakeSession(record: Self.record(language: tag), clock: FixedIntakeClock(Self.visit), language: .english)
            #expect(session.language == .spanish)
            #expect(session.engine.language == .spanish)
            #expect(IntakeReport.make(record: session.record).language == "es")
            #expect(IntakeReport.make(record: session.record).text.language == .spanish)
            // the session speaks the catalog's Spanish: "Paso 1 de 8: Paciente"
            let patientStep = Catalog(.spanish).text(forDataKey: "questionnaire.step.patient")!
            #expect(session.stepIndicator == Catalog(.spanish).text(forDataKey: "session.step-indicator",
                                                                    ["n": "1", "total": "8", "title": patientStep]))
            #expect(!session.stepIndicator.hasPrefix("Step"), "\(session.stepIndicator)")
        }
    }

    @Test("a record without a language, or with one the program does not speak, takes the program's language")
    func programLanguage() {
        let none = IntakeSession(record: Self.record(language: nil), clock: FixedIntakeClock(Self.visit), language: .spanish)
        #expect(none.language == .spanish)
        #expect(none.engine.language == .spanish)
        let english = IntakeSession(record: Self.record(language: nil), clock: FixedIntakeClock(Self.visit))
        #expect(english.language == .english)
        #expect(english.engine.language == .english)
        #expect(IntakeSession.language(of: Self.record(language: "pt-BR"), otherwise: .english) == .english)
    }
}

@Suite("Every key the screens and the session make from data has its words in the catalog")
struct IntakeAppDataKeyTests {
    @Test("alerts of every red-flag rule, months, urgency tiers and step statuses", arguments: Language.allCases)
    func dataKeys(language: Language) {
        for rule in RedFlagRule.allCases {
            #expect(!IntakeSessionStrings.text("alert." + rule.rawValue, language).isEmpty, "\(rule)")
        }
        for month in 1...12 { #expect(!IntakeSessionStrings.text("month.\(month)", language).isEmpty) }
        let screen = ScreenStrings(language: language)
        for tier in UrgencyTier.allCases { #expect(!screen.text("urgency", tier.rawValue).isEmpty, "\(tier)") }
        for status in [StepStatus.incomplete, .complete, .hasErrors, .skipped] {
            #expect(!screen.text("status", status.rawValue).isEmpty, "\(status)")
        }
    }
}
