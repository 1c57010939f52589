import IntakeModel
import PlainText

/// Turns blocks into lines on the 80-column grid, in units that are kept together on a page.
struct SheetLayout {
    static let labelWidth = 22
    var strings: SheetStrings
    var columns = SheetGrid.columns

    var valueWidth: Int { columns - SheetLayout.labelWidth }

    /// The lines of a block, split into units the paginator keeps together.
    func units(for block: SheetBlock) -> [[SheetLine]] {
        switch block {
        case .heading(let title):
            let text = Truncation.truncated(title, toWidth: columns - 6)
            let rule = String(repeating: "-", count: max(0, columns - 4 - DisplayWidth.of(text)))
            var cells = [SheetCell(column: 0, text: "--", ornament: true), SheetCell(column: 3, text: text)]
            if !rule.isEmpty { cells.append(SheetCell(column: 4 + DisplayWidth.of(text), text: rule, ornament: true)) }
            return [[SheetLine(cells, style: .heading)]]
        case .urgencyBox(let tier, let title, let lines):
            return [urgencyBox(tier: tier, title: title, lines: lines)]
        case .fields(let fields):
            return fields.map { labelled($0.label, $0.value, style: .plain) }
        case .table(let headers, let widths, let rows):
            return table(headers: headers, widths: widths, rows: rows)
        case .findings(let findings):
            return findings.map { labelled($0.tag, $0.text, style: $0.emphasised ? .emphasis : .plain) }
        case .paragraph(let text):
            return [TextWrap.lines(text, width: max(1, columns)).map { SheetLine($0) }]
        case .fieldsBesideBackMap(let fields, let map):
            return [fieldsBesideBackMap(fields, map)]
        case .tScoreBar(let bar):
            return [tScoreBar(bar)]
        case .heightLossBar(let bar):
            return [heightLossBar(bar)]
        case .signatureLines(let labels):
            return [signatureLines(labels)]
        }
    }

    /// A label (or rule ID) in the first column and its value wrapped beside it.
    func labelled(_ label: String, _ value: String, style: SheetLineStyle, width: Int? = nil) -> [SheetLine] {
        let valueLines = TextWrap.lines(value, width: max(1, width ?? valueWidth))
        var lines: [SheetLine] = []
        if DisplayWidth.of(label) >= SheetLayout.labelWidth {
            lines.append(SheetLine(Truncation.truncated(label, toWidth: columns), style: style))
            return lines + valueLines.map { SheetLine($0, column: SheetLayout.labelWidth, style: style) }
        }
        for (index, text) in valueLines.enumerated() {
            var cells: [SheetCell] = []
            if index == 0 && !label.isEmpty { cells.append(SheetCell(column: 0, text: label)) }
            if !text.isEmpty { cells.append(SheetCell(column: SheetLayout.labelWidth, text: text)) }
            lines.append(SheetLine(cells, style: style))
        }
        return lines
    }

    /// Two signature lines per printed line (label, then a line to write on), a blank line above each.
    func signatureLines(_ labels: [String]) -> [SheetLine] {
        let half = columns / 2
        var lines: [SheetLine] = []
        for start in stride(from: 0, to: labels.count, by: 2) {
            var cells: [SheetCell] = []
            for (offset, label) in labels[start..<min(start + 2, labels.count)].enumerated() {
                let column = offset * (half + 1)
                let end = offset == 0 ? half - 1 : columns
                let text = Truncation.truncated(label, toWidth: half - 12)  // a line of 10 or more to write on
                let lineStart = column + DisplayWidth.of(text) + 1
                cells.append(SheetCell(column: column, text: text))
                cells.append(SheetCell(column: lineStart, text: String(repeating: "_", count: max(1, end - lineStart)), ornament: true))
            }
            lines += [.blank, SheetLine(cells)]
        }
        return lines
    }

    /// Fields in a narrower value column, the back figure (with a two-line caption) to their right.
    func fieldsBesideBackMap(_ fields: [SheetField], _ map: SheetBackMap) -> [SheetLine] {
        let figureColumn = columns - 14
        var lines = fields.flatMap { labelled($0.label, $0.value, style: .plain, width: figureColumn - 2 - SheetLayout.labelWidth) }
        let caption = [strings(.sheetBackmapShort1), strings(.sheetBackmapShort2)]
        let figure = caption + map.figureRows
        while lines.count < figure.count { lines.append(.blank) }
        for (index, row) in figure.enumerated() {
            lines[index].cells.append(SheetCell(column: figureColumn, text: Truncation.truncated(row, toWidth: 14),
                                                ornament: index >= caption.count))
        }
        return lines
    }

    func urgencyBox(tier: String, title: String, lines: [String]) -> [SheetLine] {
        let inner = columns - 4
        let edge = "+" + String(repeating: "-", count: columns - 2) + "+"
        var result = [SheetLine(edge, style: .urgency(tier), ornament: true)]
        let body = TextWrap.lines(title, width: max(1, inner)) + lines.flatMap { TextWrap.lines($0, width: max(1, inner)) }
        for text in body {
            var cells = [SheetCell(column: 0, text: "|", ornament: true)]
            if !text.isEmpty { cells.append(SheetCell(column: 2, text: Truncation.truncated(text, toWidth: inner))) }
            cells.append(SheetCell(column: columns - 1, text: "|", ornament: true))
            result.append(SheetLine(cells, style: .urgency(tier)))
        }
        result.append(SheetLine(edge, style: .urgency(tier), ornament: true))
        return result
    }

    func table(headers: [String], widths: [Int], rows: [[String]]) -> [[SheetLine]] {
        var offsets: [Int] = []
        var column = 0
        for width in widths { offsets.append(column); column += width }
        func line(_ texts: [[String]], index: Int, style: SheetLineStyle) -> SheetLine {
            var cells: [SheetCell] = []
            for (position, wrapped) in texts.enumerated() where index < wrapped.count && !wrapped[index].isEmpty {
                cells.append(SheetCell(column: offsets[position], text: wrapped[index], ornament: style == .tableRule))
            }
            return SheetLine(cells, style: style)
        }
        func wrappedRow(_ row: [String]) -> [[String]] {
            widths.indices.map { position in
                TextWrap.lines(position < row.count ? row[position] : "", width: max(1, widths[position] - 1))
            }
        }
        let headerTexts = widths.indices.map { [Truncation.truncated(headers[$0], toWidth: widths[$0] - 1)] }
        // No rule under a column without a header (the mark column of the price table).
        let rule = widths.indices.map { [headers[$0].isEmpty ? "" : String(repeating: "-", count: max(1, widths[$0] - 1))] }
        let headerLines = [line(headerTexts, index: 0, style: .tableHeader), line(rule, index: 0, style: .tableRule)]
        var units: [[SheetLine]] = []
        for (rowIndex, row) in rows.enumerated() {
            let texts = wrappedRow(row)
            let height = texts.map(\.count).max() ?? 1
            let rowLines = (0..<height).map { line(texts, index: $0, style: .plain) }
            units.append(rowIndex == 0 ? headerLines + rowLines : rowLines)
        }
        return units.isEmpty ? [headerLines] : units
    }

    /// The bar on the value column, its scale below, and what it shows in words.
    func heightLossBar(_ bar: SheetHeightLossBar) -> [SheetLine] {
        let barStart = SheetLayout.labelWidth + 1
        let style = SheetLineStyle.heightLossBar(start: barStart, filledEnd: barStart + bar.filled,
                                                 threshold: barStart + SheetHeightLossBar.thresholdOffset,
                                                 end: barStart + SheetHeightLossBar.barWidth)
        let barLine = SheetLine([SheetCell(column: 0, text: strings(.sheetHeightbarLabel)),
                                 SheetCell(column: barStart - 1, text: "[" + bar.barText + "]", ornament: true)], style: style)
        let scale = SheetLine([SheetCell(column: barStart, text: "0"),
                               SheetCell(column: barStart + SheetHeightLossBar.thresholdOffset, text: strings(.sheetHeightbarThreshold)),
                               SheetCell(column: barStart + SheetHeightLossBar.barWidth - 4, text: strings(.sheetHeightbarEnd))])
        let words = TextWrap.lines(strings(.sheetHeightbarWords, ["cm": strings.decimal(SheetFormat.number(bar.lossCm))]), width: valueWidth)
        return [barLine, scale] + words.map { SheetLine($0, column: SheetLayout.labelWidth) }
    }

    func tScoreBar(_ bar: SheetTScoreBar) -> [SheetLine] {
        let start = SheetLayout.labelWidth - 8
        let barStart = start + 1
        var marker = SheetLine(strings(.sheetTscoreNone), column: barStart)
        if let score = bar.score {
            let column = barStart + SheetTScoreBar.offset(of: score)
            let text = strings.decimal(SheetFormat.score(score))
            marker = column + 2 + text.count <= columns
                ? SheetLine([SheetCell(column: column, text: "v", ornament: true), SheetCell(column: column + 2, text: text)])
                : SheetLine([SheetCell(column: column - text.count - 1, text: text), SheetCell(column: column, text: "v", ornament: true)])
        }
        let bands = SheetLineStyle.tScoreBands(start: barStart, osteopeniaStart: barStart + SheetTScoreBar.osteopeniaOffset,
                                               normalStart: barStart + SheetTScoreBar.normalOffset,
                                               end: barStart + SheetTScoreBar.barWidth)
        let barLine = SheetLine([SheetCell(column: 0, text: strings(.sheetTscoreBar)),
                                 SheetCell(column: start, text: "[" + SheetTScoreBar.barText + "]", ornament: true)], style: bands)
        let ticks: [(Double, String)] = [(-4, "-4"), (-2.5, strings.decimal("-2.5")), (-1, "-1"), (0, "0"), (2, "+2")]
        let tickCells = ticks.map { value, label in
            SheetCell(column: barStart + SheetTScoreBar.offset(of: value) - (value == 2 ? 1 : 0), text: label)
        }
        let bandCells = [
            SheetCell(column: barStart, text: strings(.sheetTscoreBandOsteoporosis)),
            SheetCell(column: barStart + SheetTScoreBar.osteopeniaOffset, text: strings(.sheetTscoreBandOsteopenia)),
            SheetCell(column: barStart + SheetTScoreBar.normalOffset, text: strings(.sheetTscoreBandNormal)),
        ]
        // The picture in words, for a black-and-white copy and a screen reader.
        let words = bar.score.map { score in
            [SheetLine(strings(.sheetTscoreWords, ["score": strings.decimal(SheetFormat.score(score)), "band": strings(SheetTScoreBar.band(of: score))]),
                       column: barStart)]
        } ?? []
        return [marker, barLine, SheetLine(tickCells), SheetLine(bandCells)] + words
    }
}
