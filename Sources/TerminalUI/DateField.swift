import Catalog
/// A typed date field, `YYYY-MM-DD`, validated as a real calendar date; shows the format.
public struct DateField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var editor: LineEditor
    public var isRequired: Bool
    /// Extra check of a valid date (for example "not in the future"); returns a message or nil.
    public var validator: (@Sendable (_ year: Int, _ month: Int, _ day: Int) -> String?)?

    public init(id: String, caption: String, help: String = "", text: String = "", isRequired: Bool = false,
                validator: (@Sendable (Int, Int, Int) -> String?)? = nil) {
        self.id = id
        self.caption = caption
        self.help = help
        self.editor = LineEditor(text: text, maxLength: 10)
        self.isRequired = isRequired
        self.validator = validator
    }

    public var text: String { editor.text }

    /// The date typed, when it is a valid one.
    public var date: (year: Int, month: Int, day: Int)? { Self.parse(editor.text) }

    public var value: FieldValue {
        get { editor.text.isEmpty ? .empty : .text(editor.text) }
        set { if case .text(let t) = newValue { editor.setText(t) } else { editor.setText("") } }
    }

    public mutating func selectForReplacing() { editor.selectAll() }
    public var hints: [KeyHint] { editor.isAllSelected ? [KeyHint("End", .uiKeyEditAnswer)] : [] }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        if key == .enter { return .next }
        return editor.handle(key)
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        BoxRenderer.render(editor: editor, boxWidth: 10, suffix: context.strings(.uiDateFormat), into: &screen, context: context)
    }

    public func validate(strings: Catalog) -> String? {
        let t = editor.text.trimmingSpaces
        if t.isEmpty { return isRequired ? strings(.uiRequired, ["field": caption]) : nil }
        guard let d = Self.parse(t) else { return strings(.uiInvalidDate, ["field": caption]) }
        return validator?(d.year, d.month, d.day)
    }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let old = editor
        editor.setText(line.trimmingSpaces)
        if let e = validate(strings: strings) { editor = old; return e }
        return nil
    }

    /// Parses `YYYY-MM-DD` (Gregorian calendar, years 1000-9999).
    public static func parse(_ s: String) -> (year: Int, month: Int, day: Int)? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              y >= 1000, (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days ? (y, m, d) : nil
    }
}
