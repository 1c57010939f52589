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
        let keys = strings(isKiosk ? .screenFinishCheckKioskKeys : .screenFinishCheckKeys)
        let size = screen.size
        let room = ModalBox.room(keys: keys, on: size)
        let lines = session.finishCheckText()?.lines(width: room.width, rows: room.rows) ?? []
        screen.cursor = ModalBox.draw(lines, keys: keys, role: .warning, on: &screen)
        StatusBar(commands: [.finish], extra: [KeyHint("Enter", .uiKeyOK)]).render(into: &screen, row: size.height - 1, strings: ui)
    }
}
