import Catalog
/// Any number of options: `[x] Diabetes` one per line (a long one wrapped onto lines indented
/// under its text, `OptionLines`). Up/Down move, Space toggles.
public struct ChecklistField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var options: [String]
    public var checked: Set<Int>
    public var highlighted: Int

    public init(id: String, caption: String, help: String = "", options: [String], checked: Set<Int> = []) {
        self.id = id
        self.caption = caption
        self.help = help
        self.options = options
        self.checked = checked
        self.highlighted = 0
    }

    public var value: FieldValue {
        get { .checked(checked) }
        set { if case .checked(let s) = newValue { checked = s.filter(options.indices.contains) } else { checked = [] } }
    }

    public var hints: [KeyHint] { [KeyHint("Space", .uiKeyToggle)] }

    public func height(width: Int) -> Int { max(1, OptionLines(options, width: width).height) }

    /// Every line of the highlighted option.
    public func focusedRows(width: Int) -> Range<Int> {
        let rows = OptionLines(options, width: width).rows(of: highlighted)
        return rows.isEmpty ? 0..<1 : rows
    }

    public var drawsSelection: Bool { true }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        switch key {
        case .up:
            guard highlighted > 0 else { return .ignored }
            highlighted -= 1; return .handled
        case .down:
            guard highlighted < options.count - 1 else { return .ignored }
            highlighted += 1; return .handled
        case .home: highlighted = 0; return .handled
        case .end: highlighted = max(0, options.count - 1); return .handled
        case .character(" "):
            guard options.indices.contains(highlighted) else { return .handled }
            if checked.contains(highlighted) { checked.remove(highlighted) } else { checked.insert(highlighted) }
            return .changed
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let layout = OptionLines(options, width: context.width)
        for index in options.indices {
            layout.draw(index, mark: checked.contains(index) ? "[x] " : "[ ] ", isBar: context.focused && index == highlighted,
                        into: &screen, context: context)
        }
        if options.indices.contains(highlighted) { context.placeCursor(&screen, row: layout.tops[highlighted], column: 1) }
    }

    public func validate(strings: Catalog) -> String? { nil }

    public func lineModeChoices(strings: Catalog) -> [String] { options }

    /// Line mode: `1,3` checks options 1 and 3 only; `0` checks none.
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let parts = line.split(whereSeparator: { $0 == "," || $0 == " " })
        var chosen = Set<Int>()
        for p in parts {
            guard let n = Int(p), n == 0 || options.indices.contains(n - 1) else { return strings(.uiLineModeChecklist) }
            if n > 0 { chosen.insert(n - 1) }
        }
        checked = chosen
        return nil
    }
}
