import TerminalUI
import PlainText

/// A framed box over the intake screens (the emergency alert, the red-flag question at F10): its
/// text wrapped to at most 70 columns, the keys on the last lines. When the window is too short the
/// text is cut, never the keys. Returns where the keys start, for the cursor.
enum ModalBox {
    /// The columns and rows a box's text has on a window of `size` with `keys` on its last lines
    /// (what `draw` shows without cutting).
    static func room(keys: String, on size: Size) -> (width: Int, rows: Int) {
        let width = min(size.width - 4, 70) - 4
        let keyLines = TextWrap.lines(keys, width: width).count
        return (width, size.height - 2 - 2 - 1 - keyLines)
    }

    @discardableResult
    static func draw(_ texts: [String], keys: String, role: Role, on screen: inout Screen) -> Position {
        let size = screen.size
        let width = min(size.width - 4, 70)
        var body: [String] = []
        for text in texts { body += TextWrap.lines(text, width: width - 4) }
        let keyLines = TextWrap.lines(keys, width: width - 4)
        let lines = body + [""] + keyLines
        let height = min(size.height - 2, lines.count + 2)
        let box = Rect(row: max(1, (size.height - height) / 2), column: (size.width - width) / 2, width: width, height: height)
        screen.fill(box, role: role)
        let edge = "+" + String(repeating: "-", count: width - 2) + "+"
        screen.write(edge, at: Position(row: box.row, column: box.column), role: role)
        screen.write(edge, at: Position(row: box.bottom - 1, column: box.column), role: role)
        for row in box.row + 1..<box.bottom - 1 {
            screen.write("|", at: Position(row: row, column: box.column), role: role)
            screen.write("|", at: Position(row: row, column: box.right - 1), role: role)
        }
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: height - 2)
        let shown = lines.count <= inner.height
            ? lines : Array(body.prefix(max(0, inner.height - keyLines.count))) + keyLines.suffix(inner.height)
        for (index, line) in shown.enumerated() {
            screen.write(line, at: Position(row: inner.row + index, column: inner.column), role: role, clip: inner)
        }
        return Position(row: inner.row + max(0, shown.count - keyLines.count), column: inner.column)
    }
}
