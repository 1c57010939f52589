import Assessment
import Foundation
import IntakeModel
import Testing
@testable import IntakeSheet
import PlainText

@Suite("Sheet layout")
struct SheetLayoutTests {
    @Test("every page has a header with the clinic, the patient and page N of M, and the notice in its footer")
    func headerAndFooterOnEveryPage() throws {
        let sheet = try SheetFixtures.exampleSheet("medication-alerts")
        #expect(sheet.pages.count >= 2)
        for page in sheet.pages {
            let text = page.allLines.map(\.plainText)
            #expect(text[0].contains("Riverside Spine Clinic") && text[0].contains("Page \(page.number) of \(sheet.pages.count)"))
            #expect(text[1] == "Patient: 山田 花子")
            #expect(text.contains { $0.contains("Record: medication-alerts") && $0.contains("Status: final") })
            #expect(page.footer.map(\.plainText).joined(separator: " ").contains("It is not a diagnosis"))
            #expect(page.allLines.count == SheetGrid.linesPerPage)
        }
    }

    @Test("the text sheet has 66-line pages separated by form feeds and no line over 80 columns")
    func textGrid() throws {
        let text = TextSheetRenderer().render(try SheetFixtures.exampleSheet("medication-alerts"))
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 3)
        for page in pages {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == SheetGrid.linesPerPage + 1 && lines.last == "")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= SheetGrid.columns })
        }
    }

    @Test("medication table columns line up whatever the script of the names")
    func tableAlignment() throws {
        let record = try SheetFixtures.cjkRecord()
        let text = TextSheetRenderer().render(IntakeSheet(record: record, context: SheetFixtures.context))
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("Medicine ") })
        let doseHeader = try #require(header.range(of: "mg/day"))
        let doseColumn = DisplayWidth.of(String(header[..<doseHeader.lowerBound]))
        let doses = ["diazepam": "15", "codeine": "120", "布洛芬缓释胶囊": "600"]
        for (name, dose) in doses {
            let row = try #require(lines.first { $0.hasPrefix(name + " ") }, "\(name)")
            let at = try #require(row.range(of: " " + dose), "\(row)")
            #expect(DisplayWidth.of(String(row[..<at.lowerBound])) + 1 == doseColumn, "\(row)")
        }
    }

    @Test("red flags and medication alerts name their rule IDs; high-priority alerts come first")
    func ruleIDs() throws {
        let text = TextSheetRenderer().render(try SheetFixtures.exampleSheet("medication-alerts"))
        let ids = ["MA-BP-RENAL", "MA-HYPOCA", "MA-VTE", "MA-GC", "MA-FALLS"]
        let positions = ids.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        let emergency = TextSheetRenderer().render(try SheetFixtures.exampleSheet("emergency-cauda-equina"))
        #expect(emergency.contains("URGENCY: EMERGENCY"))
        #expect(emergency.contains("RF-CES"))
    }

    @Test("recommendations carry their cost estimates and the notice that prices change")
    func costs() throws {
        let text = TextSheetRenderer().render(try SheetFixtures.exampleSheet("medication-alerts"))
        #expect(text.contains("USD 125-300"))
        #expect(text.contains("prices change"))
    }

    @Test("the T-score marker sits in the band of its class", arguments: [(-3.0, "#"), (-2.3, "+"), (-0.5, "."), (1.5, ".")])
    func tScoreMarker(_ score: Double, _ band: Character) {
        let lines = SheetLayout(strings: SheetStrings()).tScoreBar(SheetTScoreBar(score: score))
        let marker = TextSheetRenderer.text(of: lines[0])
        let bar = TextSheetRenderer.text(of: lines[1])
        let column = marker.firstIndex(of: "v").map { marker.distance(from: marker.startIndex, to: $0) }!
        #expect(Array(bar)[column] == band)
    }

    @Test("the height-loss bar fills the loss against the 4 cm line and says it in words",
          arguments: [(6.0, 30), (2.5, 13), (11.0, 40)])
    func heightLossBar(_ loss: Double, _ filled: Int) {
        let lines = SheetLayout(strings: SheetStrings()).heightLossBar(SheetHeightLossBar(lossCm: loss)).map(TextSheetRenderer.text(of:))
        let bar = String(lines[0].dropFirst(SheetLayout.labelWidth))
        #expect(lines[0].hasPrefix("Height lost"))
        #expect(bar.hasPrefix("["))
        let inside = Array(bar.dropFirst().prefix(SheetHeightLossBar.barWidth))
        #expect(inside[SheetHeightLossBar.thresholdOffset] == "|")
        #expect(inside.enumerated().filter { $0.element == "#" || ($0.offset == SheetHeightLossBar.thresholdOffset && $0.offset < filled) }.count == filled)
        #expect(lines[1].contains("4 cm") && lines[1].contains("8 cm"))
        #expect(lines[2...].joined(separator: " ").contains("\(SheetFormat.number(loss)) cm lost since the tallest adult height"))
    }

    @Test("the patient section has the height-loss bar only when a historical loss is known")
    func heightLossBarOnlyWithLoss() throws {
        let withLoss = TextSheetRenderer().render(try SheetFixtures.exampleSheet("urgent-fracture"))
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        #expect(withLoss.contains("Height lost [####################|#########..........]"))
        #expect(withLoss.contains("6 cm lost since the tallest adult height; line at 4 cm."))
        let pdfText = try PopplerTools.text(try PDFSheetRenderer(paper: .a4).render(try SheetFixtures.exampleSheet("urgent-fracture")).data)
        #expect(pdfText.contains("6 cm lost since the tallest adult height"))
        #expect(!pdfText.contains("#|"))  // the bar is drawn, not printed
        var record = try SheetFixtures.record("urgent-fracture")
        record.body?.tallestAdultHeight = nil
        let without = TextSheetRenderer().render(IntakeSheet(record: record, context: SheetFixtures.context))
        #expect(!without.contains("Height lost"))
    }

    @Test("the T-score scale says in words where the score lies",
          arguments: [(-3.0, "osteoporosis"), (-2.5, "osteoporosis"), (-2.3, "osteopenia"), (-1.0, "normal"), (1.5, "normal")])
    func tScoreWords(_ score: Double, _ band: String) {
        let lines = SheetLayout(strings: SheetStrings()).tScoreBar(SheetTScoreBar(score: score)).map(TextSheetRenderer.text(of:))
        #expect(lines.last?.contains("T-score \(SheetFormat.score(score)): in the \(band) band") == true, "\(lines)")
        let none = SheetLayout(strings: SheetStrings()).tScoreBar(SheetTScoreBar(score: nil)).map(TextSheetRenderer.text(of:))
        #expect(!none.joined().contains(" band"))
    }

    @Test("the back map fills exactly the painful regions")
    func backMap() {
        let figure = SheetBackMap(painful: [.lowerBack], radiation: .leftLeg).figureRows
        #expect(figure[4].contains("#####"))
        #expect(!figure[2].contains("#"))
        #expect(figure[7].hasPrefix("   ||"))
    }

    @Test("a section that goes on over the page repeats its heading, marked continued, at the top of the next (cold trial)")
    func continuedHeading() throws {
        let sheet = try SheetFixtures.exampleSheet("medication-alerts")
        let bodies = sheet.pages.map { $0.body.map(TextSheetRenderer.text(of:)) }
        var continued = 0
        for (index, body) in bodies.enumerated() where index > 0 {
            guard let first = body.first(where: { !$0.isEmpty }), !first.hasPrefix("-- ") || first.contains("(continued)") else { continue }
            // a page that starts inside a section starts with that section's heading, continued
            #expect(first.hasPrefix("-- ") && first.contains("(continued)"), "page \(index + 1) starts with '\(first)'")
            let title = first.dropFirst(3).components(separatedBy: " (continued)")[0]
            #expect(bodies[index - 1].contains { $0.hasPrefix("-- " + title + " ") }, "\(title) began on the page before")
            continued += 1
        }
        #expect(continued >= 1, "the ten alerts go on over page 1")
    }

    @Test("Spanish signature labels are printed whole, with a line to write on beside each")
    func spanishSignatureLabels() {
        let lines = SheetLayout(strings: SheetStrings(language: .spanish))
            .signatureLines(["Revisado por (nombre)", "Firma", "Fecha y hora", "Comentarios"]).map(TextSheetRenderer.text(of:))
        #expect(lines.contains { $0.hasPrefix("Revisado por (nombre) ___") }, "\(lines)")
    }
}

