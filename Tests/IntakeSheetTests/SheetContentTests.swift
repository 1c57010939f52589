import Assessment
import Foundation
import IntakeModel
import IntakeReport
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
        let report = IntakeReport.make(record: try SheetFixtures.record(name))
        let page = body(of: sheet.pages[0])
        let order = ["URGENCY:", "-- Red flags", "-- Recommendations", "-- Medication alerts"].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil }, "\(name): \(order)")
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted(), "\(name)")
        for recommendation in report.recommendations { #expect(page.contains(recommendation.id), "\(name): \(recommendation.id)") }
        // Alerts start on page 1; ten long ones (medication-alerts) go on over the page, still
        // before the patient's details.
        if let first = report.medicationAlerts.first { #expect(page.contains(first.rule), "\(name): \(first.rule)") }
        let whole = text(sheet)
        if let patient = whole.range(of: "-- Answers: Patient") {
            let alerts = try #require(whole.range(of: "-- Medication alerts"))
            #expect(alerts.lowerBound < patient.lowerBound)
            for alert in report.medicationAlerts {
                #expect(whole.range(of: alert.rule).map { $0.lowerBound < patient.lowerBound } == true, "\(name): \(alert.rule)")
            }
        }
        // Page 1 is never over-full: exactly the grid, no line over 80 columns.
        #expect(sheet.pages[0].allLines.count == SheetGrid.linesPerPage)
        #expect(sheet.pages[0].allLines.allSatisfy { DisplayWidth.of(TextSheetRenderer.text(of: $0)) <= SheetGrid.columns })
    }

    @Test("each recommendation on page 1 carries its cost estimate, right after its own text", arguments: examples)
    func recommendationCostsOnPageOne(_ name: String) throws {
        let sheet = try SheetFixtures.exampleSheet(name)
        let report = IntakeReport.make(record: try SheetFixtures.record(name))
        let page = body(of: sheet.pages[0]).replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        for recommendation in report.recommendations {
            guard let cost = recommendation.costText else { continue }
            let squeezedText = recommendation.text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            #expect(page.contains("\(recommendation.id) \(squeezedText) \(cost)"), "\(name): \(recommendation.id) without \(cost)")
        }
        #expect(report.recommendations.contains { $0.costText != nil } || name == "emergency-cauda-equina" || report.recommendations.isEmpty,
                "\(name): no recommendation has a cost, the test pins nothing")
    }

    @Test("every page names the patient, the date of birth and the patient number")
    func patientOnEveryPage() throws {
        var record = try SheetFixtures.record("medication-alerts")
        record.patient?.identifier = "MRN 0042-17"
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        #expect(sheet.pages.count > 1)
        for page in sheet.pages {
            let header = page.header.map(TextSheetRenderer.text(of:)).joined(separator: "\n")
            #expect(header.contains("Patient number: MRN 0042-17"), "page \(page.number)")
            #expect(header.contains("Born: "), "page \(page.number)")
            #expect(header.contains("Page \(page.number) of \(sheet.pages.count)"))
        }
    }

    @Test("alerts that do not fit on page 1 go on over the page, every page still exactly the grid")
    func overflowBreaksAcrossPages() throws {
        let record = try SheetFixtures.record("medication-alerts")
        var report = IntakeReport.make(record: record)
        report.medicationAlerts += report.medicationAlerts + report.medicationAlerts
        let sheet = IntakeSheet(report: report, record: record, context: SheetContext(status: "in-progress"))
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
        #expect(notice.contains(ReportText.english.pricesNotice))
    }

    @Test("every recommendation that has a price is marked, and a sheet without one marks none")
    func pricesMarkedOrNot() throws {
        let text = text(try SheetFixtures.exampleSheet("male-patient"))
        let marked = text.split(separator: "\n").filter { $0.hasPrefix("> ") && $0.contains("USD") }
        #expect(marked.count == 4)
        let record = try SheetFixtures.record("emergency-cauda-equina")
        var report = IntakeReport.make(record: record)
        report.recommendations.removeAll { $0.cost != nil }
        report.priceTable = report.priceTable.map { row in var row = row; row.recommended = false; return row }
        let none = self.text(IntakeSheet(report: report, record: record, context: SheetFixtures.context))
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
        // The same words as the summary screen and `intake assess`: the questionnaire's name of the
        // field, then the message.
        #expect(text.contains("Medicine 3 (prednisolone): glucocorticoid without a daily dose in mg: the glucocorticoid rules could not use it"))
        #expect(text.contains("Medicine 4 (turmeric capsules): 'turmeric capsules' is not in the medication dictionary: no rule could use it"))
        #expect(!text.contains("red-flag question not asked"))
        #expect(text.contains("Staff must still ask: numbness or altered feeling in the saddle area"))
    }

    @Test("a Z-score patient's REC-DXA says Z-score")
    func zScoreReport() throws {
        var record = try SheetFixtures.record("urgent-fracture")
        record.history?.menopause?.status = .premenopausal  // a Z-score patient; the fracture still fires DX-5
        #expect(IntakeReport.make(record: record).assessment.dxa.report == .zScore)
        let text = flat(IntakeSheet(record: record, context: SheetFixtures.context))
        #expect(text.contains("reported as a Z-score"))
        #expect(!text.contains("dxa.report"))
    }

    @Test("a unit agrees with its count: 1 UK unit, 2 UK units; Page 1 of 1")
    func plurals() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.history?.alcoholPerDay = AlcoholAmount(value: 1, unit: .ukUnits)
        #expect(text(IntakeSheet(record: record, context: SheetFixtures.context)).contains("Alcohol per day       1 UK unit\n"))
        record.history?.alcoholPerDay = AlcoholAmount(value: 1, unit: .usDrinks)
        #expect(text(IntakeSheet(record: record, context: SheetFixtures.context)).contains("Alcohol per day       1 US drink (1.75 UK units)\n"))
        record.history?.alcoholPerDay = AlcoholAmount(value: 2, unit: .ukUnits)
        #expect(text(IntakeSheet(record: record, context: SheetFixtures.context)).contains("Alcohol per day       2 UK units\n"))
        let short = IntakeSheet(record: IntakeRecord(), context: SheetFixtures.context)
        #expect(self.text(short).contains("Page 1 of \(short.pages.count)\n"))
    }

    @Test("rule IDs are listed with their names: urgency box, red flags, DXA and spine imaging")
    func ruleNames() throws {
        let text = flat(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(text.contains("Red flags: RF-FX: possible vertebral fracture"))
        #expect(text.contains("RF-FX URGENT: possible vertebral fracture, because sudden onset with minor or no trauma, age 70 or over"))
        #expect(text.contains("DX-1: woman aged 65 or over; DX-5: fragility fracture, glucocorticoid, or a bone-loss medicine or disease"))
        #expect(text.contains("SI-1: suspected vertebral fracture"))
        #expect(!text.contains("age 70 plus"))
        // One table of rule names (the engine's): every RF, DX and SI rule has a name in it.
        let words = AssessmentText.english
        for rule in RedFlagRule.allCases { #expect(words.name(of: rule) != rule.rawValue, "\(rule) has no name") }
        for rule in DXARule.allCases { #expect(words.name(of: rule) != rule.rawValue, "\(rule) has no name") }
        for rule in SpineImagingRule.allCases { #expect(words.name(of: rule) != rule.rawValue, "\(rule) has no name") }
    }

    @Test("a measured height loss keeps one unit")
    func heightLossUnit() throws {
        let text = text(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(text.contains("Height loss measured  2.5 cm\n"))
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
