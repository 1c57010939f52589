/// The layout model of the printed intake sheet: what is printed, in which block, on which page.
///
/// One model, two renderers (`TextSheetRenderer`, `PDFSheetRenderer`): the model is laid out once
/// into pages of lines on an 80-column, 66-line grid, and each renderer draws exactly those lines,
/// the PDF adding only styling (bold, shaded boxes, coloured T-score bands). Text and PDF therefore
/// never disagree about content, order or page breaks.

/// A block of the sheet, before layout.
public enum SheetBlock: Hashable, Sendable {
    /// A section heading ("Medications").
    case heading(String)
    /// The boxed urgency banner at the top of page 1.
    case urgencyBox(tier: String, title: String, lines: [String])
    /// Label/value rows; values wrap under themselves.
    case fields([SheetField])
    /// A table with a header row; `widths` are column widths in columns (they sum to at most 80).
    case table(headers: [String], widths: [Int], rows: [[String]])
    /// Findings or recommendations: a tag (a rule ID) and its wrapped text.
    case findings([SheetFinding])
    /// Free text, wrapped.
    case paragraph(String)
    /// Label/value rows with the small back map printed at their right.
    case fieldsBesideBackMap([SheetField], SheetBackMap)
    /// The T-score bar from -4 to +2 with the osteoporosis, osteopenia and normal bands.
    case tScoreBar(SheetTScoreBar)
    /// Height lost since the tallest adult height, as a bar beside the 4 cm mark.
    case heightLossBar(SheetHeightLossBar)
    /// Lines to sign on.
    case signatureLines([String])
}

public struct SheetField: Hashable, Sendable {
    public var label: String
    public var value: String
    public init(_ label: String, _ value: String) { self.label = label; self.value = value }
}

public struct SheetFinding: Hashable, Sendable {
    /// The rule or recommendation ID, printed first so every finding names its rule.
    public var tag: String
    public var text: String
    public var emphasised: Bool
    public init(tag: String, text: String, emphasised: Bool = false) {
        self.tag = tag; self.text = text; self.emphasised = emphasised
    }
}

/// A named part of the sheet: a heading and its blocks, kept together on a page where possible.
public struct SheetSection: Hashable, Sendable {
    public var title: String?
    public var blocks: [SheetBlock]
    public init(title: String?, blocks: [SheetBlock]) { self.title = title; self.blocks = blocks }
}

/// The lines printed on top of every page, before the page number is known.
public struct SheetHeader: Hashable, Sendable {
    public var clinicName: String
    public var patientLine: String
    public var detailsLine: String
    public var recordLine: String
    /// "DRAFT - not finished, not signed" on top of every page of a draft's sheet; nil otherwise.
    public var draftLine: String?
    /// "Signed by J. Martin on 2026-12-06 at 14:05" under the record line of every page of a
    /// signed sheet; nil otherwise.
    public var signedLine: String?
    public init(clinicName: String, patientLine: String, detailsLine: String, recordLine: String, draftLine: String? = nil,
                signedLine: String? = nil) {
        self.clinicName = clinicName; self.patientLine = patientLine
        self.detailsLine = detailsLine; self.recordLine = recordLine; self.draftLine = draftLine; self.signedLine = signedLine
    }
}

/// How a line is drawn in the PDF (the text sheet ignores styles).
public enum SheetLineStyle: Hashable, Sendable {
    case plain
    case heading
    case emphasis
    /// The draft line on top of a draft's pages.
    case draft
    /// A line of the urgency box, shaded by tier (`emergency`, `urgent`, `routine`).
    case urgency(String)
    /// The T-score bar: band boundaries at these columns (osteoporosis starts at `start`).
    case tScoreBands(start: Int, osteopeniaStart: Int, normalStart: Int, end: Int)
    case footer
    /// The height-loss bar: from `start` to `end`, lost up to `filledEnd`, the 4 cm mark at `threshold`.
    case heightLossBar(start: Int, filledEnd: Int, threshold: Int, end: Int)
    /// A full-width rule (under the page header, above the footer).
    case rule
    /// The header row of a table: bold on a shaded band in the PDF.
    case tableHeader
    /// The rule under a table's header row.
    case tableRule
}

/// A piece of text that starts at a column of the 80-column grid.
public struct SheetCell: Hashable, Sendable {
    public var column: Int
    public var text: String
    /// ASCII drawing the text sheet needs (`-- ... ---`, `+---+`, `|`, `[###+++...]`, `____`):
    /// the PDF draws real rules, boxes and bars in its place, and leaves it out of its text layer.
    public var ornament: Bool
    public init(column: Int, text: String, ornament: Bool = false) {
        self.column = column; self.text = text; self.ornament = ornament
    }
}

/// One printed line: cells at fixed columns, so both renderers align them the same way.
public struct SheetLine: Hashable, Sendable {
    public var cells: [SheetCell]
    public var style: SheetLineStyle
    public init(_ cells: [SheetCell] = [], style: SheetLineStyle = .plain) { self.cells = cells; self.style = style }
    public init(_ text: String, column: Int = 0, style: SheetLineStyle = .plain, ornament: Bool = false) {
        self.cells = text.isEmpty ? [] : [SheetCell(column: column, text: text, ornament: ornament)]
        self.style = style
    }
    public static let blank = SheetLine()

    /// All text of the line, cells joined with spaces (for tests and search).
    public var plainText: String { cells.map(\.text).joined(separator: " ") }
}

/// One printed page: header, body and footer lines; exactly `SheetGrid.linesPerPage` in all.
public struct SheetPage: Hashable, Sendable {
    public var number: Int
    public var count: Int
    public var header: [SheetLine]
    public var body: [SheetLine]
    public var footer: [SheetLine]
    public var allLines: [SheetLine] { header + body + footer }
}

/// The fixed grid every renderer prints on.
public enum SheetGrid {
    public static let columns = 80
    public static let linesPerPage = 66
}

/// The printable intake sheet of one record: sections (what), laid out into pages (where).
public struct IntakeSheet: Hashable, Sendable {
    public var header: SheetHeader
    public var sections: [SheetSection]
    public var footerNotice: String
    public var pages: [SheetPage]
    /// A title for the print job and the PDF metadata; never the patient's name.
    public var documentTitle: String
    /// The word the PDF prints large and light across every page behind the text ("DRAFT"), nil
    /// for a sheet that is not a draft. The text sheet has `header.draftLine` instead.
    public var watermark: String?
    /// The language of the sheet's words (a `Language` tag, `SheetStrings.language`).
    public var language: String

    public init(header: SheetHeader, sections: [SheetSection], footerNotice: String, documentTitle: String,
                watermark: String? = nil, strings: SheetStrings) {
        self.header = header
        self.sections = sections
        self.footerNotice = footerNotice
        self.documentTitle = documentTitle
        self.watermark = watermark
        self.language = strings.language.rawValue
        self.pages = SheetPaginator(strings: strings).pages(header: header, sections: sections, footerNotice: footerNotice)
    }
}
