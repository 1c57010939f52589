import Catalog
/// One answer from a few options: radio buttons `(*) Yes  ( ) No  ( ) Unknown` in a row, or one
/// option per line (a long one wrapped onto lines indented under its text, `OptionLines`).
/// Arrows move, Space or Enter choose, the first letter of an option chooses it.
public struct ChoiceField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var options: [String]
    public var selected: Int?
    public var highlighted: Int
    public var isHorizontal: Bool
    public var isRequired: Bool

    public init(id: String, caption: String, help: String = "", options: [String], selected: Int? = nil,
                isHorizontal: Bool = false, isRequired: Bool = false) {
        self.id = id
        self.caption = caption
        self.help = help
        self.options = options
        self.selected = selected
        self.highlighted = selected ?? 0
        self.isHorizontal = isHorizontal
        self.isRequired = isRequired
    }

    /// Yes / No / Unknown in a row, texts from the string table (options 0, 1, 2).
    public static func yesNoUnknown(id: String, caption: String, help: String = "", strings: Catalog,
                                    selected: Int? = nil) -> ChoiceField {
        ChoiceField(id: id, caption: caption, help: help, options: [strings(.uiYes), strings(.uiNo), strings(.uiUnknown)],
                    selected: selected, isHorizontal: true)
    }

    public var value: FieldValue {
        get { selected.map { .choice($0) } ?? .empty }
        set {
            if case .choice(let i) = newValue, options.indices.contains(i) { selected = i; highlighted = i } else { selected = nil }
        }
    }

    public var hints: [KeyHint] { [KeyHint("Space", .uiKeyChoose)] }

    public func height(width: Int) -> Int { isHorizontal ? 1 : max(1, OptionLines(options, width: width).height) }

    /// Stacked: every line of the highlighted option.
    public func focusedRows(width: Int) -> Range<Int> {
        guard !isHorizontal else { return 0..<1 }
        let rows = OptionLines(options, width: width).rows(of: highlighted)
        return rows.isEmpty ? 0..<1 : rows
    }

    public var drawsSelection: Bool { true }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        let back: Key = isHorizontal ? .left : .up, forward: Key = isHorizontal ? .right : .down
        switch key {
        case back:
            guard highlighted > 0 else { return isHorizontal ? .handled : .ignored }
            highlighted -= 1; return .handled
        case forward:
            guard highlighted < options.count - 1 else { return isHorizontal ? .handled : .ignored }
            highlighted += 1; return .handled
        case .character(" "), .enter:
            if key == .enter && selected == highlighted { return .next }
            selected = highlighted
            return .changed
        case .character(let c):
            let typed = String(c).lowercased()
            guard let i = options.firstIndex(where: { $0.lowercased().hasPrefix(typed) }) else { return .ignored }
            highlighted = i; selected = i
            return .changed
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        if !isHorizontal {
            let layout = OptionLines(options, width: context.width)
            for index in options.indices {
                // the highlighted option is a bar across every line of it
                layout.draw(index, mark: selected == index ? "(*) " : "( ) ", isBar: context.focused && index == highlighted,
                            into: &screen, context: context)
            }
            if options.indices.contains(highlighted) {
                context.placeCursor(&screen, row: layout.tops[highlighted], column: 1)
            }
            return
        }
        var col = 0
        for (i, option) in options.enumerated() {
            let mark = selected == i ? "(*) " : "( ) "
            // options sharing a row: the bar is over the highlighted option alone
            let role: Role = context.focused && i == highlighted ? .selection : .text
            let used = screen.write(mark + option, at: context.at(0, col), role: role, clip: context.clip)
            if i == highlighted { context.placeCursor(&screen, row: 0, column: col + 1) }
            col += used + 2
        }
    }

    public func validate(strings: Catalog) -> String? {
        selected == nil && isRequired ? strings(.uiRequired, ["field": caption]) : nil
    }

    public func lineModeChoices(strings: Catalog) -> [String] { options }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let t = line.trimmingSpaces
        if let n = Int(t), options.indices.contains(n - 1) { selected = n - 1; highlighted = n - 1; return nil }
        if let i = options.firstIndex(where: { $0.lowercased() == t.lowercased() }) { selected = i; highlighted = i; return nil }
        return strings(.uiLineModeChoose)
    }
}
