import Foundation
import Testing
@testable import IntakeSheet

@Suite("PDF sheet")
struct PDFSheetTests {
    func render(_ sheet: IntakeSheet, paper: PaperSize = .a4) throws -> (PDFSheet, PDFInspector) {
        let pdf = try PDFSheetRenderer(paper: paper).render(sheet)
        return (pdf, try PDFInspector(pdf.data))
    }

    @Test("the PDF has one page per page of the text sheet, in its page tree")
    func pageCount() throws {
        let sheet = try SheetFixtures.exampleSheet("medication-alerts")
        let (pdf, inspector) = try render(sheet)
        #expect(pdf.data.starts(with: Array("%PDF-".utf8)))
        #expect(sheet.pages.count >= 2)
        #expect(inspector.pageCount == sheet.pages.count)
        #expect(inspector.pageObjects.count == sheet.pages.count)
    }

    @Test("fonts are embedded in the PDF")
    func fontsEmbedded() throws {
        let (_, inspector) = try render(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(inspector.embeddedFontFiles >= 1)
    }

    @Test("the patient's Polish name is in the PDF's text layer, as are the rule IDs")
    func nameInTextLayer() throws {
        let (_, inspector) = try render(try SheetFixtures.exampleSheet("urgent-fracture"))
        let text = try inspector.text()
        #expect(text.contains("Małgorzata Wiśniewska"))
        #expect(text.contains("RF-FX"))
        #expect(text.contains("Page 1 of"))
        #expect(text.contains("It is not a diagnosis"))
    }

    @Test("pdftotext also finds the name (a second reader; the one above needs no tools)")
    func pdftotextAgrees() throws {
        let (pdf, _) = try render(try SheetFixtures.exampleSheet("urgent-fracture"))
        #expect(try PopplerTools.text(pdf.data).contains("Małgorzata Wiśniewska"))
    }

    @Test("A4 and Letter give their page sizes", arguments: [(PaperSize.a4, 595.0, 842.0), (PaperSize.letter, 612.0, 792.0)])
    func paperSizes(_ paper: PaperSize, _ width: Double, _ height: Double) throws {
        let (_, inspector) = try render(try SheetFixtures.exampleSheet("routine-mechanical"), paper: paper)
        let box = inspector.mediaBox
        #expect(box.count == 4)
        #expect(abs((box.last ?? 0) - height) < 1 && abs((box.dropLast().last ?? 0) - width) < 1)
    }

    @Test("the PDF's title is not the patient's name")
    func titleIsNotTheName() throws {
        let sheet = try SheetFixtures.exampleSheet("urgent-fracture")
        let (pdf, _) = try render(sheet)
        #expect(!sheet.documentTitle.contains("Wiśniewska"))
        #expect(String(decoding: pdf.data, as: UTF8.self).contains("OsteoIntake intake sheet"))
    }

    @Test("characters no installed font has give a warning naming a font package and no patient data")
    func missingGlyphs() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        // Linear B syllables: no font on an ordinary Debian machine has them.
        record.patient?.name = "Zed \u{10000}\u{10001}\u{10002}"
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let (pdf, _) = try render(sheet)
        #expect(pdf.missingGlyphs > 0)
        let warning = try #require(pdf.warning)
        #expect(warning.contains("fonts-noto-core"))
        #expect(!warning.contains("Zed"))
        #expect(!warning.contains("U+10000"), "code points of a name are patient data too")
    }

    @Test("characters that print as boxes are named in red at the top of every page of the PDF itself")
    func missingGlyphsOnTheSheet() throws {
        var record = try SheetFixtures.record("medication-alerts")
        record.patient?.name = "Zed \u{10000}\u{10001}\u{10002}\u{10003}"
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let (pdf, inspector) = try render(sheet)
        #expect(pdf.missingCharacters == ["\u{10000}", "\u{10001}", "\u{10002}", "\u{10003}"])
        let line = "Some characters could not be printed: U+10000 U+10001 U+10002 +1 more"
        #expect(pdf.sheetWarning == line)
        let pages = inspector.pageTexts()
        #expect(pages.count == sheet.pages.count && pages.count >= 2)
        for (index, text) in pages.enumerated() { #expect(text.contains(line), "page \(index + 1)") }
        // The warning is in the margin: the PDF keeps the text sheet's lines and pages.
        #expect(!TextSheetRenderer().render(sheet).contains("could not be printed"))
        #expect(inspector.pageCount == sheet.pages.count)
    }

    @Test("right-to-left names print with real glyphs and reach the text layer", arguments: ["שרה כהן", "محمد الأحمد"])
    func rightToLeftNames(_ name: String) throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.patient?.name = name
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let (pdf, inspector) = try render(sheet)
        #expect(pdf.missingGlyphs == 0, "DejaVu (fonts-dejavu-core) covers Hebrew and Arabic")
        let text = try inspector.text()
        // Glyphs are stored in visual order; Arabic letters may be mapped from their joined forms.
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        let found = letters.filter { text.unicodeScalars.contains($0) }
        #expect(found.count == letters.count || text.contains(String(name.reversed())) || text.contains(name), "missing: \(letters.filter { !found.contains($0) }.map { String(format: "%04X", $0.value) })")
    }

    @Test("a CJK name is in the text layer when a CJK font is installed, else the warning names fonts-noto-cjk")
    func cjkName() throws {
        let record = try SheetFixtures.cjkRecord()
        let (pdf, inspector) = try render(IntakeSheet(record: record, context: SheetFixtures.context))
        if pdf.missingGlyphs == 0 {
            #expect(try inspector.text().contains("张伟明"))
        } else {
            #expect(pdf.warning?.contains("fonts-noto-cjk") == true)
            #expect(pdf.warning?.contains("张") == false)
        }
    }

    @Test("a Latin-script sheet needs no extra font")
    func noWarningForLatin() throws {
        let (pdf, inspector) = try render(try SheetFixtures.exampleSheet("routine-mechanical"))
        #expect(pdf.missingGlyphs == 0)
        #expect(pdf.warning == nil && pdf.sheetWarning == nil)
        #expect(!(try inspector.text()).contains("could not be printed"))
    }

    @Test("without cairo and pango the error names the Debian packages to install")
    func missingLibraries() throws {
        let renderer = PDFSheetRenderer(paper: .a4, library: CairoPango.load(cairo: "libcairo-not-here.so.9"))
        do {
            _ = try renderer.render(try SheetFixtures.exampleSheet("routine-mechanical"))
            Issue.record("rendering without cairo should fail")
        } catch let error as PDFUnavailableError {
            #expect(error.description.contains("libcairo2 libpango-1.0-0 libpangocairo-1.0-0"))
            #expect(error.description.contains("libcairo-not-here.so.9"))
            #expect(error.description.contains("--text"))
        }
    }
}
