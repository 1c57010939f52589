import Assessment
import Foundation
import IntakeModel
import IntakeReport
import IntakeTestSupport
import Questionnaire
import Testing

/// What `IntakeReport.make` puts in the one report every output lays out.
@Suite("One report of an intake")
struct IntakeReportTests {
    func example(_ name: String) throws -> IntakeRecord {
        try JSONDecoder().decode(IntakeRecord.self, from: SharedExamples.data(name))
    }

    @Test("the validator's soft-limit warnings are in the report, as intake assess has them; the engine alone lacks them")
    func validatorWarningsIncluded() throws {
        var record = try example("routine-mechanical")
        record.body?.height = Length(value: 215, unit: .cm)
        let report = IntakeReport.make(record: record)
        let heightWarning = try #require(report.warnings.first { $0.code == "soft-limit" }, "\(report.warnings)")
        #expect(heightWarning.about == "Height now")
        #expect(heightWarning.text.hasPrefix("Height now: 215 cm is unusual"))
        #expect(!AssessmentEngine().assess(record).warnings.contains { $0.code == .softLimit })
        #expect(!report.warnings.contains { $0.code == "not-asked" }, "unasked questions are listed under red flags")
    }

    @Test("every finding has its rule ID, its name and the inputs that fired it, in words")
    func findingsInWords() throws {
        let fracture = IntakeReport.make(record: try example("urgent-fracture"))
        let flag = try #require(fracture.redFlags.first)
        #expect(flag.title == "RF-FX: possible vertebral fracture")
        #expect(flag.levelText == "URGENT")
        #expect(flag.inputs.contains("sudden onset with minor or no trauma") && flag.inputs.contains("age 70 or over"))
        #expect(fracture.dxa.text == "indicated (report as a T-score)")
        #expect(fracture.dxa.findings.map(\.rule) == ["DX-1", "DX-5"])
        let alerts = IntakeReport.make(record: try example("medication-alerts")).medicationAlerts
        let falls = try #require(alerts.first { $0.rule == "MA-FALLS" })
        #expect(falls.inputs == ["citalopram, gabapentin, tramadol"])
        #expect(falls.notes == ["3 or more CNS-active medicines (Beers)", "opioid with a gabapentinoid (Beers)"])
        // The engine's order, high priority first, kept by every output (the screen no longer re-sorts).
        let levels = alerts.map(\.level)
        #expect(levels == levels.filter { $0 == .high } + levels.filter { $0 != .high })
        #expect(alerts.map(\.rule) == AssessmentEngine().assess(try example("medication-alerts")).medicationAlerts.map(\.rule.rawValue))
    }

    @Test("every red-flag reason and alert note has words of its own (no code shown with its hyphens replaced)")
    func everyCodeHasWords() throws {
        let words = ReportText.english
        for reason in RedFlagReason.allCases where reason != .fever { #expect(words.reason(reason) != reason.rawValue, "\(reason)") }
        let record = try example("medication-alerts")
        for note in IntakeReport.make(record: record).medicationAlerts.flatMap(\.notes) { #expect(!note.contains("-beers")) }
    }

    @Test("recommendations carry their cost line; the whole seed table is there, this patient's rows marked; prices change")
    func costs() throws {
        let report = IntakeReport.make(record: try example("urgent-fracture"))
        let dxa = try #require(report.recommendations.first { $0.id == "REC-DXA" })
        #expect(dxa.costText == "Estimated cost: USD 125-300 per scan (radiology centers)")
        #expect(report.priceTable.map(\.id) == RecommendationID.allCases.filter { $0.costEstimate != nil }.map(\.rawValue))
        #expect(report.priceTable.filter(\.recommended).map(\.id) == ["REC-DXA"])
        #expect(report.pricesNotice == ReportText.english.pricesNotice)
        #expect(report.notices.first?.id == "not-a-diagnosis")
        var unpriced = try example("routine-mechanical")
        unpriced.patient?.age = 30
        unpriced.patient?.birthDate = nil
        unpriced.history?.menopause = nil
        let young = IntakeReport.make(record: unpriced)
        #expect(young.recommendations.allSatisfy { $0.cost == nil } == (young.pricesNotice == nil))
    }

    @Test("the answers are grouped by the questionnaire's steps, in its order, with its captions and option labels")
    func answersByStep() throws {
        let record = try example("urgent-fracture")
        let report = IntakeReport.make(record: record)
        let definition = QuestionnaireDefinition.intake
        let order = definition.steps.map(\.id.rawValue)
        let steps = report.answers.map(\.step)
        #expect(steps == order.filter(steps.contains), "steps in the questionnaire's order")
        #expect(steps.first == "patient")
        for step in report.answers {
            for answer in step.answers {
                #expect(answer.label == definition.item(linkId: answer.linkId)?.caption(), "\(answer.linkId)")
            }
        }
        let symptoms = try #require(report.answers.first { $0.step == "symptoms" })
        #expect(symptoms.answers.contains { $0.label == "How did the pain start?" && $0.value == "Suddenly" })
        let medicines = try #require(report.answers.first { $0.step == "medications" })
        #expect(medicines.answers.filter { $0.linkId == "medications.name" }.map(\.entry) == [1, 2, 3])
        #expect(report.header.name == "Małgorzata Wiśniewska" && report.header.age == 74)
        let redFlags = try #require(report.answers.first { $0.step == "red-flags" })
        #expect(redFlags.answers.contains { $0.linkId == "redFlags.temperature" && $0.value == "36.8 °C" }, "\(redFlags.answers)")
    }

    @Test("a repeating group is one list: an entry per medicine, a column per question answered for any, by short labels")
    func listsOfEntries() throws {
        let report = IntakeReport.make(record: try example("urgent-fracture"))
        let medicines = try #require(report.answers.first { $0.step == "medications" })
        #expect(medicines.items.count == 1)
        guard case .list(let list)? = medicines.items.first else { Issue.record("not a list: \(medicines.items)"); return }
        #expect(list.linkId == "medications" && list.entries.count == 3)
        #expect(list.columns.first?.label == "Medicine" && list.columns.map(\.label).contains("mg/day"))
        #expect(list.entries.allSatisfy { entry in entry.allSatisfy { answer in list.columns.contains { $0.linkId == answer.linkId } } })
    }

    @Test("a quantity in another unit is also given in the unit the rules use, converted as they convert it")
    func convertedQuantities() throws {
        var record = try example("urgent-fracture")
        record.body?.weight = Mass(value: 150, unit: .lb)
        record.redFlags?.temperature = Temperature(value: 99.5, unit: .fahrenheit)
        let answers = IntakeReport.make(record: record).answers.flatMap(\.answers)
        #expect(answers.first { $0.linkId == "body.weight" }?.value == "150 lb (68.04 kg)")
        #expect(answers.first { $0.linkId == "redFlags.temperature" }?.value == "99.5 °F (37.5 °C)")
    }
}
