import Foundation

/// The sheet as a PDF, drawn with cairo and pango (loaded at run time, see `CairoPango`): the same
/// 80 x 66 grid of lines as the text sheet, in a fixed-pitch font, with bold headings, a shaded
/// urgency box and coloured T-score bands. pango picks fonts for every script (accents, Polish,
/// CJK, right-to-left Arabic and Hebrew) and cairo embeds them with ToUnicode maps, so the text
/// can be copied and searched.
public struct PDFSheetRenderer: Sendable {
    public var paper: PaperSize
    /// Font families, in order; fontconfig adds fallbacks for characters they lack.
    public var fontFamilies = "DejaVu Sans Mono,Liberation Mono,Noto Sans Mono,monospace"
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
    public func render(_ sheet: IntakeSheet) throws -> PDFSheet {
        let cairo = try library.get()
        let sink = PDFByteSink()
        let size = paper.points
        let writer: CairoPango.WriteFunction = { closure, bytes, length in
            guard let closure, let bytes else { return 0 }
            Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return 0
        }
        let surface = cairo.pdfSurfaceCreateForStream(writer, Unmanaged.passUnretained(sink).toOpaque(), size.width, size.height)
        defer { cairo.surfaceDestroy(surface) }
        guard cairo.surfaceStatus(surface) == 0 else { throw PDFRenderError(step: "create the PDF surface") }
        // cairo_pdf_metadata_t: 0 = title, 4 = creator. The title is never the patient's name.
        cairo.pdfSurfaceSetMetadata?(surface, 0, sheet.documentTitle)
        cairo.pdfSurfaceSetMetadata?(surface, 4, "OsteoIntake")

        let context = cairo.create(surface)
        defer { cairo.destroy(context) }
        var painter = PDFPagePainter(cairo: cairo, context: context, paper: paper, fontFamilies: fontFamilies)
        defer { painter.release() }
        for page in sheet.pages {
            painter.paint(page, watermark: sheet.watermark)
            cairo.showPage(context)
        }
        guard cairo.status(context) == 0 else { throw PDFRenderError(step: "draw the pages") }
        cairo.surfaceFinish(surface)
        guard cairo.surfaceStatus(surface) == 0 else { throw PDFRenderError(step: "finish the PDF") }
        let missing = painter.unknownGlyphs
        return PDFSheet(data: sink.data, missingGlyphs: missing,
                        fontAdvice: missing > 0 ? FontAdvice.package(for: sheet) : nil)
    }
}

/// A rendered PDF.
public struct PDFSheet: Sendable {
    public var data: Data
    /// Characters drawn as "missing glyph" boxes because no installed font has them.
    public var missingGlyphs: Int
    /// The Debian font package to install when glyphs are missing.
    public var fontAdvice: String?

    /// The warning to show (never containing patient data), or nil when every glyph was found.
    public var warning: String? {
        guard missingGlyphs > 0 else { return nil }
        return "warning: \(missingGlyphs) character(s) of the sheet have no glyph in the installed fonts and print as boxes; "
            + "install a font that has them (Debian: apt-get install \(fontAdvice ?? FontAdvice.general))"
    }
}

public struct PDFRenderError: Error, CustomStringConvertible, Sendable {
    public var step: String
    public var description: String { "the PDF could not be made: cairo failed to \(step)" }
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
