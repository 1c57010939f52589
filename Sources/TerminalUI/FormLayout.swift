import PlainText

/// Where each visible field of a form goes, for a size: pure geometry shared by key handling
/// (to scroll the focused field into view) and rendering.
public struct FormLayout: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// Index into `FormView.fields`.
        public var index: Int
        /// Row within the scrolled body (0 = first row of the form).
        public var top: Int
        /// Rows of the widget itself.
        public var height: Int
        /// Rows including the inline error line.
        public var totalHeight: Int
    }

    public static let sidePanelWidth = 32
    /// The side panel is shown from this width on.
    public static let sidePanelMinimumWidth = 100

    public var size: Size
    public var body: Rect
    public var sidePanel: Rect?
    public var captionWidth: Int
    public var widgetColumn: Int
    public var widgetWidth: Int
    public var entries: [Entry]
    public var contentHeight: Int

    public init(form: FormView, size: Size) {
        self.size = size
        let panel = size.width >= Self.sidePanelMinimumWidth && form.hasSidePanel
        let bodyWidth = panel ? size.width - Self.sidePanelWidth - 1 : size.width
        body = Rect(row: 2, column: 0, width: bodyWidth, height: max(0, size.height - 4))
        sidePanel = panel ? Rect(row: 2, column: bodyWidth + 1, width: Self.sidePanelWidth, height: max(0, size.height - 4)) : nil
        captionWidth = max(8, min(form.captionWidth, bodyWidth / 3))
        widgetColumn = 2 + captionWidth + 1
        widgetWidth = max(1, bodyWidth - widgetColumn - 1)
        var top = 0
        var list: [Entry] = []
        for (i, f) in form.fields.enumerated() where !form.hidden.contains(f.id) {
            if f is Heading && top > 0 { top += 1 }
            let h = max(1, f.height(width: widgetWidth))
            let total = h + Self.errorLines(form.errors[f.id], width: widgetWidth).count
            list.append(Entry(index: i, top: top, height: h, totalHeight: total))
            top += total
        }
        entries = list
        contentHeight = top
    }

    /// An inline error, wrapped under its widget (at most 3 lines).
    public static func errorLines(_ error: String?, width: Int) -> [String] {
        guard let error else { return [] }
        // a date's message names the forms allowed: it is read whole, so it may take six rows
        return Array(TextWrap.lines("! " + error, width: max(1, width)).prefix(6))
    }

    public func entry(for index: Int) -> Entry? { entries.first { $0.index == index } }

    /// The largest useful scroll offset.
    public var maximumTop: Int { max(0, contentHeight - body.height) }

    /// The scroll offset closest to `top` that shows the field at `index` whole when it fits, else
    /// its `focusedRows` (the rows of the focused option, from the field's top; see
    /// `FormField.focusedRows`), so the row the cursor is on is always on screen.
    public func scrollTop(showing index: Int, focusedRows: Range<Int> = 0..<1, from top: Int) -> Int {
        guard let e = entry(for: index) else { return min(top, maximumTop) }
        var t = min(max(0, top), maximumTop)
        var wanted = e.top..<e.top + e.totalHeight
        if e.totalHeight > body.height {
            let last = min(max(focusedRows.upperBound, 1), e.height)
            wanted = e.top + min(max(0, focusedRows.lowerBound), last - 1)..<e.top + last
        }
        // the start first, then the end: when both cannot be shown, the focused row (last) wins
        if wanted.lowerBound < t { t = wanted.lowerBound }
        if wanted.upperBound > t + body.height { t = wanted.upperBound - body.height }
        // a heading just above the field comes along when there is room
        if let prev = entries.last(where: { $0.index < index }), prev.top + 1 == e.top || prev.top + 2 == e.top,
           wanted.upperBound - prev.top <= body.height, prev.top < t {
            t = prev.top
        }
        return max(0, t)
    }
}
