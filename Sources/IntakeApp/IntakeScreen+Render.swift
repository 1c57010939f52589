import Assessment
import Catalog
import Questionnaire
import TerminalUI
import PlainText

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
        } else if session.handOver != nil, size.width >= 20, size.height >= 8 {
            let keys = strings(.screenFinishCheckKioskKeys)
            let room = ModalBox.room(keys: keys, on: size)
            let lines = session.handOverText()?.lines(width: room.width, rows: room.rows) ?? []
            screen.cursor = ModalBox.draw(lines, keys: keys, role: .warning, on: &screen)
        } else if session.finishCheck != nil, size.width >= 20, size.height >= 8 {
            renderFinishCheck(into: &screen)
        }
        return screen
    }

    /// The step's form on the left, the side list of steps and the urgency on the right.
    private func renderForm(size: Size) -> Screen {
        let side = Self.sideWidth(for: size.width)
        var formView = shownForm
        if session.focus == nil && form.fields.allSatisfy({ $0 is Heading }) {
            formView.message = strings(.screenStepEmpty)
        }
        if session.currentStep == .startBack, formView.message == nil, !isSigned {  // F4 amends a signed record
            formView.message = session.skippedSteps.contains(.startBack) ? strings(.screenStepSkipped) : strings(.screenStepSkipHint)
        }
        if session.pendingAlert != nil { formView.isShowingHelp = false }
        // without the side list the urgency is still in sight, at the right of the title row (a
        // patient typing in kiosk mode is not shown the triage)
        if side == 0 && !isKiosk {
            let urgency = session.assessment.urgency
            formView.titleBadge = strings.text("urgency", urgency.rawValue)
            formView.titleBadgeRole = ScreenStrings.role(of: urgency, quiet: .label)
        }
        formView.statusCommands = formFooterCommands
        formView.extraHints = []
        formView.helpCommands = formHelpCommands
        if let list = focusedList, let index = formView.index(of: IntakeFieldFactory.fieldID(ItemAddress(list))),
           var heading = formView.fields[index] as? Heading {
            heading.caption += "  (" + strings(.screenGroupAddHint) + ")"
            formView.fields[index] = heading
        }
        // A message longer than the line wraps onto rows taken from the bottom of the form (which
        // scrolls to keep the focus in view), up to four lines; the form is drawn that much shorter.
        let formWidth = size.width - side
        let messageLines = formView.message.map { TextWrap.lines($0, width: max(10, formWidth - 2)) } ?? []
        let wraps = formWidth >= formView.minimumSize.width && !formView.isShowingHelp && formView.alert == nil
            && formView.jumpEditor == nil
        let messageRows = wraps ? max(0, min(messageLines.count - 1, Self.messageExtraRows,
                                             size.height - formView.minimumSize.height)) : 0
        if messageRows > 0 { formView.message = nil }
        let formSize = Size(width: formWidth, height: size.height - messageRows)
        let formScreen = formView.render(size: formSize)
        guard formSize.width >= formView.minimumSize.width, size.height >= formView.minimumSize.height else {
            return formScreen  // "please enlarge the window"
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
        }
        if side > 0 {
            renderSideList(into: &screen, area: Rect(row: 1, column: size.width - side, width: side, height: size.height - 3))
            if formView.isShowingHelp {
                // the help over the whole width: room for the field's help and every key
                let help = formView.render(size: size)
                for row in 1..<size.height - 1 {
                    for column in 0..<size.width { screen[row, column] = help[row, column] }
                }
                screen.cursor = help.cursor
            }
        }
        // the keys that work here, across the whole width (the form's bar stops at the side list)
        let shown = !formView.isShowingHelp
        StatusBar(commands: shown ? formView.statusCommands : [], extra: shown ? footerHints : [])
            .render(into: &screen, row: size.height - 1, strings: ui)
        return screen
    }

    /// Rows a long message may take from the form, beyond its own line.
    static let messageExtraRows = 3

    /// "[x] Patient" ... and the urgency of the answers so far.
    private func renderSideList(into screen: inout Screen, area: Rect) {
        for row in area.row..<area.bottom {
            screen.write("|", at: Position(row: row, column: area.column), role: .border)
        }
        let inner = Rect(row: area.row, column: area.column + 1, width: area.width - 1, height: area.height)
        var row = area.row + 1
        screen.write(strings(.screenSideSteps), at: Position(row: row, column: inner.column + 1), role: .label, clip: inner)
        row += 1
        for step in StepID.allCases {
            let status = stepStatuses[step] ?? .incomplete
            let mark = strings.text("status", status.rawValue)
            let pointer = step == session.currentStep ? ">" : " "
            let title = session.definition.step(step)?.title(shownLanguage) ?? step.rawValue
            let role: Role = step == session.currentStep ? .focus : (status == .hasErrors ? .error : .text)
            // a step name longer than the list ("Densitometría y análisis") wraps under itself
            var lines = TextWrap.lines(title, width: max(1, inner.width - 3))
            if step == .redFlags && status != .complete && status != .skipped {
                // the count is read as a number ("10/15"): it is never cut, on the name's last line or under it
                let progress = session.redFlagProgress
                if let last = lines.last, DisplayWidth.of(last + " " + progress) <= inner.width - 3 {
                    lines[lines.count - 1] = last + " " + progress
                } else {
                    lines.append(progress)
                }
            }
            for (index, line) in lines.enumerated() where row < inner.bottom {
                let lead = index == 0 ? "\(pointer)\(mark) " : "   "
                screen.write(lead + line, at: Position(row: row, column: inner.column), role: role, clip: inner)
                row += 1
            }
        }
        // a patient typing in kiosk mode is not shown the triage; the alert speaks to them
        guard !isKiosk else { return }
        row += 1
        screen.write(strings(.screenSideUrgency), at: Position(row: row, column: inner.column + 1), role: .label, clip: inner)
        row += 1
        let urgency = session.assessment.urgency
        let role = ScreenStrings.role(of: urgency)
        screen.write(strings.text("urgency", urgency.rawValue), at: Position(row: row, column: inner.column + 1), role: role, clip: inner)
        row += 1
        // each fired rule with its name ("RF-CES: possible cauda equina syndrome"), as far as room allows
        var findings = session.assessment.redFlags.map { AssessmentText(language: shownLanguage).titled($0.rule) }
        if urgency == .notScreened {
            findings = [strings(.screenSideNotAsked, ["count": String(session.assessment.unaskedRedFlagQuestions.count)])]
        }
        for line in findings.flatMap({ TextWrap.lines($0, width: max(1, inner.width - 1)) }) where row < inner.bottom {
            screen.write(line, at: Position(row: row, column: inner.column + 1), role: role, clip: inner)
            row += 1
        }
    }

    /// The modal emergency alert; Enter asks a member of staff to sign in (the cursor on that line).
    private func renderAlert(into screen: inout Screen) {
        let texts = session.alertLines() + [session.notice].compactMap { $0 }
        screen.cursor = ModalBox.draw(texts, keys: strings(.screenAlertEnter), role: .urgent, on: &screen)
        let size = screen.size
        StatusBar(commands: [], extra: [KeyHint("Enter", .uiKeyOK)]).render(into: &screen, row: size.height - 1, strings: ui)
    }
}
