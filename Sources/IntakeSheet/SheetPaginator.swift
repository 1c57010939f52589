import PlainText

/// Lays the sections of a sheet out into pages of exactly `SheetGrid.linesPerPage` lines:
/// a header with "page N of M" on top (below the draft line of a draft), the not-a-diagnosis
/// notice at the bottom of every page.
struct SheetPaginator {
    var strings: SheetStrings
    var columns = SheetGrid.columns
    /// Sections of at most this many lines are kept whole on one page.
    static let shortSection = 16

    func pages(header: SheetHeader, sections: [SheetSection], footerNotice: String) -> [SheetPage] {
        let footer = footerLines(footerNotice)
        let headerHeight = headerLines(header, number: 1, count: 1).count
        let bodyHeight = SheetGrid.linesPerPage - headerHeight - footer.count
        let layout = SheetLayout(strings: strings, columns: columns)

        var bodies: [[SheetLine]] = [[]]
        // A section that goes on over the page says so at the top of the next ("History (continued)").
        var continuedHeading: [SheetLine] = []
        func newPage() { bodies.append(continuedHeading) }
        func place(_ unit: [SheetLine]) {
            let remaining = bodyHeight - bodies[bodies.count - 1].count
            if unit.count <= remaining { bodies[bodies.count - 1] += unit; return }
            // The blank line after a section need not fit: the page ends there anyway.
            var trimmed = unit[...]
            while trimmed.last == .blank { trimmed = trimmed.dropLast() }
            if trimmed.count <= remaining { bodies[bodies.count - 1] += trimmed; return }
            if unit.count <= bodyHeight || remaining < 4 {
                if !bodies[bodies.count - 1].isEmpty { newPage() }
            }
            var rest = unit[...]
            while !rest.isEmpty {
                let room = bodyHeight - bodies[bodies.count - 1].count
                if room == 0 { newPage(); continue }
                bodies[bodies.count - 1] += rest.prefix(room)
                rest = rest.dropFirst(room)
            }
        }
        for section in sections {
            var units = section.blocks.flatMap { layout.units(for: $0) }
            if let title = section.title {
                let heading = layout.units(for: .heading(title)).flatMap { $0 }
                if units.isEmpty { units = [heading] } else { units[0] = heading + units[0] }
            }
            if !units.isEmpty { units[units.count - 1].append(.blank) }
            // A short section is never split: its heading stays with all of its lines.
            if units.count > 1 && units.reduce(0, { $0 + $1.count }) <= SheetPaginator.shortSection {
                units = [units.flatMap { $0 }]
            }
            continuedHeading = []
            for unit in units {
                // A blank line never starts a page.
                var trimmed = unit[...]
                if bodies[bodies.count - 1].isEmpty { while trimmed.first == .blank { trimmed = trimmed.dropFirst() } }
                if !trimmed.isEmpty { place(Array(trimmed)) }
                if continuedHeading.isEmpty, let title = section.title {
                    continuedHeading = layout.units(for: .heading(strings(.sheetSectionContinued, ["title": title]))).flatMap { $0 }
                }
            }
        }
        if bodies.count > 1 && bodies[bodies.count - 1].isEmpty { bodies.removeLast() }

        let count = bodies.count
        return bodies.enumerated().map { index, body in
            let padding = Array(repeating: SheetLine.blank, count: max(0, bodyHeight - body.count))
            return SheetPage(number: index + 1, count: count, header: headerLines(header, number: index + 1, count: count),
                             body: body + padding, footer: footer)
        }
    }

    func headerLines(_ header: SheetHeader, number: Int, count: Int) -> [SheetLine] {
        let pageText = strings(.sheetHeaderPage, ["page": String(number), "pages": String(count)])
        let clinicWidth = columns - DisplayWidth.of(pageText) - 2
        let first = SheetLine([SheetCell(column: 0, text: Truncation.truncated(header.clinicName, toWidth: clinicWidth)),
                               SheetCell(column: columns - DisplayWidth.of(pageText), text: pageText)], style: .heading)
        let draft = header.draftLine.map { [SheetLine(Truncation.truncated($0, toWidth: columns), style: .draft)] } ?? []
        return draft + [
            first,
            SheetLine(Truncation.truncated(header.patientLine, toWidth: columns), style: .emphasis),
            SheetLine(Truncation.truncated(header.detailsLine, toWidth: columns)),
            SheetLine(Truncation.truncated(header.recordLine, toWidth: columns)),
        ] + (header.signedLine.map { [SheetLine(Truncation.truncated($0, toWidth: columns), style: .emphasis)] } ?? []) + [
            SheetLine(String(repeating: "=", count: columns), style: .rule, ornament: true),
        ]
    }

    func footerLines(_ notice: String) -> [SheetLine] {
        let rule = SheetLine(String(repeating: "=", count: columns), style: .rule, ornament: true)
        let wrapped = TextWrap.lines(notice, width: max(1, columns)).prefix(4)
        return [rule] + wrapped.map { SheetLine($0, style: .footer) }
    }
}
