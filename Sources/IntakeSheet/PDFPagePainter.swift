import Foundation
import PlainText

/// Draws pages of the sheet's line grid on a cairo context with pango layouts.
struct PDFPagePainter {
    static let fontSize = 8.6
    static let verticalMargin = 30.0

    let cairo: CairoPango
    let context: OpaquePointer?
    let layout: OpaquePointer?
    let regular: OpaquePointer?
    let bold: OpaquePointer?
    let watermarkFont: OpaquePointer?
    let columnWidth: Double
    let lineHeight: Double
    let left: Double
    let top: Double
    let pageWidth: Double
    let pageHeight: Double
    /// Glyphs pango drew as "missing glyph" boxes (pango_layout_get_unknown_glyphs_count).
    private(set) var unknownGlyphs = 0
    /// The characters behind them, in the order first met; found by laying out each character of
    /// a cell that had unknown glyphs on its own.
    private(set) var missingCharacters: [Character] = []
    private var probed: [Character: Bool] = [:]

    static let watermarkSize = 150.0

    init(cairo: CairoPango, context: OpaquePointer?, paper: PaperSize, fontFamilies: String) {
        self.cairo = cairo
        self.context = context
        layout = cairo.createLayout(context)
        // Sizes in points: the PDF's user unit is the point, so pango must work at 72 dpi.
        cairo.contextSetResolution(cairo.layoutGetContext(layout), 72)
        cairo.layoutContextChanged(layout)
        regular = cairo.fontDescriptionFromString("\(fontFamilies) \(PDFPagePainter.fontSize)")
        bold = cairo.fontDescriptionFromString("\(fontFamilies) Bold \(PDFPagePainter.fontSize)")
        watermarkFont = cairo.fontDescriptionFromString("DejaVu Sans,Liberation Sans,Noto Sans,sans-serif Bold \(PDFPagePainter.watermarkSize)")
        cairo.layoutSetFontDescription(layout, regular)
        let sample = String(repeating: "0", count: 40)
        cairo.layoutSetText(layout, sample, Int32(sample.utf8.count))
        var width: Int32 = 0, height: Int32 = 0
        cairo.layoutGetSize(layout, &width, &height)
        let size = paper.points
        pageWidth = size.width
        pageHeight = size.height
        columnWidth = width > 0 ? Double(width) / 1024 / 40 : PDFPagePainter.fontSize * 0.6
        lineHeight = (size.height - 2 * PDFPagePainter.verticalMargin) / Double(SheetGrid.linesPerPage)
        left = max(18, (size.width - columnWidth * Double(SheetGrid.columns)) / 2)
        top = PDFPagePainter.verticalMargin
    }

    func release() {
        cairo.fontDescriptionFree(regular)
        cairo.fontDescriptionFree(bold)
        cairo.fontDescriptionFree(watermarkFont)
        cairo.objectUnref(layout)
    }

    /// One page: the watermark first (behind everything), then the lines of the grid, then the
    /// warning in the top margin when some characters could not be printed.
    mutating func paint(_ page: SheetPage, watermark: String?, warning: String?) {
        if let watermark { paintWatermark(watermark) }
        for (index, line) in page.allLines.enumerated() {
            let y = top + Double(index) * lineHeight
            paintBackground(of: line, y: y)
            switch line.style {
            case .footer: cairo.setSourceRGB(context, 0.3, 0.3, 0.3)
            default: cairo.setSourceRGB(context, 0, 0, 0)
            }
            let isBold: Bool = switch line.style {
            case .heading, .emphasis, .urgency, .draft: true
            default: false
            }
            cairo.layoutSetFontDescription(layout, isBold ? bold : regular)
            for cell in line.cells where !cell.text.isEmpty {
                cairo.layoutSetText(layout, cell.text, Int32(cell.text.utf8.count))
                let unknown = Int(cairo.layoutGetUnknownGlyphsCount(layout))
                cairo.moveTo(context, left + Double(cell.column) * columnWidth, y)
                cairo.showLayout(context, layout)
                if unknown > 0 {
                    unknownGlyphs += unknown
                    findMissingCharacters(in: cell.text)
                }
            }
        }
        if let warning { paintWarning(warning) }
    }

    /// Lays out each character of `text` not yet probed on its own, in the current font, and
    /// keeps those pango has no glyph for.
    mutating func findMissingCharacters(in text: String) {
        for character in text where !character.isASCII && probed[character] == nil {
            let single = String(character)
            cairo.layoutSetText(layout, single, Int32(single.utf8.count))
            let missing = cairo.layoutGetUnknownGlyphsCount(layout) > 0
            probed[character] = missing
            if missing { missingCharacters.append(character) }
        }
    }

    /// "DRAFT" large, light grey and diagonal (bottom left to top right) across the page, drawn
    /// before the text so that every line stays readable on top of it.
    func paintWatermark(_ text: String) {
        cairo.save(context)
        cairo.translate(context, pageWidth / 2, pageHeight / 2)
        cairo.rotate(context, -atan2(pageHeight, pageWidth))
        cairo.updateLayout(context, layout)
        cairo.layoutSetFontDescription(layout, watermarkFont)
        cairo.layoutSetText(layout, text, Int32(text.utf8.count))
        var width: Int32 = 0, height: Int32 = 0
        cairo.layoutGetSize(layout, &width, &height)
        cairo.setSourceRGB(context, 0.86, 0.86, 0.86)
        cairo.moveTo(context, -Double(width) / 1024 / 2, -Double(height) / 1024 / 2)
        cairo.showLayout(context, layout)
        cairo.restore(context)
        cairo.updateLayout(context, layout)
    }

    /// The missing-glyph warning, bold and red, in the top margin above the grid (so the PDF's
    /// lines and page breaks stay those of the text sheet).
    func paintWarning(_ text: String) {
        let fitted = Truncation.truncated(text, toWidth: SheetGrid.columns)
        cairo.setSourceRGB(context, 0.75, 0, 0)
        cairo.layoutSetFontDescription(layout, bold)
        cairo.layoutSetText(layout, fitted, Int32(fitted.utf8.count))
        cairo.moveTo(context, left, max(4, top - lineHeight - 3))
        cairo.showLayout(context, layout)
    }

    func paintBackground(of line: SheetLine, y: Double) {
        func band(_ from: Int, _ to: Int, _ red: Double, _ green: Double, _ blue: Double) {
            cairo.setSourceRGB(context, red, green, blue)
            cairo.rectangle(context, left + Double(from) * columnWidth, y, Double(to - from) * columnWidth, lineHeight)
            cairo.fill(context)
        }
        switch line.style {
        case .urgency(let tier):
            let shade: (Double, Double, Double) = switch tier {
            case "emergency": (1.0, 0.80, 0.80)
            case "urgent": (1.0, 0.90, 0.72)
            case "not-screened": (1.0, 0.95, 0.60)  // the warning colour: never the routine green
            case "routine": (0.86, 0.95, 0.86)
            default: (0.90, 0.90, 0.90)
            }
            band(0, SheetGrid.columns, shade.0, shade.1, shade.2)
        case .draft:
            band(0, SheetGrid.columns, 0.85, 0.85, 0.85)
        case .tScoreBands(let start, let osteopenia, let normal, let end):
            band(start, osteopenia, 0.96, 0.62, 0.62)
            band(osteopenia, normal, 0.99, 0.85, 0.55)
            band(normal, end, 0.70, 0.90, 0.70)
        default:
            break
        }
    }
}
