import Catalog
import Foundation

/// The sheet as a PDF, typeset with cairo and pango (loaded at run time, see `CairoPango`): the
/// same pages and lines as the text sheet, in a proportional sans-serif with tabular figures, with
/// headings a size larger, real rules, a shaded urgency box and table headers, a drawn T-score
/// scale and back map (`PDFPagePainter`). pango picks fonts for every script (accents, Polish,
/// CJK, right-to-left Arabic and Hebrew) and cairo embeds them with ToUnicode maps, so the text
/// can be copied and searched.
public struct PDFSheetRenderer: Sendable {
    public var paper: PaperSize
    /// Font families, in order; fontconfig adds fallbacks for characters they lack.
    public var fontFamilies = "DejaVu Sans,Liberation Sans,Noto Sans,sans-serif"
    let library: Result<CairoPango, PDFUnavailableError>

    public init(paper: PaperSize) {
        self.paper = paper
        self.library = CairoPango.shared
    }

    init(paper: PaperSize, library: Result<CairoPango, PDFUnavailableError>) {
        self.paper = paper
        self.library = library
    }

    /// True when cairo and pango could be loaded on this machine.
    public static var isAvailable: Bool {
        if case .success = CairoPango.shared { return true }
        return false
    }

    /// The PDF bytes, and a warning when some characters had no glyph in any installed font.
    ///
    /// Such characters print as boxes, so the sheet itself says so: when the first drawing finds
    /// any (pango_layout_get_unknown_glyphs_count, per cell), the PDF is drawn again with "Some
    /// characters could not be printed: U+10000 ..." in red in the top margin of every page. The
    /// margin keeps the PDF's lines and page breaks those of the text sheet, which has the
    /// characters themselves.
    public func render(_ sheet: IntakeSheet) throws -> PDFSheet {
        let cairo = try library.get()
        let first = try draw(sheet, cairo: cairo, warning: nil)
        guard !first.missingCharacters.isEmpty || first.unknownGlyphs > 0 else {
            return PDFSheet(data: first.data, missingGlyphs: 0, missingCharacters: [], fontAdvice: nil)
        }
        let strings = SheetStrings(language: Language(rawValue: sheet.language) ?? .english)
        let warning = PDFSheet.sheetWarning(first.missingCharacters, strings: strings)
        let second = try draw(sheet, cairo: cairo, warning: warning)
        return PDFSheet(data: second.data, missingGlyphs: first.unknownGlyphs, missingCharacters: first.missingCharacters,
                        fontAdvice: FontAdvice.package(for: sheet), sheetWarning: warning)
    }

    struct Drawing {
        var data: Data
        var unknownGlyphs: Int
        var missingCharacters: [Character]
    }

    func draw(_ sheet: IntakeSheet, cairo: CairoPango, warning: String?) throws -> Drawing {
        let sink = PDFByteSink()
        let size = paper.points
        let writer: CairoPango.WriteFunction = { closure, bytes, length in
            guard let closure, let bytes else { return 0 }
            Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return 0
        }
        let surface = cairo.pdfSurfaceCreateForStream(writer, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)
        defer { cairo.surfaceDestroy(surface) }
        guard cairo.surfaceStatus(surface) == 0 else { throw PDFRenderError(step: .sheetPdfFailedSurface) }
        // cairo_pdf_metadata_t: 0 = title, 4 = creator. The title is never the patient's name.
        cairo.pdfSurfaceSetMetadata?(surface, 0, sheet.documentTitle)
        cairo.pdfSurfaceSetMetadata?(surface, 4, "OsteoIntake")

        let context = cairo.create(surface)
        defer { cairo.destroy(context) }
        var painter = PDFPagePainter(cairo: cairo, context: context, paper: paper, fontFamilies: fontFamilies)
        defer { painter.release() }
        for page in sheet.pages {
            painter.paint(page, watermark: sheet.watermark, warning: warning)
            cairo.showPage(context)
        }
        guard cairo.status(context) == 0 else { throw PDFRenderError(step: .sheetPdfFailedDrawing) }
        cairo.surfaceFinish(surface)
        guard cairo.surfaceStatus(surface) == 0 else { throw PDFRenderError(step: .sheetPdfFailedFinish) }
        return Drawing(data: sink.data, unknownGlyphs: painter.unknownGlyphs, missingCharacters: painter.missingCharacters)
    }
}

/// A rendered PDF.
public struct PDFSheet: Sendable {
    public var data: Data
    /// Characters drawn as "missing glyph" boxes because no installed font has them.
    public var missingGlyphs: Int
    /// Those characters, each once, in the order the sheet first has them.
    public var missingCharacters: [Character]
    /// The Debian font package to install when glyphs are missing.
    public var fontAdvice: String?
    /// The line printed in the top margin of every page when glyphs are missing, nil otherwise.
    public var sheetWarning: String?

    public init(data: Data, missingGlyphs: Int, missingCharacters: [Character], fontAdvice: String?, sheetWarning: String? = nil) {
        self.data = data; self.missingGlyphs = missingGlyphs; self.missingCharacters = missingCharacters
        self.fontAdvice = fontAdvice; self.sheetWarning = sheetWarning
    }

    /// The warning for the person printing (standard error of `intake print`), or nil when
    /// every glyph was found. It never contains patient data, not even the code points.
    public var warning: String? { warning(in: .english) }

    /// The warning in `language` (the staff's: it is for the person printing).
    public func warning(in language: Language) -> String? {
        guard missingGlyphs > 0 || !missingCharacters.isEmpty else { return nil }
        let count = missingCharacters.isEmpty ? missingGlyphs : missingCharacters.count
        let package = fontAdvice ?? FontAdvice.general
        return count == 1 ? Catalog(language)(.sheetPdfMissingGlyphOne, ["package": package])
            : Catalog(language)(.sheetPdfMissingGlyphs, ["count": String(count), "package": package])
    }

    /// "Some characters could not be printed: U+10000 U+10001 U+10002 +1 more",
    /// at most three characters named, then how many more.
    static func sheetWarning(_ characters: [Character], strings: SheetStrings) -> String {
        let named = characters.prefix(3).map { character in
            character.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }
                .map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }.joined(separator: "+")
        }
        var list = named.joined(separator: " ")
        if characters.count > 3 { list += " " + strings(.sheetGlyphsMore, ["count": String(characters.count - 3)]) }
        return list.isEmpty ? strings(.sheetGlyphsWarningUnknown) : strings(.sheetGlyphsWarning, ["characters": list])
    }
}

extension String {
    /// The string with zeros in front up to `width` characters ("41" -> "0041").
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Cairo failed while making the PDF: at which step, as a text of the catalog.
public struct PDFRenderError: Error, CustomStringConvertible, Sendable {
    public var step: TextKey
    public var description: String { message(in: .english) }
    public func message(in language: Language) -> String { Catalog(language)(step) }
}

extension PDFSheetRenderer {
    /// Why no PDF could be made, in `language`: cairo or pango missing, or cairo failing.
    public static func message(of error: any Error, in language: Language) -> String {
        switch error {
        case let error as PDFUnavailableError: error.message(in: language)
        case let error as PDFRenderError: error.message(in: language)
        default: String(describing: error)
        }
    }
}

/// Collects the bytes cairo writes.
final class PDFByteSink {
    var data = Data()
}

/// Which font package covers the scripts on a sheet (Debian names).
enum FontAdvice {
    static let general = "fonts-noto-core"

    static func package(for sheet: IntakeSheet) -> String {
        var cjk = false, emoji = false
        for page in sheet.pages {
            for line in page.allLines {
                for cell in line.cells {
                    for scalar in cell.text.unicodeScalars {
                        let value = scalar.value
                        if (0x2E80...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                            || (0xFF00...0xFFEF).contains(value) || (0x20000...0x3FFFD).contains(value) { cjk = true }
                        if (0x1F300...0x1FAFF).contains(value) { emoji = true }
                    }
                }
            }
        }
        var packages: [String] = []
        if cjk { packages.append("fonts-noto-cjk") }
        if emoji { packages.append("fonts-noto-color-emoji") }
        packages.append(general)
        return packages.joined(separator: " ")
    }
}
