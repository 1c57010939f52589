import Foundation
import IntakeReport
import Testing
@testable import IntakeSheet

/// The typeset PDF as a reader and a reviewer see it through poppler-utils: its text layer in the
/// report's order, its fonts, page 1, and page 1's picture against a golden image.
@Suite("Typeset PDF sheet", .serialized)
struct PDFTypesettingTests {
    static let examples = SheetContentTests.examples

    static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The first of `parts` that `text` lacks after the parts before it, nil when all are there in order.
    static func firstMissing(_ parts: [String], in text: String) -> String? {
        let text = squeezed(text)
        var cursor = text.startIndex
        for part in parts {
            guard let found = text.range(of: squeezed(part), range: cursor..<text.endIndex) else { return part }
            cursor = found.upperBound
        }
        return nil
    }

    func pdf(_ name: String) throws -> (Data, IntakeReport, IntakeSheet) {
        let sheet = try SheetFixtures.exampleSheet(name)
        return (try PDFSheetRenderer(paper: .a4).render(sheet).data, IntakeReport.make(record: try SheetFixtures.record(name)), sheet)
    }

    @Test("the text layer holds every rule ID, recommendation, warning and the notice, in the sheet's order", arguments: examples)
    func textLayerInOrder(_ name: String) throws {
        let (data, report, sheet) = try pdf(name)
        let text = try PopplerTools.text(data)
        let parts = report.redFlags.map(\.rule) + report.recommendations.flatMap { [$0.id, $0.text] }
            + report.medicationAlerts.map(\.rule) + report.warnings.map(\.text)
        #expect(!parts.isEmpty)
        #expect(Self.firstMissing(parts, in: text) == nil, "\(name): \(Self.firstMissing(parts, in: text) ?? "")")
        let notice = try #require(report.notices.first { $0.id == "not-a-diagnosis" }?.text ?? report.notices.first?.text)
        let pages = text.split(separator: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == sheet.pages.count)
        for page in pages { #expect(Self.squeezed(String(page)).contains(Self.squeezed(notice)), "\(name): a page lacks the notice") }
    }

    @Test("the text layer has words, not the text sheet's ASCII drawing", arguments: ["urgent-fracture"])
    func noAsciiDrawing(_ name: String) throws {
        let text = try PopplerTools.text(try pdf(name).0)
        #expect(!text.contains("====="))
        #expect(!text.contains("-- Red flags"))
        #expect(text.contains("Red flags"))
        #expect(!text.contains("+-----"))
        #expect(!text.contains("###############"))  // the T-score bar; the pain score keeps its short bar in words
    }

    @Test("the back map is drawn, not printed: the PDF's text has its caption and the painful regions in words")
    func backMapDrawn() throws {
        let (data, _, sheet) = try pdf("male-patient")
        let text = try PopplerTools.text(data)
        let printed = TextSheetRenderer().render(sheet)
        #expect(printed.contains("|#####|"))  // the text sheet's figure: lower back painful
        #expect(!text.contains("|#####|") && !text.contains("( )"))
        #expect(text.contains("Pain map"))
        #expect(text.contains("Middle of the back; Lower back"))
    }

    @Test("pdffonts lists a proportional font, no fixed-pitch one, and every font embedded", arguments: examples)
    func fonts(_ name: String) throws {
        let rendered = try PDFSheetRenderer(paper: .a4).render(try SheetFixtures.exampleSheet(name))
        let fonts = try PopplerTools.fonts(rendered.data)
        #expect(!fonts.isEmpty)
        #expect(fonts.contains { $0.name.contains("Sans") && !$0.name.contains("Mono") }, "\(name): \(fonts.map(\.name))")
        // pango draws the boxes of characters no font has (a CJK name here without a CJK font)
        // in a fixed-pitch font; text that has glyphs never is.
        if rendered.missingGlyphs == 0 { #expect(!fonts.contains { $0.name.contains("Mono") }, "\(name): \(fonts.map(\.name))") }
        #expect(fonts.allSatisfy { $0.embedded }, "\(name): \(fonts.filter { !$0.embedded }.map(\.name))")
    }

    @Test("page 1's text holds the urgency, the red flags, the recommendations and the first alerts", arguments: examples)
    func pageOne(_ name: String) throws {
        let (data, report, _) = try pdf(name)
        let page = try PopplerTools.text(data, pages: 1...1)
        #expect(Self.squeezed(page).contains(Self.squeezed(report.urgency.text)), "\(name)")
        for part in report.redFlags.map(\.rule) + report.recommendations.map(\.id) + report.recommendations.compactMap(\.costText) {
            #expect(Self.squeezed(page).contains(Self.squeezed(part)), "\(name): \(part)")
        }
        if let first = report.medicationAlerts.first { #expect(page.contains(first.rule), "\(name): \(first.rule)") }
    }

    @Test("page 1 looks like its golden image (pdftoppm, 50 dpi, under 2% of pixels differ)",
          arguments: ["urgent-fracture", "medication-alerts"])
    func goldenPageOne(_ name: String) throws {
        let png = try PopplerTools.pageOnePNG(try pdf(name).0, resolution: 50)
        let golden = SheetFixtures.goldenDirectory.appendingPathComponent("pdf/\(name)-page1.png")
        let actual = golden.deletingPathExtension().appendingPathExtension("actual.png")
        if ProcessInfo.processInfo.environment["OSTEO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try png.write(to: golden)
        }
        #expect(png.count < 100_000, "the golden image should stay small")
        let expected = try PNGComparison.decode(try Data(contentsOf: golden))
        let difference = PNGComparison.differingFraction(expected, try PNGComparison.decode(png))
        if difference >= 0.02 { try png.write(to: actual) } else { try? FileManager.default.removeItem(at: actual) }
        #expect(difference < 0.02, "\(name): \(Int(difference * 1000)) per mille of page 1 differs; see \(actual.path)")
    }

    @Test("the comparison sees a changed page: another example's page 1 differs by more than the tolerance")
    func goldenComparisonCatchesChange() throws {
        let one = try PNGComparison.decode(try PopplerTools.pageOnePNG(try pdf("urgent-fracture").0, resolution: 50))
        let other = try PNGComparison.decode(try PopplerTools.pageOnePNG(try pdf("medication-alerts").0, resolution: 50))
        #expect(PNGComparison.differingFraction(one, one) == 0)
        #expect(PNGComparison.differingFraction(one, other) >= 0.02)
    }
}
