import Assessment
import IntakeReport
import Questionnaire
import TerminalUI
import PlainText

extension IntakeScreen {
    /// Rows the summary body has at a size (title, banner, message and status lines aside).
    static func summaryBodyHeight(for size: Size) -> Int { max(1, size.height - 4) }

    func summaryLines(width: Int) -> [SummaryContent.Line] {
        if isKiosk { return kioskReviewLines(width: width) }
        if let layout = summaryLayout, layout.fits(width: width, record: session.record) { return layout.lines }
        let report = IntakeReport.make(record: session.record, language: shownLanguage,
                                       definition: session.definition)
        return SummaryContent(report: report, strings: strings,
                              alertsNoLongerApplying: session.acknowledgedAlertsNoLongerFiring.map(\.rawValue)).lines(width: width)
    }

    /// Lays the summary out once for the record and width on screen (wrapping every line of it is
    /// too slow to redo on every frame while it scrolls).
    mutating func keepSummaryLaidOut() {
        let width = size.width - 2
        if summaryLayout?.fits(width: width, record: session.record) == true { return }
        summaryLayout = SummaryLayout(width: width, record: session.record, lines: summaryLines(width: width))
    }

    var maximumSummaryTop: Int {
        max(0, summaryLines(width: size.width - 2).count - 1 - Self.summaryBodyHeight(for: size))
    }

    /// The summary's keys: Down/Up, PgDn/PgUp, Home/End scroll; F5 / Esc 5 prints; PgUp at the
    /// top goes back to the last step; F10 finishes; F2 saves.
    mutating func handleSummary(_ key: Key) -> [SessionEffect] {
        let page = max(1, Self.summaryBodyHeight(for: size) - 1)
        switch KeyTable.command(for: key) {
        case .help: isShowingSummaryHelp = true; return []
        case .save: return perform(.save)
        case .finish: return perform(.finish)
        case .print where !isKiosk: return perform(.print)
        default: break
        }
        // Worked out only for the keys that scroll: it lays the whole summary out.
        var bottom: Int { maximumSummaryTop }
        switch key {
        case .down: summaryTop = min(bottom, summaryTop + 1)
        case .up: summaryTop = max(0, summaryTop - 1)
        case .pageDown: summaryTop = min(bottom, summaryTop + page)
        case .pageUp:
            if summaryTop == 0 { return perform(.previousStep) }
            summaryTop = max(0, summaryTop - page)
        case .home: summaryTop = 0
        case .end: summaryTop = bottom
        case .control("p"), .backTab: return perform(.previousStep)
        default: break
        }
        return []
    }

    /// A patient at the kiosk is not shown the triage (the side panel hides it too): the Review step
    /// thanks them and says what F10 does; staff see the summary once they take over.
    func kioskReviewLines(width: Int) -> [SummaryContent.Line] {
        var lines = [SummaryContent.Line(text: strings(.screenSummaryKioskBanner), role: .label)]
        for text in [strings(.screenSummaryKioskBody)] {
            lines += TextWrap.lines(text, width: max(10, width - 2)).map { SummaryContent.Line(text: $0, role: .text) }
        }
        return lines
    }

    /// The summary: title and step, the urgency banner across the width, the scrolling lines.
    func renderSummary(size: Size) -> Screen {
        var screen = Screen(size: size)
        guard size.width >= 40, size.height >= 10 else {
            let text = ui(.uiEnlargeWindow, ["columns": "40", "rows": "10"])
            for (index, line) in TextWrap.lines(text, width: max(1, size.width)).prefix(size.height).enumerated() {
                screen.write(line, at: Position(row: index, column: 0), role: .warning)
            }
            return screen
        }
        let (title, stepText) = header(width: size.width)
        let stepWidth = DisplayWidth.of(stepText)
        screen.write(title, at: Position(row: 0, column: 1), role: .label,
                     clip: Rect(row: 0, column: 0, width: size.width - stepWidth - 3, height: 1))
        screen.write(stepText, at: Position(row: 0, column: max(1, size.width - stepWidth - 1)), role: .label)
        let lines = summaryLines(width: size.width - 2)
        let banner = lines.first ?? SummaryContent.Line(text: "", role: .label)
        screen.fill(Rect(row: 1, column: 0, width: size.width, height: 1), role: banner.role)
        screen.write(banner.text, at: Position(row: 1, column: 1), role: banner.role)
        // a long notice wraps onto rows taken from the bottom of the body (at most three more)
        let noticeLines = session.notice.map { TextWrap.lines($0, width: size.width - 2) } ?? []
        let noticeRows = min(max(0, noticeLines.count - 1), IntakeScreen.messageExtraRows, max(0, size.height - 10))
        let body = Rect(row: 2, column: 0, width: size.width, height: Self.summaryBodyHeight(for: size) - noticeRows)
        let top = min(summaryTop, max(0, lines.count - 1 - body.height))
        for (offset, line) in lines.dropFirst(1 + top).prefix(body.height).enumerated() {
            screen.write(line.text, at: Position(row: body.row + offset, column: 1), role: line.role, clip: body)
        }
        if top > 0 { screen.write("^", at: Position(row: body.row, column: body.right - 1), role: .muted) }
        if top + body.height < lines.count - 1 {
            screen.write("v", at: Position(row: body.bottom - 1, column: body.right - 1), role: .muted)
        }
        for (index, line) in noticeLines.prefix(noticeRows + 1).enumerated() {
            screen.write(line, at: Position(row: size.height - 2 - noticeRows + index, column: 1), role: .warning)
        }
        StatusBar(commands: summaryFooterCommands, extra: [KeyHint("Down/Up", .uiKeyScroll)])
            .render(into: &screen, row: size.height - 1, strings: ui)
        screen.cursor = Position(row: 1, column: 1)
        if isShowingSummaryHelp { renderSummaryHelp(into: &screen) }
        return screen
    }

    private func renderSummaryHelp(into screen: inout Screen) {
        var helpForm = FormView(title: "", fields: [], strings: ui, size: screen.size)
        helpForm.isShowingHelp = true
        helpForm.helpCommands = summaryHelpCommands
        let overlay = helpForm.render(size: screen.size)
        for row in 1..<screen.size.height - 1 {
            for column in 0..<screen.size.width { screen[row, column] = overlay[row, column] }
        }
        screen.cursor = overlay.cursor
    }
}
