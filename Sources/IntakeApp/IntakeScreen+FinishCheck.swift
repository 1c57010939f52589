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
        screen.cursor = ModalBox.draw(session.finishCheckLines(), keys: keys, role: .warning, on: &screen)
        let size = screen.size
        StatusBar(commands: [.finish], extra: [KeyHint("Enter", .uiKeyOK)]).render(into: &screen, row: size.height - 1, strings: ui)
    }
}
