import TerminalUI

extension IntakeScreen {
    /// The question F10 asks when red-flag questions are unanswered: Enter (or Esc) goes back to the
    /// first of them, F10 again finishes and leaves them for staff.
    mutating func handleFinishCheck(_ key: Key) -> [SessionEffect] {
        if KeyTable.command(for: key) == .finish { return perform(.finish) }
        if KeyTable.command(for: key) == .save { return perform(.save) }
        switch key {
        case .enter, .escape: return perform(.answerUnaskedRedFlags)
        default: return []
        }
    }

    /// The question as a box in the warning colour over the step, the keys on its last line.
    func renderFinishCheck(into screen: inout Screen) {
        let size = screen.size
        let width = min(size.width - 4, 70)
        var lines: [String] = []
        for text in session.finishCheckLines() { lines += TextView.wrap(text, width: width - 4) }
        lines.append("")
        lines += TextView.wrap(strings(isKiosk ? "finishCheck.kioskKeys" : "finishCheck.keys"), width: width - 4)
        let height = min(size.height - 2, lines.count + 2)
        let box = Rect(row: max(1, (size.height - height) / 2), column: (size.width - width) / 2, width: width, height: height)
        screen.fill(box, role: .warning)
        let edge = "+" + String(repeating: "-", count: width - 2) + "+"
        screen.write(edge, at: Position(row: box.row, column: box.column), role: .warning)
        screen.write(edge, at: Position(row: box.bottom - 1, column: box.column), role: .warning)
        for row in box.row + 1..<box.bottom - 1 {
            screen.write("|", at: Position(row: row, column: box.column), role: .warning)
            screen.write("|", at: Position(row: row, column: box.right - 1), role: .warning)
        }
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: height - 2)
        // The keys stay on screen when the list is too long for the window: the list is cut instead.
        let shown = lines.count <= inner.height ? lines : Array(lines.prefix(inner.height - 2)) + lines.suffix(2)
        for (index, line) in shown.enumerated() {
            screen.write(line, at: Position(row: inner.row + index, column: inner.column), role: .warning, clip: inner)
        }
        screen.cursor = Position(row: inner.row, column: inner.column)
        StatusBar(commands: [.finish], extra: [KeyHint("Enter", .keyOK)]).render(into: &screen, row: size.height - 1, strings: ui)
    }
}
