import Catalog
/// A 0-10 scale with a visual bar: `[######----]  6 / 10`. Left/Right step, digits type the value
/// (1 then 0 gives 10), Home/End go to the ends.
public struct ScaleField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var minimum: Int
    public var maximum: Int
    public var selected: Int?
    public var isRequired: Bool

    public init(id: String, caption: String, help: String = "", minimum: Int = 0, maximum: Int = 10,
                selected: Int? = nil, isRequired: Bool = false) {
        self.id = id
        self.caption = caption
        self.help = help
        self.minimum = minimum
        self.maximum = max(minimum, maximum)
        self.selected = selected
        self.isRequired = isRequired
    }

    public var value: FieldValue {
        get { selected.map { .integer($0) } ?? .empty }
        set { if case .integer(let n) = newValue, (minimum...maximum).contains(n) { selected = n } else { selected = nil } }
    }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        switch key {
        case .left: selected = max(minimum, (selected ?? minimum + 1) - 1); return .changed
        case .right: selected = min(maximum, (selected ?? minimum - 1) + 1); return .changed
        case .home: selected = minimum; return .changed
        case .end: selected = maximum; return .changed
        case .delete, .backspace: selected = nil; return .changed
        case .enter: return .next
        case .character(let c):
            guard let d = c.wholeNumberValue, c.isASCII else { return .ignored }
            if let s = selected, s * 10 + d <= maximum, s > 0 { selected = s * 10 + d }
            else if (minimum...maximum).contains(d) { selected = d }
            return .changed
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let steps = maximum - minimum
        let filled = (selected ?? minimum) - minimum
        let bar = String(repeating: "#", count: selected == nil ? 0 : filled)
            + String(repeating: "-", count: selected == nil ? steps : steps - filled)
        screen.write("[", at: context.at(0, 0), role: .border, clip: context.clip)
        screen.write(bar, at: context.at(0, 1), role: .text, clip: context.clip)
        screen.write("]", at: context.at(0, 1 + steps), role: .border, clip: context.clip)
        let number = selected.map { String($0) } ?? "-"
        screen.write(" " + number.leftPadded(to: 2) + " / \(maximum)", at: context.at(0, 2 + steps), role: .label, clip: context.clip)
        context.placeCursor(&screen, row: 0, column: 1 + max(0, min(steps - 1, filled - 1)))
    }

    public func validate(strings: Catalog) -> String? {
        selected == nil && isRequired ? strings(.uiRequired, ["field": caption]) : nil
    }

    public func lineModeChoices(strings: Catalog) -> [String] { [] }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        guard let n = Int(line.trimmingSpaces), (minimum...maximum).contains(n) else {
            return strings(.uiOutOfRange, ["field": caption, "low": String(minimum), "high": String(maximum), "unit": ""])
        }
        selected = n
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
