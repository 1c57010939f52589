import Foundation
import IntakeModel
import Testing
@testable import IntakeSheet
import PlainText

/// What page 1 holds, the reference prices, and the words of the sheet (no JSON keys, plurals,
/// rule names).
@Suite("Sheet content: page 1, prices, words")
struct SheetContentTests {
    static let examples = ["urgent-fracture", "medication-alerts", "routine-mechanical", "male-patient", "imperial-units",
                           "emergency-cauda-equina"]

    func text(_ sheet: IntakeSheet) -> String { TextSheetRenderer().render(sheet) }

    /// The sheet's text as one line: wrapped lines joined, runs of spaces as one.
    func flat(_ sheet: IntakeSheet) -> String {
        text(sheet).replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    func body(of page: SheetPage) -> String { page.body.map(TextSheetRenderer.text(of:)).joined(separator: "\n") }

    @Test("recommendations and medication alerts are on page 1, after the urgency box and red flags, before the patient details",
          arguments: examples)
    func pageOne(_ name: String) throws {
        let sheet = try SheetFixtures.exampleSheet(name)
        let assessment = try SheetFixtures.expectedAssessment(name)
        let page = body(of: sheet.pages[0])
        let order = ["URGENCY:", "-- Red flags", "-- Recommendations", "-- Medication alerts"].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(name): \(order)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(name)")
        for recommendation in assessment.recommendations { #expect(page.contains(recommendation.id), "\(name): \(recommendation.id)") }
        for alert in assessment.medicationAlerts { #expect(page.contains(alert.rule), "\(name): \(alert.rule)") }
        if let patient = text(sheet).range(of: "-- Patient and measurements") {
            let alerts = try #require(text(sheet).range(of: "-- Medication alerts"))
            #expect(alerts.lowerBound < patient.lowerBound)
        }
        // Page 1 is never over-full: exactly the grid, no line over 80 columns.
        #expect(sheet.pages[0].allLines.count == SheetGrid.linesPerPage)
        #expect(sheet.pages[0].allLines.allSatisfy { DisplayWidth.of(TextSheetRenderer.text(of: $0)) <= SheetGrid.columns })
    }

    @Test("alerts that do not fit on page 1 go on over the page, every page still exactly the grid")
    func overflowBreaksAcrossPages() throws {
        var assessment = try SheetFixtures.expectedAssessment("medication-alerts")
        assessment.medicationAlerts += assessment.medicationAlerts + assessment.medicationAlerts
        let sheet = IntakeSheet(record: try SheetFixtures.record("medication-alerts"), assessment: assessment,
                                context: SheetContext(status: "in-progress"))
        #expect(body(of: sheet.pages[0]).contains("-- Medication alerts"))
        #expect(body(of: sheet.pages[1]).contains("MA-"))
        for page in sheet.pages { #expect(page.allLines.count == SheetGrid.linesPerPage) }
        for paper in [PaperSize.a4, .letter] {
            let inspector = try PDFInspector(try PDFSheetRenderer(paper: paper).render(sheet).data)
            #expect(inspector.pageCount == sheet.pages.count)
        }
    }

    @Test("the reference prices list the whole seed table, the fired recommendation's row marked, with the notice")
    func prices() throws {
        let text = text(try SheetFixtures.exampleSheet("urgent-fracture"))
        let section = String(text[try #require(text.range(of: "-- Reference prices"))!.lowerBound...])
        let rows = section.split(separator: "\n").prefix(9)
        func row(_ service: String) -> String? { rows.first { $0.contains(service) }.map(String.init) }
        #expect(row("DXA bone density scan")?.hasPrefix("> ") == true)
        #expect(row("DXA bone density scan")?.contains("radiology centers") == true)
        #expect(row("DXA bone density scan")?.contains("USD 125-300 per scan") == true)
        #expect(row("Osteoporosis medications")?.hasPrefix("  ") == true)
        #expect(row("Osteoporosis medications")?.contains("pharmacy/insurance") == true)
        #expect(row("Osteoporosis medications")?.contains("USD 20-500 per month") == true)
        #expect(row("Physical therapy")?.hasPrefix("  ") == true)
        #expect(row("Physical therapy")?.contains("rehabilitation centers") == true)
        #expect(row("Physical therapy")?.contains("USD 75-150 per session") == true)
        #expect(row("Endocrinologist consultation")?.hasPrefix("  ") == true)
        #expect(row("Endocrinologist consultation")?.contains("specialist clinics") == true)
        #expect(row("Endocrinologist consultation")?.contains("USD 300-600 initial visit") == true)
        #expect(section.contains("> recommended for this patient (REC-DXA)"))
        let notice = section.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        #expect(notice.contains("Prices are estimates from a seed price table") && notice.contains("prices change"))
    }

    @Test("every recommendation that has a price is marked, and a sheet without one marks none")
    func pricesMarkedOrNot() throws {
        let text = text(try SheetFixtures.exampleSheet("male-patient"))
        let marked = text.split(separator: "\n").filter { $0.hasPrefix("> ") && $0.contains("USD") }
        #expect(marked.count == 4)
        var assessment = try SheetFixtures.expectedAssessment("emergency-cauda-equina")
        assessment.recommendations.removeAll { $0.costEstimate != nil }
        let none = self.text(IntakeSheet(record: try SheetFixtures.record("emergency-cauda-equina"), assessment: assessment,
                                         context: SheetFixtures.context))
        #expect(!none.split(separator: "\n").contains { $0.hasPrefix("> ") })
        #expect(none.contains("None of these is recommended for this patient."))
        #expect(none.contains("USD 300-600 initial visit"))
    }

    @Test("no JSON key on the sheet: REC-DXA says which score the scan is reported as", arguments: examples)
    func noJSONKeys(_ name: String) throws {
        let text = flat(try SheetFixtures.exampleSheet(name))
        #expect(!text.contains("dxa.report"))
        #expect(!text.contains("dxa.") && !text.contains("costEstimate"))
        #expect(text.contains("reported as a T-score"))
    }

    @Test("warnings say where in the sheet's words, not as JSON Pointers; questions not asked are not listed again")
    func warningsInWords() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.redFlags?.saddleNumbness = nil
        record.medications = (record.medications ?? []) + [Medication(name: "prednisolone", years: 1), Medication(name: "turmeric capsules")]
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let text = flat(sheet)
        #expect(!text.contains("(/") && !text.contains("/redFlags/") && !text.contains("/medications/"))
        #expect(!text.contains("doseMgPerDay") && !text.contains("lastDoseDate"))
        #expect(text.contains("glucocorticoid without a dose: the glucocorticoid rules could not use it (medicine"))
        #expect(text.contains("is not in the medication dictionary: no rule could use it (medicine"))
        #expect(!text.contains("red-flag question not asked"))
        #expect(text.contains("Staff must still ask: saddle numbness"))
    }

    @Test("a Z-score patient's REC-DXA says Z-score")
    func zScoreReport() throws {
        var assessment = try SheetFixtures.expectedAssessment("urgent-fracture")
        assessment.dxa?.report = "z-score"
        let text = flat(IntakeSheet(record: try SheetFixtures.record("urgent-fracture"), assessment: assessment,
                                    context: SheetFixtures.context))
        #expect(text.contains("reported as a Z-score"))
        #expect(!text.contains("dxa.report"))
    }

    @Test("counts agree with their nouns: 1 day, 1 month, 1 year; 2 days; Page 1 of 1")
    func plurals() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.symptoms?.startDate = nil
        record.symptoms?.daysAgo = 1
        record.medications = [Medication(name: "alendronate", years: 1), Medication(name: "sertraline", months: 1),
                              Medication(name: "omeprazole", years: 2)]
        let text = text(IntakeSheet(record: record, assessment: nil, context: SheetFixtures.context))
        #expect(text.contains("1 day before the visit"))
        #expect(!text.contains("1 days") && !text.contains("1 months") && !text.contains("1 years"))
        #expect(self.text(try SheetFixtures.exampleSheet("male-patient")).contains("Alcohol per day       1 UK unit\n"))
        #expect(text.contains("1 year") && text.contains("1 month") && text.contains("2 years"))
        record.symptoms?.daysAgo = 2
        #expect(self.text(IntakeSheet(record: record, assessment: nil, context: SheetFixtures.context)).contains("2 days before the visit"))
        let short = IntakeSheet(record: IntakeRecord(), assessment: nil, context: SheetFixtures.context)
        #expect(short.pages.count == 1)
        #expect(self.text(short).contains("Page 1 of 1"))
    }

    @Test("rule IDs are listed with their names: urgency box, red flags, DXA and spine imaging")
    func ruleNames() throws {
        let text = flat(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(text.contains("Red flags: RF-FX: possible spinal fracture"))
        #expect(text.contains("RF-FX URGENT, possible spinal fracture: sudden onset with minor or no trauma; age 70 or over"))
        #expect(text.contains("DX-1: woman 65 or over; DX-5: fracture or cause of bone loss"))
        #expect(text.contains("SI-1: suspected spinal fracture"))
        #expect(!text.contains("age 70 plus"))
        for rule in ["RF-CES", "RF-NEURO", "RF-MSCC", "RF-MAL", "RF-INF", "RF-FX", "RF-AAA", "RF-IBP"]
            + (1...6).map { "DX-\($0)" } + (1...8).map { "SI-\($0)" } {
            #expect(SheetStrings().ruleName(rule) != nil, "\(rule) has no name")
        }
    }

    @Test("a measured height loss keeps one unit")
    func heightLossUnit() throws {
        let text = text(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(text.contains("2.5 cm measured in clinic"))
        #expect(!text.contains("cm cm"))
    }

    @Test("the not-screened urgency box still names how many questions and which, never as routine")
    func notScreenedKept() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.redFlags?.saddleNumbness = nil
        record.redFlags?.feverOrRigors = nil
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let text = text(sheet)
        #expect(text.contains("URGENCY: Red-flag screen not done (2 of 15 questions not asked)"))
        #expect(text.contains("Staff must still ask:"))
        #expect(!text.contains("URGENCY: ROUTINE"))
        #expect(sheet.pages[0].body.contains { $0.style == .urgency("not-screened") })
    }
}
