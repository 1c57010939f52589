import Catalog
import Foundation
import IntakeModel
import IntakeReport
import IntakeTestSupport
import Testing

/// Found by a cold tester: "T-score class: no T-score entered" was shown for a woman with a T-score
/// of -3.1 whose menopause status was not answered (she is then in the Z-score population, format
/// spec 6.5, so the engine gives no class).
@Suite("Why a T-score entered has no class")
struct TScoreNotClassifiedTests {
    func woman(menopause: MenopauseStatus?) throws -> IntakeRecord {
        var record = try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data("routine-mechanical"))
        record.patient?.sex = .female
        record.history?.menopause = menopause.map { Menopause(status: $0) }
        record.boneDensity = BoneDensity(lowestTScore: -3.1)
        return record
    }

    @Test("menopause status not given: the reason is said, and a Please check line names the question and what it changes")
    func menopauseNotGiven() throws {
        let report = IntakeReport.make(record: try woman(menopause: nil))
        #expect(report.tScoreClass == nil, "the engine's output stays as the spec has it")
        #expect(report.tScoreNotClassified == "T-score not classified: menopause status not given")
        let check = try #require(report.warnings.first { $0.code == "required" }, "\(report.warnings)")
        #expect(check.text.contains("not answered; the T-score class, the DXA advice and OST depend on it"), "\(check.text)")
    }

    @Test("premenopausal: the reason is the population; postmenopausal: the class, no reason, no Please check line")
    func populationAndClassified() throws {
        let pre = IntakeReport.make(record: try woman(menopause: .premenopausal))
        #expect(pre.tScoreNotClassified?.hasPrefix("T-score not classified: T-score classes apply to postmenopausal women") == true)
        #expect(!pre.warnings.contains { $0.code == "required" })
        let post = IntakeReport.make(record: try woman(menopause: .postmenopausal))
        #expect(post.tScoreClass != nil)
        #expect(post.tScoreNotClassified == nil)
        #expect(!post.warnings.contains { $0.code == "required" })
    }

    @Test("no T-score at all: nothing to explain")
    func noScore() throws {
        var record = try woman(menopause: nil)
        record.boneDensity = nil
        #expect(IntakeReport.make(record: record).tScoreNotClassified == nil)
    }

    @Test("in Spanish the reason is Spanish")
    func spanish() throws {
        let report = IntakeReport.make(record: try woman(menopause: nil), language: .spanish)
        #expect(report.tScoreNotClassified == "Puntuación T sin categoría: no consta la situación de menopausia")
    }
}
