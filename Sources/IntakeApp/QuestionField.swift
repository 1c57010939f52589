import Catalog
import TerminalUI
import PlainText

/// A question in plain words above its answer widget: questions are sentences, too long for a
/// caption column, so the whole text is wrapped across the form and the widget sits below it.
/// Everything else (value, keys, help, hints, checks) is the inner widget's.
public struct QuestionField: FormField {
    public var inner: any FormField
    /// The question as drawn: the caption, marked "(required)" where an answer is needed.
    public let question: String
    /// Columns between the form's left edge and the widget's origin (the toolkit's caption column).
    static let widgetIndent = 9

    /// The question wrapped for the widget width the form was built for (worked out once, not on
    /// every frame); another width wraps it afresh.
    let wrapped: (width: Int, lines: [String])?

    public init(_ inner: any FormField, widgetWidth: Int? = nil, question: String? = nil) {
        self.inner = inner
        let question = question ?? inner.caption
        self.question = question
        self.wrapped = widgetWidth.map { width in
            (width, TextWrap.lines(question, width: max(10, width + Self.widgetIndent - 1)))
        }
    }

    public var id: String { inner.id }
    public var caption: String { inner.caption }
    public var help: String { inner.help }
    public var isFocusable: Bool { inner.isFocusable }
    public var hints: [KeyHint] { inner.hints }
    /// The question draws the selection bar when the widget has no option to draw it on.
    public var drawsSelection: Bool { true }
    public var value: FieldValue {
        get { inner.value }
        set { inner.value = newValue }
    }

    /// The question's lines at the width the form gives the widget (plus the caption column).
    func questionLines(widgetWidth: Int) -> [String] {
        if let wrapped, wrapped.width == widgetWidth { return wrapped.lines }
        return TextWrap.lines(question, width: max(10, widgetWidth + Self.widgetIndent - 1))
    }

    public func height(width: Int) -> Int { questionLines(widgetWidth: width).count + inner.height(width: width) }

    /// The widget's focused rows below the question; on the first option, the question with it.
    public func focusedRows(width: Int) -> Range<Int> {
        let lines = questionLines(widgetWidth: width).count
        let rows = inner.focusedRows(width: width)
        return (rows.lowerBound == 0 ? 0 : lines + rows.lowerBound)..<lines + rows.upperBound
    }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome { inner.handle(key, strings: strings) }
    public mutating func selectForReplacing() { inner.selectForReplacing() }

    public func render(into screen: inout Screen, context: RenderContext) {
        let lines = questionLines(widgetWidth: context.width)
        let left = context.origin.column - Self.widgetIndent
        // focused: a bar on the question when the widget has no option to put it on (a text
        // box), else the question in the focus colour over the widget's own bar. The bar is as wide
        // as the question's widest line, as option bars are as wide as the widest option: a Tab
        // over SSH then costs the question's letters, not a row of blanks (issue 13).
        let isBar = context.focused && !inner.drawsSelection
        let barWidth = min(context.width + Self.widgetIndent, lines.map { DisplayWidth.of($0) }.max() ?? 0)
        for (index, line) in lines.enumerated() {
            let row = context.origin.row + index
            screen.fill(Rect(row: row, column: left, width: context.width + Self.widgetIndent, height: 1).intersection(context.clip),
                        role: .text)
            if isBar {
                screen.fill(Rect(row: row, column: left, width: barWidth, height: 1).intersection(context.clip), role: .selection)
            }
            screen.write(line, at: Position(row: row, column: left), role: isBar ? .selection : (context.focused ? .focus : .label),
                         clip: context.clip)
        }
        var below = context
        below.origin = Position(row: context.origin.row + lines.count, column: context.origin.column)
        inner.render(into: &screen, context: below)
    }

    public func validate(strings: Catalog) -> String? { inner.validate(strings: strings) }
    public func lineModeChoices(strings: Catalog) -> [String] { inner.lineModeChoices(strings: strings) }
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? { inner.acceptLine(line, strings: strings) }
}
