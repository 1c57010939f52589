import Foundation
import PlainText

/// Typesets pages of the sheet on a cairo context with pango layouts: a proportional sans-serif
/// (fontconfig's choice, with its fallbacks for every script) with tabular figures, bold headings
/// a size larger, and real rules, boxes, shading and bars where the text sheet has ASCII drawing.
///
/// The pages and lines are the text sheet's (`SheetPage`): each line sits on its row of the
/// 80 x 66 grid and each cell starts at its column, the grid stretched to the page's width. The
/// PDF therefore has the text sheet's content, order and page breaks; only ornament cells
/// (`SheetCell.ornament`) are drawn as lines and shapes instead of characters, and so stay out of
/// the text layer.
struct PDFPagePainter {
    static let fontSize = 8.6
    static let headingSize = 10.4
    static let verticalMargin = 30.0
    static let horizontalMargin = 40.0
    static let watermarkSize = 150.0

    let cairo: CairoPango
    let context: OpaquePointer?
    let layout: OpaquePointer?
    let regular: OpaquePointer?
    let bold: OpaquePointer?
    let heading: OpaquePointer?
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

    init(cairo: CairoPango, context: OpaquePointer?, paper: PaperSize, fontFamilies: String) {
        self.cairo = cairo
        self.context = context
        layout = cairo.createLayout(context)
        // Sizes in points: the PDF's user unit is the point, so pango must work at 72 dpi.
        cairo.contextSetResolution(cairo.layoutGetContext(layout), 72)
        cairo.layoutContextChanged(layout)
        regular = cairo.fontDescriptionFromString("\(fontFamilies) \(PDFPagePainter.fontSize)")
        bold = cairo.fontDescriptionFromString("\(fontFamilies) Bold \(PDFPagePainter.fontSize)")
        heading = cairo.fontDescriptionFromString("\(fontFamilies) Bold \(PDFPagePainter.headingSize)")
        watermarkFont = cairo.fontDescriptionFromString("\(fontFamilies) Bold \(PDFPagePainter.watermarkSize)")
        // Tabular figures: doses, dates and scores line up in their columns.
        if let features = cairo.fontFeatures, let list = features.listNew() {
            features.listInsert(list, features.featuresNew("tnum 1"))
            features.layoutSetAttributes(layout, list)
            features.listUnref(list)
        }
        let size = paper.points
        pageWidth = size.width
        pageHeight = size.height
        left = PDFPagePainter.horizontalMargin
        columnWidth = (size.width - 2 * PDFPagePainter.horizontalMargin) / Double(SheetGrid.columns)
        lineHeight = (size.height - 2 * PDFPagePainter.verticalMargin) / Double(SheetGrid.linesPerPage)
        top = PDFPagePainter.verticalMargin
    }

    func release() {
        cairo.fontDescriptionFree(regular)
        cairo.fontDescriptionFree(bold)
        cairo.fontDescriptionFree(heading)
        cairo.fontDescriptionFree(watermarkFont)
        cairo.objectUnref(layout)
    }

    func x(_ column: Int) -> Double { left + Double(column) * columnWidth }
    var right: Double { x(SheetGrid.columns) }

    /// One page: the watermark first (behind everything), then each line's drawing (shading,
    /// rules, bars), then its text, then the warning in the top margin when some characters could
    /// not be printed.
    mutating func paint(_ page: SheetPage, watermark: String?, warning: String?) {
        if let watermark { paintWatermark(watermark) }
        for (index, line) in page.allLines.enumerated() {
            let y = top + Double(index) * lineHeight
            paintDrawing(of: line, y: y)
            paintText(of: line, y: y)
        }
        if let warning { paintWarning(warning) }
    }

    /// The text cells of a line. A section heading (a heading with ornaments) is set a size
    /// larger; in the page header, a cell that ends at the right edge of the grid ("Page 1 of 2")
    /// is set flush right.
    mutating func paintText(of line: SheetLine, y: Double) {
        let isSectionHeading = line.style == .heading && line.cells.contains(where: \.ornament)
        let isPageHeader = line.style == .heading && !isSectionHeading
        let font: OpaquePointer? = switch line.style {
        case _ where isSectionHeading: heading
        case .heading, .emphasis, .urgency, .draft, .tableHeader: bold
        default: regular
        }
        switch line.style {
        case .footer: cairo.setSourceRGB(context, 0.3, 0.3, 0.3)
        default: cairo.setSourceRGB(context, 0, 0, 0)
        }
        cairo.layoutSetFontDescription(layout, font)
        let size = isSectionHeading ? PDFPagePainter.headingSize : PDFPagePainter.fontSize
        let baselineShift = (lineHeight - size * 1.17) / 2
        for cell in line.cells where !cell.ornament && !cell.text.isEmpty {
            cairo.layoutSetText(layout, cell.text, Int32(cell.text.utf8.count))
            let unknown = Int(cairo.layoutGetUnknownGlyphsCount(layout))
            // A section title starts at the margin, where the text sheet has its "-- ".
            var start = isSectionHeading ? x(0) : x(cell.column)
            if isPageHeader && cell.column > 0 && cell.column + DisplayWidth.of(cell.text) == SheetGrid.columns {
                var width: Int32 = 0, height: Int32 = 0
                cairo.layoutGetSize(layout, &width, &height)
                start = right - Double(width) / 1024
            }
            cairo.moveTo(context, start, y + baselineShift)
            cairo.showLayout(context, layout)
            if unknown > 0 {
                unknownGlyphs += unknown
                findMissingCharacters(in: cell.text)
            }
        }
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
}
