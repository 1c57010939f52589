import Catalog
import IntakeModel
import Questionnaire
import TerminalUI
import Testing
@testable import IntakeApp

/// Issue 15, items 3 and 4: what a Spanish patient typed is shown back the Spanish way (a decimal
/// comma, the date pattern in Spanish letters) while the record keeps its one format; line mode
/// wraps a long Spanish line between words.
@Suite("Spanish shows numbers and dates the Spanish way")
struct SpanishShownBackTests {
    static func typed(_ number: String, language: String) -> ScreenTypist {
        var typist = ScreenTypist(resuming: SpanishInputTests.record(language: language))
        typist.fill("body.weight", with: number)
        typist.press(.tab)
        typist.jump(to: "body.weight")
        return typist
    }

    @Test("a weight typed 65,5 in Spanish is shown back 65,5; the record keeps 65.5; English shows 65.5")
    func decimalCommaShownBack() throws {
        let spanish = Self.typed("65,5", language: "es")
        #expect(spanish.session.record.body?.weight == Mass(value: 65.5, unit: .kg))
        let box = try #require((0..<24).map { spanish.pilot.screen.line($0) }.first { $0.contains("[65") }, "\(spanish.pilot.text)")
        #expect(box.contains("[65,5"), "\(box)")
        #expect(!spanish.pilot.text.contains("65.5"))

        let english = Self.typed("65.5", language: "en")
        #expect(english.session.record.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(english.pilot.text.contains("[65.5"))
    }

    @Test("a number shown back with a comma reads as the same number: leaving the box unchanged keeps 65.5")
    func commaReadBack() {
        var spanish = Self.typed("65,5", language: "es")
        spanish.press(.tab)
        #expect(spanish.session.record.body?.weight == Mass(value: 65.5, unit: .kg))
        #expect(spanish.session.errors.isEmpty)
    }

    @Test("the date box in Spanish shows the pattern DD/MM/AAAA; in a day-first English clinic DD/MM/YYYY")
    func datePatternInSpanishLetters() {
        let spanish = ScreenTypist(resuming: SpanishInputTests.record(language: "es"))
        #expect(spanish.pilot.text.contains("DD/MM/AAAA"), "\(spanish.pilot.text)")
        #expect(!spanish.pilot.text.contains("YYYY"))
        #expect(DateConvention.dayMonthYear.pattern(.spanish) == "DD/MM/AAAA")
        #expect(DateConvention.yearMonthDay.pattern(.spanish) == "AAAA-MM-DD")
        #expect(DateConvention.dayMonthYear.pattern(.english) == "DD/MM/YYYY")
        #expect(DateConvention.monthDayYear.pattern(.english) == "MM/DD/YYYY")
    }

    @Test("line mode in Spanish wraps a line longer than the terminal between words, every word whole")
    func lineModeWrapsBetweenWords() throws {
        let unwrapped = WrittenLines(), wrapped = WrittenLines()
        _ = try SpanishTypedIntakeTests.lineMode(SpanishTypedIntakeTests.spanish, language: "es", yes: "sí", output: unwrapped)
        let long = unwrapped.lines.filter { $0.count > 79 }
        #expect(!long.isEmpty, "a Spanish line mode intake has lines wider than 80 columns")
        let writer = WrappedLines(width: 80, into: wrapped)
        for line in unwrapped.lines { writer.write(line: line) }
        #expect(wrapped.lines.allSatisfy { $0.count <= 79 }, "\(wrapped.lines.filter { $0.count > 79 })")
        // the same words in the same order: each long line is split only where it had a space
        let words = { (lines: [String]) in lines.flatMap { $0.split(separator: " ") } }
        #expect(words(wrapped.lines) == words(unwrapped.lines))
        #expect(wrapped.lines.count > unwrapped.lines.count)
    }
}
