import Assessment
import Catalog
import Foundation
import IntakeApp
import IntakeModel
import Questionnaire
import Testing
import IntakeReport

/// Types a record's answers line by line, answering whatever the intake asks: the text of the
/// answer for each question (an empty line where the record has none), "yes" while the record has
/// more entries to add, Enter on suggestions, a staff name on an alert, and finish on the Review
/// step. Stops (end of input) after `limit` lines so a loop in the intake fails the test instead
/// of hanging it.
struct ExampleTypist: LineReader {
    let record: IntakeRecord
    /// The language the words are typed in (yes, no, option labels, the finish command).
    var language: Language = .english
    let definition = QuestionnaireDefinition.intake
    var typed = 0
    let limit = 2_000

    mutating func readLine(for prompt: LinePrompt) -> String? {
        typed += 1
        guard typed <= limit else { return nil }
        switch prompt {
        case .question(let address):
            guard address.linkId != "visitDate", let item = definition.item(linkId: address.linkId),
                  let value = definition.value(at: address, in: record) else { return "" }
            return Self.text(of: value, item: item, language: language)
        case .addEntry(let group, let existing):
            let wanted = definition.item(linkId: group)?.entries?.count(in: record) ?? 0
            return Catalog(language)(existing < wanted ? .lineModeWordYes : .lineModeWordNo)
        case .pickSuggestion, .language: return ""
        case .staffName: return "Dr Test"
        case .review: return Catalog(language)(.lineModeCommandFinish)
        case .home: return nil
        }
    }

    /// What a front desk types for an answer: choices by their words, checklists by numbers.
    static func text(of value: AnswerValue, item: QuestionItem, language: Language = .english) -> String {
        switch value {
        case .string(let text): return text
        case .date(let date): return date.description
        case .integer(let number): return String(number)
        case .decimal(let number): return String(number)
        case .quantity(let number, let unit): return "\(number) \(unit)"
        case .boolean(let flag): return Catalog(language)(flag ? .lineModeWordYes : .lineModeWordNo)
        case .code(let code): return item.optionLabel(code, language)
        case .codes(let codes):
            guard !codes.isEmpty else { return "0" }
            return codes.compactMap { code in item.options.firstIndex { $0.code == code }.map { String($0 + 1) } }
                .joined(separator: ", ")
        }
    }
}

@Suite("Typing the shared examples line by line")
struct LineModeExamplesTests {
    @Test("each valid example typed line by line gives the same assessment as assessing the file")
    func examples() throws {
        try #require(SessionExamples.directory != nil,
                     "shared/spec/examples not found in any folder above this file (looked for shared/spec/examples)")
        let names = SessionExamples.validNames
        #expect(names.count >= 5)
        for name in names {
            let (fileRecord, expected) = try SessionExamples.fileAssessment(name)
            let visitDate = try #require(fileRecord.visitDate)
            let session = IntakeSession(record: IntakeRecord(id: fileRecord.id), clock: FixedIntakeClock(visitDate))
            let output = WrittenLines()
            var effects: [SessionEffect] = []
            let outcome = try AccessibleIntake(session: session, input: ExampleTypist(record: fileRecord), output: output)
                .run { effects.append($0) }
            #expect(outcome.ending == .finished, "\(name): \(outcome.session.errors)")
            #expect(outcome.session.language == .english)
            #expect(outcome.session.assessment == expected, "\(name)")
            #expect(effects.contains(.finish(outcome.session.record)), "\(name)")
            // The summary was said as plain lines, with the rule IDs of the red flags and their names.
            #expect(output.lines.contains(ReportText.english.banner(expected.urgency, unasked: expected.unaskedRedFlagQuestions.count)))
            for finding in expected.redFlags {
                #expect(output.lines.contains { $0.hasPrefix(AssessmentText.english.titled(finding.rule) + " (") },
                        "\(name): \(finding.rule)")
            }
            #expect(output.lines.contains { $0.contains("not a diagnosis") || $0.contains("Not a diagnosis") }, "\(name)")
            #expect(output.lines.filter { $0 == "Summary" }.count == 1, "\(name): the summary is said once")
            let alerts = expected.redFlags.filter { $0.tier == .emergency }.count
            let blocks = output.lines.filter { $0 == "*** EMERGENCY ALERT ***" }.count
            #expect(alerts > 0 ? blocks >= 1 : blocks == 0, "\(name)")
        }
    }
}

@Suite("Typing the shared examples line by line in Spanish")
struct SpanishLineModeExamplesTests {
    @Test("each valid example typed line by line in Spanish gives what `intake assess --language es` gives for the file")
    func examples() throws {
        try #require(SessionExamples.directory != nil, "shared/spec/examples not found above the repository")
        #expect(SessionExamples.validNames.count >= 5)
        for name in SessionExamples.validNames {
            let (fileRecord, expected) = try SessionExamples.fileAssessment(name, language: .spanish)
            let session = IntakeSession(record: IntakeRecord(id: fileRecord.id), clock: FixedIntakeClock(try #require(fileRecord.visitDate)),
                                        language: .spanish)
            let output = WrittenLines()
            let outcome = try AccessibleIntake(session: session, input: ExampleTypist(record: fileRecord, language: .spanish),
                                               output: output).run { _ in }
            #expect(outcome.session.language == .spanish)
            #expect(outcome.ending == .finished, "\(name): \(outcome.session.errors)")
            #expect(outcome.session.assessment == expected, "\(name)")
            // the summary was said in Spanish
            #expect(output.lines.contains(ReportText(language: .spanish).banner(expected.urgency, unasked: expected.unaskedRedFlagQuestions.count)),
                    "\(name)")
            for finding in expected.redFlags {
                #expect(output.lines.contains { $0.hasPrefix(AssessmentText(language: .spanish).titled(finding.rule) + " (") },
                        "\(name): \(finding.rule)")
            }
        }
    }
}
