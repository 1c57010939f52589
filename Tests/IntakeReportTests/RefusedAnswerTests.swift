import Foundation
import IntakeModel
import IntakeReport
import IntakeTestSupport
import Testing

/// Found by a cold tester: a weight of 7072 kg (70 with 72 typed after it) was stored, as the screen
/// keeps what was typed, and the sheet printed "BMI 2762.5" with no word; `intake assess` refuses it.
@Suite("An answer the program refuses, stored anyway, is said on every output")
struct RefusedAnswerTests {
    @Test("7072 kg: the first Please check line says the weight is outside 25-300 kg; a valid record has no such line")
    func impossibleWeight() throws {
        var record = try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data("routine-mechanical"))
        #expect(IntakeReport.make(record: record).warnings.allSatisfy { $0.code != "range" })
        record.body?.weight = Mass(value: 7072, unit: .kg)
        let report = IntakeReport.make(record: record)
        let first = try #require(report.warnings.first, "no Please check line")
        #expect(first.code == "range")
        #expect(first.text.contains("7072") && first.text.contains("25-300 kg"), "\(first.text)")
    }
}
