/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var description: String { "\(width)x\(height)" }
}

/// A cell position: row from the top, column from the left, both from 0.
public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A rectangle of cells. Used for clipping and for the area a widget draws in.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var width: Int
    public var height: Int
    public init(row: Int, column: Int, width: Int, height: Int) {
        self.row = row
        self.column = column
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var bottom: Int { row + height }
    public var right: Int { column + width }
    public func contains(_ p: Position) -> Bool {
        p.row >= row && p.row < bottom && p.column >= column && p.column < right
    }
    public func intersection(_ other: Rect) -> Rect {
        let r = max(row, other.row), c = max(column, other.column)
        let b = min(bottom, other.bottom), rt = min(right, other.right)
        return Rect(row: r, column: c, width: rt - c, height: b - r)
    }
}
