import Foundation
import PlainText

/// The drawing under a line's text: shading of the urgency box, the draft line and table
/// headers; real rules for the text sheet's `=====`, `-- Heading ---`, `-------` and `____`; the
/// T-score scale with its coloured bands and the patient's mark; the back map's regions as boxes.
extension PDFPagePainter {
    func paintDrawing(of line: SheetLine, y: Double) {
        switch line.style {
        case .urgency(let tier):
            let (shade, edge) = PDFPagePainter.urgencyColours(tier)
            fill(x(0), y, right - x(0), lineHeight, shade)
            // A strong bar down the left edge of the box: the tier is seen before it is read.
            fill(x(0), y, 4, lineHeight, edge)
        case .draft:
            fill(x(0), y, right - x(0), lineHeight, (0.85, 0.85, 0.85))
        case .rule:
            rule(from: x(0), to: right, y: y + lineHeight / 2, width: 1.0, grey: 0.25)
        case .heading where line.cells.contains(where: \.ornament):
            rule(from: x(0), to: right, y: y + lineHeight - 0.5, width: 0.8, grey: 0.35)
        case .tableHeader:
            fill(x(line.cells.first?.column ?? 0), y, right - x(line.cells.first?.column ?? 0), lineHeight, (0.90, 0.90, 0.90))
        case .tableRule:
            for cell in line.cells where cell.ornament {
                rule(from: x(cell.column), to: x(cell.column + DisplayWidth.of(cell.text)), y: y + 1, width: 0.6, grey: 0.4)
            }
        case .tScoreBands(let start, let osteopenia, let normal, let end):
            paintTScoreScale(start: start, osteopenia: osteopenia, normal: normal, end: end, y: y)
        case .heightLossBar(let start, let filledEnd, let threshold, let end):
            paintHeightLossBar(start: start, filledEnd: filledEnd, threshold: threshold, end: end, y: y)
        default:
            break
        }
        for cell in line.cells where cell.ornament {
            if cell.text == "v" { paintMark(column: cell.column, y: y) }
            if cell.text.allSatisfy({ $0 == "_" }) {
                rule(from: x(cell.column), to: x(cell.column + cell.text.count), y: y + lineHeight - 2, width: 0.6, grey: 0)
            }
        }
        for cell in line.cells where cell.ornament && PDFPagePainter.isBackMapRow(cell.text) { paintBackMapRow(cell, y: y) }
    }

    static func urgencyColours(_ tier: String) -> (shade: (Double, Double, Double), edge: (Double, Double, Double)) {
        switch tier {
        case "emergency": ((1.0, 0.80, 0.80), (0.75, 0.0, 0.0))
        case "urgent": ((1.0, 0.90, 0.72), (0.85, 0.45, 0.0))
        case "not-screened": ((1.0, 0.95, 0.60), (0.75, 0.6, 0.0))  // the warning colour: never the routine green
        case "routine": ((0.86, 0.95, 0.86), (0.2, 0.55, 0.2))
        default: ((0.90, 0.90, 0.90), (0.4, 0.4, 0.4))
        }
    }

    func fill(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ colour: (Double, Double, Double)) {
        cairo.setSourceRGB(context, colour.0, colour.1, colour.2)
        cairo.rectangle(context, x, y, width, height)
        cairo.fill(context)
    }

    func rule(from start: Double, to end: Double, y: Double, width: Double, grey: Double) {
        cairo.setSourceRGB(context, grey, grey, grey)
        cairo.setLineWidth(context, width)
        cairo.moveTo(context, start, y)
        cairo.lineTo(context, end, y)
        cairo.stroke(context)
    }

    func outline(_ x: Double, _ y: Double, _ width: Double, _ height: Double, lineWidth: Double = 0.6) {
        cairo.setSourceRGB(context, 0.2, 0.2, 0.2)
        cairo.setLineWidth(context, lineWidth)
        cairo.rectangle(context, x, y, width, height)
        cairo.stroke(context)
    }

    /// The scale from -4 to +2: osteoporosis red, osteopenia amber, normal green, outlined, with
    /// a tick at each band boundary. The bands' names and the ticks' values are text lines below.
    func paintTScoreScale(start: Int, osteopenia: Int, normal: Int, end: Int, y: Double) {
        let top = y + 1.5, height = lineHeight - 3
        fill(x(start), top, x(osteopenia) - x(start), height, (0.93, 0.55, 0.55))
        fill(x(osteopenia), top, x(normal) - x(osteopenia), height, (0.98, 0.82, 0.50))
        fill(x(normal), top, x(end) - x(normal), height, (0.65, 0.87, 0.65))
        outline(x(start), top, x(end) - x(start), height)
        for boundary in [osteopenia, normal] {
            cairo.setSourceRGB(context, 0, 0, 0)
            cairo.setLineWidth(context, 0.8)
            cairo.moveTo(context, x(boundary), top - 1.5)
            cairo.lineTo(context, x(boundary), top + height + 1.5)
            cairo.stroke(context)
        }
    }

    /// The height lost as a dark bar in an outlined scale, a strong line at the 4 cm mark.
    func paintHeightLossBar(start: Int, filledEnd: Int, threshold: Int, end: Int, y: Double) {
        let top = y + 2.5, height = lineHeight - 5
        fill(x(start), top, x(end) - x(start), height, (0.94, 0.94, 0.94))
        if filledEnd > start { fill(x(start), top, x(filledEnd) - x(start), height, (0.25, 0.35, 0.6)) }
        outline(x(start), top, x(end) - x(start), height)
        cairo.setSourceRGB(context, 0.75, 0, 0)
        cairo.setLineWidth(context, 1.6)
        cairo.moveTo(context, x(threshold), y)
        cairo.lineTo(context, x(threshold), y + lineHeight)
        cairo.stroke(context)
    }

    /// The patient's T-score: a solid triangle pointing down at the scale below it.
    func paintMark(column: Int, y: Double) {
        let centre = x(column) + columnWidth / 2
        cairo.setSourceRGB(context, 0, 0, 0)
        cairo.moveTo(context, centre - 4, y + 2)
        cairo.lineTo(context, centre + 4, y + 2)
        cairo.lineTo(context, centre, y + lineHeight - 0.5)
        cairo.closePath(context)
        cairo.fill(context)
    }

    /// A row of the back map (`SheetBackMap.figureRows`): regions are `#` (painful) or `.`.
    static func isBackMapRow(_ text: String) -> Bool {
        text.count == SheetBackMap.figure.first?.count && text.allSatisfy { "#.()|/\\ ".contains($0) }
    }

    /// The back map as boxes: each painful region filled dark, each other region outlined in
    /// grey, the head a circle, arms and legs as strokes. The words (which regions) are the
    /// locations field beside it.
    func paintBackMapRow(_ cell: SheetCell, y: Double) {
        // Each run of one state is a box: painful dark red, the others light grey, outlined so
        // that every region the patient could have marked is seen.
        let characters = Array(cell.text)
        var runStart = 0
        for index in 1...characters.count where index == characters.count || characters[index] != characters[runStart] {
            if characters[runStart] == "#" || characters[runStart] == "." {
                let box = (x(cell.column + runStart), y, Double(index - runStart) * columnWidth, lineHeight)
                fill(box.0, box.1, box.2, box.3, characters[runStart] == "#" ? (0.75, 0.1, 0.1) : (0.93, 0.93, 0.93))
                outline(box.0, box.1, box.2, box.3, lineWidth: 0.4)
            }
            runStart = index
        }
        for (offset, character) in characters.enumerated() {
            let left = x(cell.column + offset), mid = left + columnWidth / 2
            switch character {
            case "(":
                cairo.newPath(context)
                cairo.setSourceRGB(context, 0.2, 0.2, 0.2)
                cairo.setLineWidth(context, 0.8)
                cairo.arc(context, left + columnWidth * 1.5, y + lineHeight / 2, lineHeight / 2 - 0.5, 0, 2 * Double.pi)
                cairo.stroke(context)
            case "|":
                cairo.setSourceRGB(context, 0.2, 0.2, 0.2)
                cairo.setLineWidth(context, 0.8)
                cairo.moveTo(context, mid, y)
                cairo.lineTo(context, mid, y + lineHeight)
                cairo.stroke(context)
            case "/", "\\":
                cairo.setSourceRGB(context, 0.2, 0.2, 0.2)
                cairo.setLineWidth(context, 0.8)
                cairo.moveTo(context, character == "/" ? left + columnWidth : left, y)
                cairo.lineTo(context, character == "/" ? left : left + columnWidth, y + lineHeight)
                cairo.stroke(context)
            default:
                break
            }
        }
    }
}
