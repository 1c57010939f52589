import Catalog
import IntakeModel
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// Issue 15, item 3: the same intake typed the Spanish way and the English way gives one record.
@Suite("An intake typed in Spanish conventions")
struct SpanishTypedIntakeTests {
    /// What is typed for each question, the Spanish way and the English way.
    static let spanish: [String: String] = [
        "patient.name": "Ana Pérez", "patient.birthDate": "07/12/1950", "body.height": "160 cm", "body.weight": "65,5 kg",
        "history.parentalHipFracture": "S", "medications.name": "alendronato", "boneDensity.lowestTScore": "-2,3",
    ]
    static let english: [String: String] = [
        "patient.name": "Ana Pérez", "patient.birthDate": "1950-12-07", "body.height": "160 cm", "body.weight": "65.5 kg",
        "history.parentalHipFracture": "yes", "medications.name": "alendronate", "boneDensity.lowestTScore": "-2.3",
    ]

    /// Answers the questions of `answers` (an empty line for the others, "next step" when one is
    /// asked again), adds one medicine, and leaves on the Review step. Commands are typed in the
    /// intake's language ("siguiente", "salir" in Spanish), as its help line says.
    struct Typist: LineReader {
        let answers: [String: String]
        let yes: String
        let commands: Catalog
        var last: LinePrompt?
        var typed = 0

        mutating func readLine(for prompt: LinePrompt) -> String? {
            typed += 1
            guard typed < 500 else { return nil }
            defer { last = prompt }
            switch prompt {
            case .question(let address):
                if let answer = answers[address.linkId] { return answer }
                return last == prompt ? commands(.lineModeCommandNextStep) : ""
            case .addEntry(let group, let existing): return group == "medications" && existing == 0 ? yes : "no"
            case .pickSuggestion, .home, .language: return ""
            case .staffName: return "Dr Test"
            case .review: return commands(.lineModeCommandExit)
            }
        }
    }

    static func lineMode(_ answers: [String: String], language: String, yes: String, output: WrittenLines = WrittenLines()) throws -> IntakeRecord {
        let session = IntakeSession(record: SpanishInputTests.record(language: language), clock: FixedIntakeClock(SpanishInputTests.visit))
        let typist = Typist(answers: answers, yes: yes, commands: Catalog(session.language))
        let outcome = try AccessibleIntake(session: session, input: typist, output: output).run { _ in }
        return outcome.session.record
    }

    static func screens(_ answers: [String: String], language: String) -> IntakeRecord {
        var typist = ScreenTypist(resuming: SpanishInputTests.record(language: language))
        for linkId in ["patient.name", "patient.birthDate", "body.height", "body.weight", "boneDensity.lowestTScore"] {
            // the unit is the usual one (cm, kg): only the number is typed into the box
            typist.fill(linkId, with: String(answers[linkId]!.split(separator: " ")[0]))
            typist.press(.tab)
        }
        typist.jump(to: "history.parentalHipFracture")
        typist.press(.character(Character(answers["history.parentalHipFracture"]!.prefix(1).uppercased())))
        let steps = StepID.allCases
        for _ in 0..<6 where typist.session.currentStep != .medications {
            let before = steps.firstIndex(of: typist.session.currentStep)! < steps.firstIndex(of: .medications)!
            typist.press(.control(before ? "n" : "p"))
        }
        typist.press(.insert)
        typist.type(answers["medications.name"]!)
        typist.press(.tab)
        return typist.session.record
    }

    /// The record with the patient's language set aside (the one thing that differs).
    static func withoutLanguage(_ record: IntakeRecord) -> IntakeRecord {
        var record = record
        record.patient?.language = nil
        return record
    }

    @Test("line mode: S, 65,5 kg, 07/12/1950, -2,3 and alendronato give the record typed the English way")
    func lineModeSameRecord() throws {
        let spanish = try Self.lineMode(Self.spanish, language: "es", yes: "sí")
        let english = try Self.lineMode(Self.english, language: "en", yes: "yes")
        #expect(spanish.patient?.birthDate == CalendarDate(year: 1950, month: 12, day: 7))
        #expect(spanish.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(spanish.history?.parentalHipFracture == true)
        #expect(spanish.medications?.first?.name == "alendronate")
        #expect(Self.withoutLanguage(spanish) == Self.withoutLanguage(english))
        #expect(spanish.patient?.language == "es")
    }

    @Test("line mode: 'no sé' answers a yes/no question with unknown in Spanish; English asks again")
    func lineModeDontKnow() throws {
        var answers = Self.spanish, englishAnswers = Self.english
        answers["history.parentalHipFracture"] = "no sé"
        englishAnswers["history.parentalHipFracture"] = "no sé"
        let spanish = WrittenLines(), english = WrittenLines()
        let record = try Self.lineMode(answers, language: "es", yes: "sí", output: spanish)
        _ = try Self.lineMode(englishAnswers, language: "en", yes: "yes", output: english)
        #expect(record.history?.parentalHipFracture == nil)
        #expect(!spanish.lines.contains { $0.hasSuffix("answer yes, no or unknown.") })
        #expect(english.lines.contains { $0.hasSuffix("answer yes, no or unknown.") })
    }

    @Test("screens: the same keys the Spanish way give the record typed the English way")
    func screensSameRecord() {
        let spanish = Self.screens(Self.spanish, language: "es")
        let english = Self.screens(Self.english, language: "en")
        #expect(spanish.patient?.birthDate == CalendarDate(year: 1950, month: 12, day: 7))
        #expect(spanish.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(spanish.history?.parentalHipFracture == true)
        #expect(spanish.medications?.first?.name == "alendronate")
        #expect(spanish.boneDensity?.lowestTScore == -2.3)
        #expect(Self.withoutLanguage(spanish) == Self.withoutLanguage(english))
    }
}
