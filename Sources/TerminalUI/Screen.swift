import PlainText

/// A frame: a grid of cells and where the hardware cursor goes. Rendering builds a `Screen`;
/// a `Terminal` shows it. Every write is sanitized and clipped, so widgets cannot draw outside
/// their area or send control characters.
public struct Screen: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]
    /// The hardware cursor: always on the focused field or option when one is visible.
    public var cursor: Position?
    /// The terminal forgets its scrollback when this frame is shown (the idle lock: nothing of a
    /// patient may be scrolled back to).
    public var clearsHistory = false

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var bounds: Rect { Rect(row: 0, column: 0, width: size.width, height: size.height) }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.width + column] }
        set { cells[row * size.width + column] = newValue }
    }

    /// Fills a rectangle with blanks of a role.
    public mutating func fill(_ rect: Rect, role: Role) {
        let r = rect.intersection(bounds)
        guard r.width > 0, r.height > 0 else { return }
        for row in r.row..<r.bottom {
            for col in r.column..<r.right { self[row, col] = Cell(text: " ", role: role) }
        }
    }

    /// Writes one line of text at a position, clipped to `clip` (and the screen).
    /// Returns the number of columns the text takes (even where clipped away).
    @discardableResult
    public mutating func write(_ text: String, at p: Position, role: Role, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        let isPrintableASCII = Sanitizer.isPrintableASCII(text)
        let safe = isPrintableASCII ? text : Sanitizer.clean(text, keepNewlines: false)
        var col = p.column
        guard p.row >= area.row && p.row < area.bottom else { return DisplayWidth.of(safe) }
        if isPrintableASCII {
            // Printable ASCII, most of what a form shows: one byte is one cell of width 1, so the
            // grapheme breaking and width lookups below are not needed.
            for byte in text.utf8 {
                if col >= area.column && col < area.right {
                    clearWide(row: p.row, column: col)
                    self[p.row, col] = Cell(text: Screen.asciiText[Int(byte - 0x20)], role: role)
                }
                col += 1
            }
            return col - p.column
        }
        for g in safe {
            let w = DisplayWidth.of(g)
            if w == 0 { continue }
            if col >= area.column && col + w <= area.right {
                clearWide(row: p.row, column: col)
                self[p.row, col] = Cell(text: String(g), role: role)
                if w == 2 {
                    clearWide(row: p.row, column: col + 1)
                    self[p.row, col + 1] = .continuation(role)
                }
            } else if col + w > area.column && col < area.right {
                // a wide grapheme cut by the clip edge: show a blank rather than half of it
                for c in max(col, area.column)..<min(col + w, area.right) {
                    clearWide(row: p.row, column: c)
                    self[p.row, c] = Cell(text: " ", role: role)
                }
            }
            col += w
        }
        return col - p.column
    }

    /// Writes one line of text cut between words where it would pass the clip's right edge (ending
    /// in "…"), never inside a word: for text a translation may make longer than its place (a date
    /// in words beside its box, a unit, a title). Returns the columns written.
    @discardableResult
    public mutating func writeWords(_ text: String, at p: Position, role: Role, clip: Rect? = nil) -> Int {
        let room = (clip ?? bounds).intersection(bounds).right - p.column
        guard room > 0 else { return 0 }
        return write(Truncation.truncatedAtWord(text, toWidth: room), at: p, role: role, clip: clip)
    }

    /// The text of each printable ASCII cell, made once.
    private static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// Copies another screen's cells (and nothing else) with its top left corner at `origin`,
    /// row by row; what falls outside this screen is left out.
    public mutating func paste(_ other: Screen, at origin: Position) {
        let columns = max(0, min(other.size.width, size.width - origin.column))
        guard columns > 0, origin.column >= 0 else { return }
        for row in 0..<other.size.height where origin.row + row >= 0 && origin.row + row < size.height {
            let from = row * other.size.width
            let to = (origin.row + row) * size.width + origin.column
            cells.replaceSubrange(to..<to + columns, with: other.cells[from..<from + columns])
        }
    }

    /// Overwriting half of a wide grapheme blanks its other half.
    private mutating func clearWide(row: Int, column: Int) {
        let cell = self[row, column]
        if cell.isContinuation, column > 0 {
            self[row, column - 1] = Cell(text: " ", role: self[row, column - 1].role)
        } else if column + 1 < size.width, self[row, column + 1].isContinuation {
            self[row, column + 1] = Cell(text: " ", role: cell.role)
        }
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String {
        var s = ""
        for col in 0..<size.width {
            let cell = self[row, col]
            if !cell.isContinuation { s += cell.text }
        }
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The whole frame as text, one line per row (what a pilot or a golden file reads).
    public var text: String {
        (0..<size.height).map(line).joined(separator: "\n")
    }

    /// The role of the first cell of a row where `needle` starts, for tests.
    public func role(of needle: String) -> Role? {
        for row in 0..<size.height {
            let l = line(row)
            guard let range = l.range(of: needle) else { continue }
            let colOffset = DisplayWidth.of(String(l[l.startIndex..<range.lowerBound]))
            var col = 0, visible = 0
            while col < size.width && visible < colOffset {
                if !self[row, col].isContinuation { visible += DisplayWidth.of(Character(self[row, col].text)) }
                col += 1
            }
            return col < size.width ? self[row, col].role : nil
        }
        return nil
    }
}
