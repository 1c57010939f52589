import Catalog
import PlainText

extension FormView {
    /// Draws the whole form for a size. Pure: the same state and size give the same frame.
    public func render(size: Size) -> Screen {
        var screen = Screen(size: size)
        if size.width < minimumSize.width || size.height < minimumSize.height {
            renderTooSmall(into: &screen)
            return screen
        }
        let layout = FormLayout(form: self, size: size)
        let top = visibleTop(layout: layout)
        renderTitle(into: &screen)
        renderBody(into: &screen, layout: layout, top: top)
        if let panel = layout.sidePanel { renderSidePanel(into: &screen, area: panel) }
        renderMessageLine(into: &screen, row: size.height - 2)
        // Only the keys that work here: the focused widget's own (none for a text box). The
        // screen's own hints come first: a narrow bar leaves out the last ones.
        let extra = extraHints + (focusedField?.hints ?? [])
        var bar = StatusBar(commands: statusCommands, extra: extra)
        if alert != nil { bar = StatusBar(commands: [], extra: [KeyHint("Enter", .uiKeyOK)]) }
        bar.render(into: &screen, row: size.height - 1, strings: strings)
        let overlay = Rect(row: 1, column: 0, width: size.width, height: size.height - 2)
        if isShowingHelp { renderHelp(into: &screen, area: overlay) }
        if let alert { alert.render(into: &screen, area: overlay, strings: strings) }
        return screen
    }

    private func renderTooSmall(into screen: inout Screen) {
        let text = strings(.uiEnlargeWindow, ["columns": String(minimumSize.width), "rows": String(minimumSize.height)])
        for (i, line) in TextWrap.lines(text, width: screen.size.width).prefix(screen.size.height).enumerated() {
            screen.write(line, at: Position(row: i, column: 0), role: .warning)
        }
        screen.cursor = nil
    }

    /// The title on the left; on the right the step and after it the badge, if any. The title
    /// gives way when the row is short.
    private func renderTitle(into screen: inout Screen) {
        let w = screen.size.width
        let badgeWidth = DisplayWidth.of(titleBadge)
        var right = w - 1
        if badgeWidth > 0 {
            right -= badgeWidth
            screen.write(titleBadge, at: Position(row: 0, column: max(1, right)), role: titleBadgeRole)
            right -= 2
        }
        let stepWidth = DisplayWidth.of(step)
        if !step.isEmpty {
            screen.write(step, at: Position(row: 0, column: max(1, right - stepWidth)), role: .label,
                         clip: Rect(row: 0, column: 0, width: max(0, right), height: 1))
        }
        screen.writeWords(title, at: Position(row: 0, column: 1), role: .label,
                     clip: Rect(row: 0, column: 0, width: max(0, right - stepWidth - 2), height: 1))
    }

    private func renderBody(into screen: inout Screen, layout: FormLayout, top: Int) {
        let body = layout.body
        for e in layout.entries {
            let y = body.row + e.top - top
            if y + e.totalHeight <= body.row || y >= body.bottom { continue }
            let field = fields[e.index]
            let focused = e.index == focus && alert == nil && !isShowingHelp && jumpEditor == nil
            if let heading = field as? Heading {
                renderHeading(heading, into: &screen, row: y, body: body, focused: focused)
                continue
            }
            if e.index == focus {
                // plain, so a focus move costs few bytes; the cursor is on the field too
                screen.write(">", at: Position(row: y, column: 0), role: .text, clip: body)
            }
            // the focused field's caption is the selection bar unless the widget draws one on an option
            let captionBar = focused && !field.drawsSelection
            screen.write(field.caption, at: Position(row: y, column: 2), role: captionBar ? .selection : .label,
                         clip: Rect(row: body.row, column: 2, width: layout.captionWidth, height: body.height))
            let context = RenderContext(origin: Position(row: y, column: layout.widgetColumn), width: layout.widgetWidth,
                                        clip: body, focused: focused, strings: strings)
            field.render(into: &screen, context: context)
            for (n, line) in FormLayout.errorLines(errors[field.id], width: layout.widgetWidth).enumerated() {
                screen.write(line, at: Position(row: y + e.height + n, column: layout.widgetColumn), role: .error, clip: body)
            }
        }
        if top > 0 { screen.write("^", at: Position(row: body.row, column: body.right - 1), role: .muted) }
        if top < layout.maximumTop { screen.write("v", at: Position(row: body.bottom - 1, column: body.right - 1), role: .muted) }
    }

    /// A heading; one that has focus (a list's) is a bar across the body with the cursor on it.
    private func renderHeading(_ heading: Heading, into screen: inout Screen, row: Int, body: Rect, focused: Bool) {
        let at = Position(row: row, column: 1)
        guard focused else {
            screen.writeWords(heading.caption, at: at, role: heading.role, clip: body)
            return
        }
        screen.write(">", at: Position(row: row, column: 0), role: .text, clip: body)
        screen.fill(Rect(row: row, column: 1, width: body.width - 2, height: 1).intersection(body), role: .selection)
        screen.writeWords(heading.caption, at: at, role: .selection, clip: body)
        if body.contains(at) { screen.cursor = at }
    }

    private func renderSidePanel(into screen: inout Screen, area: Rect) {
        for row in area.row..<area.bottom {
            screen.write("|", at: Position(row: row, column: area.column - 1), role: .border)
        }
        var row = area.row
        if !sidePanelTitle.isEmpty {
            screen.write(sidePanelTitle, at: Position(row: row, column: area.column + 1), role: .label, clip: area)
            row += 2
        }
        for line in TextWrap.lines(sidePanel, width: area.width - 2) where row < area.bottom {
            screen.write(line, at: Position(row: row, column: area.column + 1), role: .text, clip: area)
            row += 1
        }
    }

    private func renderMessageLine(into screen: inout Screen, row: Int) {
        if let jumpEditor {
            let label = strings(.uiKeyJump) + ": "
            let w = screen.write(label, at: Position(row: row, column: 1), role: .label)
            let context = RenderContext(origin: Position(row: row, column: 1 + w), width: 30, clip: screen.bounds,
                                        focused: true, strings: strings)
            BoxRenderer.render(editor: jumpEditor, boxWidth: 24, suffix: nil, into: &screen, context: context)
        } else if let message {
            screen.writeWords(message, at: Position(row: row, column: 1), role: messageRole)
        }
    }

    /// The focused field's caption and help, then every key of `helpCommands`, over the form.
    /// The keys always show: in two columns when one does not fit, and a help text too long for
    /// what is left ends in "..." (F1 on a larger window shows it whole).
    private func renderHelp(into screen: inout Screen, area: Rect) {
        let box = Rect(row: area.row, column: area.column + 2, width: max(0, area.width - 4), height: area.height)
        screen.fill(area, role: .background)
        Frame.draw(box, title: strings(.uiHelpTitle), role: .border, into: &screen)
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: max(0, box.width - 4), height: max(0, box.height - 2))
        let footer = Position(row: box.bottom - 2, column: inner.column)
        var fieldLines: [(String, Role)] = []
        if let f = focusedField {
            // the caption wraps as the help does: a question a quarter longer in Spanish is shown whole
            for line in TextWrap.lines(f.caption, width: inner.width) { fieldLines.append((line, .label)) }
            for line in TextWrap.lines(f.help.isEmpty ? strings(.uiNoHelp) : f.help, width: inner.width) {
                fieldLines.append((line, .text))
            }
            fieldLines.append(("", .text))
        }
        let keys = KeyTable.helpLines(strings, commands: helpCommands)
        let widest = keys.reduce(0) { max($0, DisplayWidth.of($1)) }
        let rows = max(0, footer.row - inner.row)  // the rows above the help's own footer
        let columns = fieldLines.count + 1 + keys.count > rows && 2 * widest + 2 <= inner.width ? 2 : 1
        let perColumn = (keys.count + columns - 1) / columns
        let fieldRoom = max(0, rows - 1 - perColumn)
        if fieldLines.count == fieldRoom + 1 {
            fieldLines.removeLast()  // only the blank line after the help does not fit
        } else if fieldLines.count > fieldRoom {
            fieldLines = Array(fieldLines.prefix(fieldRoom))
            if let last = fieldLines.indices.last {
                // between words: the last line shown ends in "..." where a word ends, never inside one
                fieldLines[last].0 = Truncation.wholeWords(fieldLines[last].0, toWidth: max(0, inner.width - 4)) + " ..."
            }
        }
        var row = inner.row
        for (line, role) in fieldLines {
            screen.write(line, at: Position(row: row, column: inner.column), role: role, clip: inner)
            row += 1
        }
        screen.write(strings(.uiKeysHeading), at: Position(row: row, column: inner.column), role: .label, clip: inner)
        row += 1
        let keyArea = Rect(row: row, column: inner.column, width: inner.width, height: max(0, footer.row - row))
        for (index, line) in keys.enumerated() {
            let at = Position(row: row + index % perColumn, column: inner.column + (index / perColumn) * (widest + 2))
            screen.write(line, at: at, role: .text, clip: keyArea)
        }
        screen.write(strings(.uiHelpFooter), at: footer, role: .muted, clip: inner)
        screen.cursor = inner.contains(footer) ? footer : nil
    }
}
