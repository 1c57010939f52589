import Catalog
import Foundation
import IntakeModel
import IntakeReport
import IntakeTestSupport
import Testing

/// A cold trial answered 2 of the 9 STarT Back items; the summary and the sheet said "risk low".
/// The score needs all nine answers (format spec 3.9); until then every output says which are missing.
@Suite("A STarT Back begun and not finished is not scored, and says why")
struct StartBackNotScoredTests {
    @Test("the report has no score and names the items not answered, in each language", arguments: Language.allCases)
    func notScored(_ language: Language) throws {
        var record = try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data("routine-mechanical"))
        record.startBack = StartBackAnswers(item1: false, item2: true, item9: .slightly)
        let report = IntakeReport.make(record: record, language: language)
        #expect(report.assessment.startBack == nil)
        let why = try #require(report.startBackNotScored)
        #expect(why.contains("3, 4, 5, 6, 7, 8") && !why.contains("9"))
        #expect(why.hasPrefix(language == .english ? "STarT Back not scored" : "STarT Back sin puntuar"))
        record.startBack = StartBackAnswers(item1: false, item2: false, item3: false, item4: false, item5: false,
                                            item6: false, item7: false, item8: false, item9: .slightly)
        #expect(IntakeReport.make(record: record, language: language).startBackNotScored == nil)
        record.startBack = nil
        #expect(IntakeReport.make(record: record, language: language).startBackNotScored == nil, "not given is not 'not scored'")
    }
}
