import Assessment
import Questionnaire
import TerminalUI

extension IntakeScreen {
    /// Draws the screen for a size. Pure: the same state and size give the same frame.
    public func render(size: Size) -> Screen {
        var screen: Screen
        if session.currentStep == .summary {
            screen = renderSummary(size: size)
        } else {
            screen = renderForm(size: size)
        }
        if session.pendingAlert != nil, size.width >= 20, size.height >= 8 {
            renderAlert(into: &screen)
        } else if session.finishCheck != nil, size.width >= 20, size.height >= 8 {
            renderFinishCheck(into: &screen)
        }
        return screen
    }

    /// The step's form on the left, the side list of steps and the urgency on the right.
    private func renderForm(size: Size) -> Screen {
        let side = Self.sideWidth(for: size.width)
        var formView = form
        if session.focus == nil && form.fields.allSatisfy({ $0 is Heading }) {
            formView.message = strings("step.empty")
        }
        if session.currentStep == .startBack, formView.message == nil {
            formView.message = session.skippedSteps.contains(.startBack) ? strings("step.skipped") : strings("step.skipHint")
        }
        if session.pendingAlert != nil { formView.isShowingHelp = false }
        let listHints = self.listHints
        formView.extraHints = listHints
        if let list = focusedList, let index = formView.index(of: IntakeFieldFactory.fieldID(ItemAddress(list))),
           var heading = formView.fields[index] as? Heading {
            heading.caption += "  (" + strings("group.addHint") + ")"
            formView.fields[index] = heading
        }
        // A message longer than the line wraps onto rows taken from the bottom of the form (which
        // scrolls to keep the focus in view), up to four lines; the form is drawn that much shorter.
        let formWidth = size.width - side
        let messageLines = formView.message.map { TextView.wrap($0, width: max(10, formWidth - 2)) } ?? []
        let wraps = formWidth >= formView.minimumSize.width && !formView.isShowingHelp && formView.alert == nil
            && formView.jumpEditor == nil
        let messageRows = wraps ? max(0, min(messageLines.count - 1, Self.messageExtraRows,
                                             size.height - formView.minimumSize.height)) : 0
        if messageRows > 0 { formView.message = nil }
        let formScreen = formView.render(size: Size(width: formWidth, height: size.height - messageRows))
        if messageRows == 0, side == 0 || formScreen.size.width < formView.minimumSize.width
            || size.height < formView.minimumSize.height {
            return formScreen
        }
        var screen = Screen(size: size)
        screen.paste(formScreen, at: Position(row: 0, column: 0))
        screen.cursor = formScreen.cursor
        if messageRows > 0 {
            let messageRow = size.height - 2 - messageRows
            screen.fill(Rect(row: messageRow, column: 0, width: formWidth, height: messageRows + 2), role: .text)
            for (index, line) in messageLines.prefix(messageRows + 1).enumerated() {
                screen.write(line, at: Position(row: messageRow + index, column: 1), role: formView.messageRole,
                             clip: Rect(row: messageRow, column: 0, width: formWidth, height: messageRows + 1))
            }
            // without the side list the form's own status bar is the bottom row
            if side == 0 {
                for column in 0..<formWidth { screen[size.height - 1, column] = formScreen[formScreen.size.height - 1, column] }
            }
        }
        guard side > 0, formScreen.size.width >= formView.minimumSize.width, size.height >= formView.minimumSize.height else {
            return screen
        }
        renderSideList(into: &screen, area: Rect(row: 1, column: size.width - side, width: side, height: size.height - 3))
        // the list's keys first: where the bar is too narrow for all, "Space Choose" is left out
        let extra = listHints + (form.focusedField?.hints ?? [])
        StatusBar(commands: formView.isShowingHelp ? [] : formView.statusCommands, extra: formView.isShowingHelp ? [] : extra)
            .render(into: &screen, row: size.height - 1, strings: ui)
        return screen
    }

    /// Rows a long message may take from the form, beyond its own line.
    static let messageExtraRows = 3

    /// The keys of the list the cursor is in: Insert adds to it (on its heading too), Ctrl-D
    /// removes the entry the cursor is in. None outside a list.
    private var listHints: [KeyHint] {
        guard focusedList != nil, let focus = session.focus else { return [] }
        return [KeyHint("Ins", .keyAdd)] + (focus.instance != nil ? [KeyHint("Ctrl-D", .keyRemove)] : [])
    }

    /// "[x] Patient" ... and the urgency of the answers so far.
    private func renderSideList(into screen: inout Screen, area: Rect) {
        for row in area.row..<area.bottom {
            screen.write("|", at: Position(row: row, column: area.column), role: .border)
        }
        let inner = Rect(row: area.row, column: area.column + 1, width: area.width - 1, height: area.height)
        var row = area.row + 1
        screen.write(strings("side.steps"), at: Position(row: row, column: inner.column + 1), role: .label, clip: inner)
        row += 1
        for step in StepID.allCases {
            let status = stepStatuses[step] ?? .incomplete
            let mark = strings("status." + status.rawValue)
            var title = session.definition.step(step)?.title(session.language) ?? step.rawValue
            if step == .redFlags && status != .complete && status != .skipped { title += " " + session.redFlagProgress }
            let role: Role = step == session.currentStep ? .focus : (status == .hasErrors ? .error : .text)
            let pointer = step == session.currentStep ? ">" : " "
            screen.write("\(pointer)\(mark) \(title)", at: Position(row: row, column: inner.column), role: role, clip: inner)
            row += 1
        }
        // a patient typing in kiosk mode is not shown the triage; the alert speaks to them
        guard !isKiosk else { return }
        row += 1
        screen.write(strings("side.urgency"), at: Position(row: row, column: inner.column + 1), role: .label, clip: inner)
        row += 1
        let urgency = session.assessment.urgency
        let role = ScreenStrings.role(of: urgency)
        screen.write(strings("urgency." + urgency.rawValue), at: Position(row: row, column: inner.column + 1), role: role, clip: inner)
        row += 1
        var rules = session.assessment.redFlags.map(\.rule.rawValue).joined(separator: " ")
        if urgency == .notScreened {
            rules = strings("side.notAsked", String(session.assessment.unaskedRedFlagQuestions.count))
        }
        for line in TextView.wrap(rules, width: max(1, inner.width - 1)) where row < inner.bottom {
            screen.write(line, at: Position(row: row, column: inner.column + 1), role: role, clip: inner)
            row += 1
        }
    }

    /// The modal emergency alert with the staff name line; the cursor sits on the name.
    private func renderAlert(into screen: inout Screen) {
        let size = screen.size
        let width = min(size.width - 4, 70)
        var lines: [String] = []
        for text in session.alertLines() { lines += TextView.wrap(text, width: width - 4) }
        if let notice = session.notice { lines += TextView.wrap(notice, width: width - 4) }
        let height = min(size.height - 2, lines.count + 5)
        let box = Rect(row: max(1, (size.height - height) / 2), column: (size.width - width) / 2, width: width, height: height)
        screen.fill(box, role: .urgent)
        let edge = "+" + String(repeating: "-", count: width - 2) + "+"
        screen.write(edge, at: Position(row: box.row, column: box.column), role: .urgent)
        screen.write(edge, at: Position(row: box.bottom - 1, column: box.column), role: .urgent)
        for row in box.row + 1..<box.bottom - 1 {
            screen.write("|", at: Position(row: row, column: box.column), role: .urgent)
            screen.write("|", at: Position(row: row, column: box.right - 1), role: .urgent)
        }
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: height - 2)
        for (index, line) in lines.prefix(max(0, height - 5)).enumerated() {
            screen.write(line, at: Position(row: inner.row + index, column: inner.column), role: .urgent, clip: inner)
        }
        let keysRow = box.bottom - 2
        screen.write(strings("alert.enter"), at: Position(row: keysRow, column: inner.column), role: .urgent, clip: inner)
        screen.cursor = Position(row: keysRow, column: inner.column)
        StatusBar(commands: [], extra: [KeyHint("Enter", .keyOK)]).render(into: &screen, row: size.height - 1, strings: ui)
    }
}
