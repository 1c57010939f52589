import Catalog
import PlainText

/// A modal alert drawn over the form. Only its acknowledge keys close it (Enter by default);
/// an alert that `mustAcknowledge` ignores Esc.
public struct Alert: Hashable, Sendable {
    public var id: String
    public var title: String
    public var message: String
    public var role: Role
    public var mustAcknowledge: Bool
    public var acknowledgeKeys: [Key]

    public init(id: String, title: String, message: String, role: Role = .warning, mustAcknowledge: Bool = true,
                acknowledgeKeys: [Key] = [.enter]) {
        self.id = id
        self.title = title
        self.message = message
        self.role = role
        self.mustAcknowledge = mustAcknowledge
        self.acknowledgeKeys = acknowledgeKeys
    }

    /// True when the key closes the alert.
    public func closes(on key: Key) -> Bool {
        acknowledgeKeys.contains(key) || (!mustAcknowledge && key == .escape)
    }

    /// Draws the alert centred in `area` and puts the cursor on its OK line.
    public func render(into screen: inout Screen, area: Rect, strings: Catalog, okLabel: String? = nil) {
        let width = min(area.width, max(30, min(64, DisplayWidth.of(message) + 4)))
        let lines = TextWrap.lines(message, width: max(1, width - 4))
        let height = min(area.height, lines.count + 4)
        let box = Rect(row: area.row + max(0, (area.height - height) / 2), column: area.column + max(0, (area.width - width) / 2),
                       width: width, height: height)
        screen.fill(box, role: role)
        Frame.draw(box, title: title, role: role, into: &screen)
        for (i, l) in lines.prefix(max(0, height - 4)).enumerated() {
            screen.write(l, at: Position(row: box.row + 1 + i, column: box.column + 2), role: role, clip: box)
        }
        let ok = okLabel ?? "[ \(strings(.uiKeyOK)) ]  Enter"
        let okRow = box.bottom - 2
        let okCol = box.column + max(1, (width - DisplayWidth.of(ok)) / 2)
        screen.write(ok, at: Position(row: okRow, column: okCol), role: .focus, clip: box)
        let cursor = Position(row: okRow, column: okCol + 2)
        if box.contains(cursor) { screen.cursor = cursor }
    }
}

/// A plain ASCII frame (safe on every terminal and font).
enum Frame {
    static func draw(_ r: Rect, title: String, role: Role, into screen: inout Screen) {
        guard r.width >= 2, r.height >= 2 else { return }
        let horizontal = "+" + String(repeating: "-", count: r.width - 2) + "+"
        screen.write(horizontal, at: Position(row: r.row, column: r.column), role: role)
        screen.write(horizontal, at: Position(row: r.bottom - 1, column: r.column), role: role)
        for row in r.row + 1..<r.bottom - 1 {
            screen.write("|", at: Position(row: row, column: r.column), role: role)
            screen.write("|", at: Position(row: row, column: r.right - 1), role: role)
        }
        if !title.isEmpty {
            screen.write(" \(title) ", at: Position(row: r.row, column: r.column + 2), role: role,
                         clip: Rect(row: r.row, column: r.column + 1, width: r.width - 2, height: 1))
        }
    }
}
