import PlainText

/// The sheet as plain UTF-8 text: 80 columns at most, 66 lines per page, pages separated by a
/// form feed, cells aligned by display width so accented and CJK names keep the columns straight.
public struct TextSheetRenderer: Sendable {
    public init() {}

    public func render(_ sheet: IntakeSheet) -> String {
        var output = ""
        output.reserveCapacity(sheet.pages.count * SheetGrid.linesPerPage * 60)
        for (index, page) in sheet.pages.enumerated() {
            if index > 0 { output += "\u{0C}" }
            for line in page.allLines {
                output += TextSheetRenderer.text(of: line)
                output += "\n"
            }
        }
        return output
    }

    /// One line: each cell starts at its column (by display width), trailing spaces dropped.
    /// A cell that would start left of the text before it is moved right by one space.
    public static func text(of line: SheetLine) -> String {
        var text = ""
        var used = 0
        for cell in line.cells {
            if cell.column > used {
                text += String(repeating: " ", count: cell.column - used)
                used = cell.column
            } else if used > 0 {
                text += " "
                used += 1
            }
            let room = SheetGrid.columns - used
            let fitted = DisplayWidth.of(cell.text) > room ? Truncation.truncated(cell.text, toWidth: room) : cell.text
            text += fitted
            used += DisplayWidth.of(fitted)
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
