import PlainText

/// Options stacked one under another (`( ) Yes`, `[x] Diabetes`): a mark four columns wide, then
/// the option's text wrapped to the width left, its continuation lines indented under the text,
/// so a long option is never cut. `ChoiceField` (stacked) and `ChecklistField` lay out with it.
public struct OptionLines: Hashable, Sendable {
    /// Columns of the mark before the text: "( ) ", "[x] ".
    public static let markWidth = 4

    /// The lines of each option, in order.
    public let lines: [[String]]
    /// The first row of each option, from the widget's top; the last element is the total height.
    public let tops: [Int]

    public init(_ options: [String], width: Int) {
        let textWidth = max(1, width - Self.markWidth)
        var lines: [[String]] = []
        lines.reserveCapacity(options.count)
        var tops = [0]
        tops.reserveCapacity(options.count + 1)
        for option in options {
            // most options fit: no wrapping worked out for them
            let wrapped = DisplayWidth.of(option) <= textWidth && !option.contains("\n")
                ? [option] : TextWrap.lines(option, width: textWidth)
            lines.append(wrapped.isEmpty ? [""] : wrapped)
            tops.append(tops[tops.count - 1] + max(1, wrapped.count))
        }
        self.lines = lines
        self.tops = tops
    }

    /// Rows of all the options.
    public var height: Int { tops[tops.count - 1] }

    /// The rows of option `index` (empty when there is no such option).
    public func rows(of index: Int) -> Range<Int> {
        guard lines.indices.contains(index) else { return 0..<0 }
        return tops[index]..<tops[index + 1]
    }

    /// Columns of the selection bar: the mark and the widest line of any option (whiptail's bar
    /// is as wide as its widest item, so moving it costs few bytes).
    public var barColumns: Int {
        Self.markWidth + lines.reduce(0) { widest, option in option.reduce(widest) { max($0, DisplayWidth.of($1)) } }
    }

    /// Draws option `index`: `mark` on its first row, its lines under one another; when `isBar`, a
    /// selection bar under every row of it.
    public func draw(_ index: Int, mark: String, isBar: Bool, into screen: inout Screen, context: RenderContext) {
        let top = tops[index]
        let role: Role = isBar ? .selection : .text
        for (offset, line) in lines[index].enumerated() {
            if isBar { context.drawSelectionBar(&screen, row: top + offset, columns: barColumns) }
            if offset == 0 { screen.write(mark, at: context.at(top, 0), role: role, clip: context.clip) }
            screen.write(line, at: context.at(top + offset, Self.markWidth), role: role, clip: context.clip)
        }
    }
}
