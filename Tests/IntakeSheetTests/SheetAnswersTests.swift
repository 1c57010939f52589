import Foundation
import IntakeModel
import IntakeReport
import Questionnaire
import Testing
@testable import IntakeSheet

/// The answer sections of the sheet are the report's answers, step by step as the questionnaire
/// defines them: nothing answered is left off, nothing is printed that the questionnaire does not ask.
@Suite("Sheet answers: every answer of the report, under its step, by its short label")
struct SheetAnswersTests {
    static let examples = ["urgent-fracture", "medication-alerts", "routine-mechanical", "male-patient", "imperial-units",
                           "emergency-cauda-equina"]

    func answersSection(_ sheet: IntakeSheet, _ title: String) -> SheetSection? {
        sheet.sections.first { $0.title == "Answers: " + title }
    }

    func fields(_ section: SheetSection) -> [SheetField] {
        section.blocks.flatMap { block -> [SheetField] in
            switch block {
            case .fields(let fields), .fieldsBesideBackMap(let fields, _): fields
            default: []
            }
        }
    }

    func tables(_ section: SheetSection) -> [(headers: [String], rows: [[String]])] {
        section.blocks.compactMap { block in
            if case .table(let headers, _, let rows) = block { return (headers, rows) }
            return nil
        }
    }

    @Test("each answer is printed in its step's section: a value beside its label, a yes/no in its line, a list entry in its table",
          arguments: examples)
    func everyAnswerPrinted(_ name: String) throws {
        let record = try SheetFixtures.record(name)
        let report = IntakeReport.make(record: record)
        let sheet = IntakeSheet(report: report, record: record, context: SheetFixtures.context)
        #expect(report.answers.map(\.step) == QuestionnaireDefinition.intake.steps.filter { !$0.items.isEmpty }.map(\.id.rawValue))
        for step in report.answers where !step.items.isEmpty {
            let section = try #require(answersSection(sheet, step.title), "\(name): no section for \(step.title)")
            let printed = fields(section)
            let yes = printed.first { $0.label == "Answered yes" }?.value ?? ""
            let no = printed.first { $0.label == "Answered no" }?.value ?? ""
            for item in step.items {
                switch item {
                case .answer(let answer) where answer.yes == true:
                    #expect(yes.contains(answer.shortLabel), "\(name): \(answer.linkId) not under Answered yes")
                case .answer(let answer) where answer.yes == false:
                    #expect(no.contains(answer.shortLabel), "\(name): \(answer.linkId) not under Answered no")
                case .answer(let answer):
                    #expect(printed.contains(SheetField(answer.shortLabel, answer.value)), "\(name): \(answer.linkId) = \(answer.value)")
                case .list(let list):
                    let table = try #require(tables(section).first { $0.headers == list.columns.map(\.label) }, "\(name): \(list.linkId)")
                    #expect(table.rows.count == list.entries.count)
                    for (row, entry) in zip(table.rows, list.entries) {
                        for answer in entry { #expect(row.contains(answer.value), "\(name): \(answer.linkId) entry \(answer.entry ?? 0)") }
                    }
                }
            }
        }
    }

    @Test("a question the questionnaire moves to another step is printed under that step, with nothing written for it in the sheet")
    func followsTheQuestionnaire() throws {
        var record = try SheetFixtures.record("urgent-fracture")
        record.patient?.phone = "555 0100"
        var steps = QuestionnaireDefinition.intake.steps
        let patient = try #require(steps.firstIndex { $0.id == .patient })
        let history = try #require(steps.firstIndex { $0.id == .history })
        let phone = try #require(steps[patient].items.first { $0.linkId == "patient.phone" })
        steps[patient].items.removeAll { $0.linkId == "patient.phone" }
        steps[history].items.insert(phone, at: 0)
        let moved = QuestionnaireDefinition(url: "urn:test", version: "1", name: "moved", steps: steps)
        let report = IntakeReport.make(record: record, definition: moved)
        let sheet = IntakeSheet(report: report, record: record, context: SheetFixtures.context)
        let phoneNumber = try #require(record.patient?.phone)
        let historySection = try #require(answersSection(sheet, "History"))
        let patientSection = try #require(answersSection(sheet, "Patient"))
        #expect(fields(historySection).first == SheetField("Phone", phoneNumber))
        #expect(!fields(patientSection).contains { $0.label == "Phone" })
    }

    @Test("red flags: yes and no answers each on one line, in the rules' words, and the questions not asked named")
    func redFlagLines() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.redFlags = RedFlags(urinaryRetention: true, legWeakness: false)
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let redFlags = try #require(answersSection(sheet, "Red flags"))
        let printed = fields(redFlags)
        #expect(printed.map(\.label) == ["Answered yes", "Answered no", "Not asked"])
        #expect(printed.first { $0.label == "Answered yes" }?.value == "new difficulty passing urine or reduced bladder feeling")
        #expect(printed.first { $0.label == "Answered no" }?.value == "new or worsening weakness in either leg")
        let notAsked = try #require(printed.first { $0.label == "Not asked" }?.value)
        #expect(notAsked.components(separatedBy: "; ").count == 13)
        #expect(!notAsked.contains("weakness in either leg"))
    }

    @Test("medicines are a table: a row for each, a column for each question answered for any, units converted beside the entered")
    func medicinesTable() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.medications = [Medication(name: "alendronate", status: .current, doseMgPerDay: 10, years: 3),
                              Medication(name: "prednisolone", route: .oral, months: 4)]
        record.body?.height = Length(value: 70, unit: .inch)
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let medicines = try #require(answersSection(sheet, "Medications"))
        let history = try #require(answersSection(sheet, "History"))
        let table = try #require(tables(medicines).first)
        #expect(table.headers == ["Medicine", "Status", "mg/day", "Route", "Months", "Years"])
        #expect(table.rows == [["alendronate", "Now", "10", "", "", "3"], ["prednisolone", "", "", "By mouth", "4", ""]])
        #expect(fields(history).contains(SheetField("Height now", "70 in (177.8 cm)")))
    }

    @Test("a red-flag screen answered no throughout names every question denied, as a clinician documents negatives (cold trial)")
    func allNo() throws {
        let sheet = try SheetFixtures.exampleSheet("routine-mechanical")
        let redFlags = try #require(answersSection(sheet, "Red flags"))
        let no = try #require(fields(redFlags).first { $0.label == "Answered no" }?.value)
        #expect(no.components(separatedBy: "; ").count == 15)
        #expect(no.contains("numbness or altered feeling in the saddle area") && no.contains("new loss of bowel control"))
    }

    @Test("a list among other answers has its title on a line of its own and a blank line after it (cold trial)")
    func listTitleAndSpacing() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.history?.fractures = [Fracture(site: .wristOrForearm, age: 60, lowTrauma: true)]
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let text = TextSheetRenderer().render(sheet).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = try #require(text.firstIndex(of: "Broken bones"))
        #expect(text[title + 1].hasPrefix("Bone ") && text[title + 1].contains("Age") && text[title + 1].contains("Low trauma"))
        #expect(text[title + 3].hasPrefix("Wrist"), "\(text[title + 3])")
        #expect(text[title + 4] == "", "a blank line before the next answer: \(text[title + 4])")
    }

    @Test("steps with no answer are named on one line, where the first of them stood, rather than vanish")
    func emptySteps() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.startBack = nil
        record.boneDensity = nil
        record.labs = nil
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let titles = sheet.sections.map { $0.title ?? "" }
        let unanswered = try #require(titles.firstIndex(of: "Steps with no answer"))
        #expect(titles[unanswered - 1] == "Answers: Red flags")
        #expect(sheet.sections[unanswered].blocks == [.paragraph("Bone density and labs; STarT Back.")])
        #expect(!titles.contains("Answers: STarT Back") && !titles.contains("Answers: Bone density and labs"))
    }
}
