import Catalog
import PlainText

/// A scrollable read-only text: wrapped to the width, Up/Down/PgUp/PgDn/Home/End scroll it.
/// At the top or the bottom, Up or Down pass on to the form.
public struct TextView: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var text: String
    public var visibleRows: Int
    public var top: Int = 0
    /// The width it was last wrapped for (set by the form on resize; used for scrolling limits).
    public var wrapWidth: Int = 60

    public init(id: String, caption: String = "", help: String = "", text: String, visibleRows: Int = 10) {
        self.id = id
        self.caption = caption
        self.help = help
        self.text = text
        self.visibleRows = max(1, visibleRows)
    }

    public var value: FieldValue {
        get { .text(text) }
        set { if case .text(let t) = newValue { text = t; top = 0 } }
    }

    public var hints: [KeyHint] { [KeyHint("Down/Up", .uiKeyScroll)] }

    public func height(width: Int) -> Int { min(visibleRows, max(1, TextWrap.lines(text, width: width).count)) }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        let total = TextWrap.lines(text, width: wrapWidth).count
        let last = max(0, total - visibleRows)
        switch key {
        case .down:
            guard top < last else { return .ignored }
            top += 1; return .handled
        case .up:
            guard top > 0 else { return .ignored }
            top -= 1; return .handled
        case .pageDown:
            guard top < last else { return .ignored }
            top = min(last, top + visibleRows - 1); return .handled
        case .pageUp:
            guard top > 0 else { return .ignored }
            top = max(0, top - visibleRows + 1); return .handled
        case .home: top = 0; return .handled
        case .end: top = last; return .handled
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let lines = TextWrap.lines(text, width: context.width)
        let start = min(top, max(0, lines.count - visibleRows))
        for (i, line) in lines.dropFirst(start).prefix(visibleRows).enumerated() {
            screen.write(line, at: context.at(i, 0), role: .text, clip: context.clip)
        }
        context.placeCursor(&screen, row: 0, column: 0)
    }

    public func validate(strings: Catalog) -> String? { nil }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? { nil }
}
