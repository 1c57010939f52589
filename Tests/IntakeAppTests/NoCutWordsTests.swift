import Catalog
import Foundation
import IntakeModel
import PlainText
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// Issue 15, item 4 ("it fits"): Spanish runs about a quarter longer than English. Every step at
/// 80x24, in Spanish and in English, shows its captions, options, step names, side list, key hints,
/// status line and F1 help without a word cut: a word of a catalog text is never shown as its start
/// alone ("Densitometría y análi", "76 año").
@Suite("Screens at 80x24 in Spanish and English show no cut word", .serialized)
struct NoCutWordsTests {
    static let size = Size(width: 80, height: 24)

    /// Words that a screen in `language` may show: every catalog text's and the record's own.
    struct Words {
        let whole: Set<String>
        /// Every start of a whole word shorter than the word ("anál" of "análisis").
        let starts: Set<String>

        init(_ language: Language, record: IntakeRecord) {
            let catalog = Catalog(language)
            var texts = TextKey.allCases.map { catalog($0) }
            // the record's own text (names, medicines, free text) and the key names of the keyboard
            if let data = try? JSONEncoder().encode(record), let json = String(data: data, encoding: .utf8) { texts.append(json) }
            texts += ["PgDn PgUp Esc Tab Enter Shift Ctrl Space Home End Del Up Down Left Right"]
            // the record's medicines as a Spanish screen names them ("lansoprazol" for lansoprazole)
            if language == .spanish { texts += (record.medications ?? []).compactMap(\.name).map(SpanishMedicationNames.shown) }
            var whole = Set<String>()
            for text in texts { whole.formUnion(NoCutWordsTests.words(in: text)) }
            var starts = Set<String>()
            for word in whole where word.count > 2 {
                for length in 2..<word.count { starts.insert(String(word.prefix(length))) }
            }
            self.whole = whole
            self.starts = starts.subtracting(whole)
        }

        /// The words of `frame` shown as the start of a catalog word and not as a word of their own.
        func cut(in frame: String) -> [String] {
            NoCutWordsTests.words(in: frame).filter { starts.contains($0) }
        }
    }

    /// Runs of letters, lower-cased: "Densitometría y análi" gives densitometría, y, análi. Runs
    /// in capitals are codes and abbreviations ("DX-1", "MA-FALLS", "US drinks"), not cut words.
    static func words(in text: String) -> [String] {
        text.split { !$0.isLetter }.filter { !($0.count > 1 && $0.allSatisfy(\.isUppercase)) }.map { $0.lowercased() }
    }

    /// A record typed in whole (the shared example), answered in `language`.
    static func record(_ language: Language) throws -> IntakeRecord {
        var (record, _) = try SessionExamples.fileAssessment("urgent-fracture")
        record.patient?.language = language.rawValue
        return record
    }

    /// Every frame of a walk through the steps: each field focused, its F1 help, and the summary
    /// scrolled to its end.
    static func walk(_ record: IntakeRecord, language: Language) -> [String] {
        let session = IntakeSession(record: record, clock: FixedIntakeClock(record.visitDate!), step: .patient, language: language)
        var pilot = Pilot(IntakeScreen(session: session, size: size), size: size)
        return ScreenWalk.framesWithHelp(&pilot)
    }

    @Test("the search finds a word shown cut and lets whole words, names and numbers be")
    func findsCutWords() throws {
        let words = Words(.spanish, record: try Self.record(.spanish))
        #expect(words.cut(in: "|   Densitometría y análi") == ["análi"])
        #expect(words.cut(in: "|   Densitometría y análisis") == [])
        #expect(words.cut(in: "Edad en años [76] años  Małgorzata Wiśniewska 65,5 kg DX-1 MA-FALLS").isEmpty)
    }

    @Test("every step with each field's help and the summary at 80x24: no word cut", arguments: [Language.spanish, .english])
    func noCutWord(language: Language) throws {
        let record = try Self.record(language)
        let words = Words(language, record: record)
        let frames = Self.walk(record, language: language)
        #expect(frames.count > 100, "the walk reaches every field")
        var reported = Set<String>()
        for frame in frames {
            for word in words.cut(in: frame) where reported.insert(word).inserted {
                Issue.record("\(language): \"\(word)\" is a word shown cut:\n\(frame)")
            }
        }
    }

    @Test("the step list wraps a long step name under itself instead of cutting it")
    func stepListWraps() throws {
        let session = IntakeSession(clock: FixedIntakeClock(CalendarDate(year: 2026, month: 3, day: 2)), language: .spanish)
        let pilot = Pilot(IntakeScreen(session: session, size: Self.size), size: Self.size)
        let list = (0..<24).map { String(pilot.screen.line($0).dropFirst(55)) }
        let row = try #require(list.firstIndex { $0.contains("Densitometría y") }, "\(pilot.text)")
        #expect(list[row + 1].trimmingCharacters(in: .whitespaces.union(["|"])) == "análisis", "\(pilot.text)")
        #expect(list[row + 2].contains("STarT Back"))
    }
}

@Suite("The body map in Spanish")
struct SpanishBodyMapTests {
    @Test("at 80x24 every region's label is shown whole, none drawn over by its neighbour")
    func labelsWhole() throws {
        var record = IntakeRecord()
        record.visitDate = CalendarDate(year: 2026, month: 3, day: 2)
        record.patient = Patient(language: "es")
        var typist = ScreenTypist(resuming: record, step: .symptoms)
        typist.jump(to: "symptoms.locations")
        let text = typist.pilot.text
        let form = (0..<24).map { String(typist.pilot.screen.line($0).prefix(55)) }
        let catalog = Catalog(.spanish)
        for code in BodyMapField.places.keys {
            let label = try #require(catalog.text(forDataKey: "screen.bodymap." + code))
            #expect(form.contains { $0.contains("[ ] " + label + " ") || $0.contains("[ ] " + label + "|") },
                    "\(label) is not whole:\n\(text)")
        }
    }
}
