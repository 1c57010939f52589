import Catalog
import Foundation
import PlainText
import TerminalUI

/// Where it hurts: a small map of the back (seen from behind) with the legs below; the patient
/// points at a region with the arrow keys and marks it with Space. The value is the set of
/// marked regions, as indices into `regions` (the option order of `symptoms.locations`).
public struct BodyMapField: FormField {
    /// One region of the map: the option code, its short label and where it sits on the map.
    public struct Region: Hashable, Sendable {
        public var code: String
        public var label: String
        public var row: Int
        public var column: Int
        public init(code: String, label: String, row: Int, column: Int) {
            self.code = code; self.label = label; self.row = row; self.column = column
        }
    }

    public let id: String
    public var caption: String
    public var help: String
    public var regions: [Region]
    public var checked: Set<Int>
    public var pointed: Int
    /// The full name of each region (the questionnaire's option labels), shown under the map.
    public var names: [String]
    var legsLabel: String
    var pointingFormat: String

    /// Grid places (row, column 0-2) of each location code on the map.
    public static let places: [String: (row: Int, column: Int)] = [
        "neck": (0, 1), "chest-or-ribs": (1, 0), "upper-back": (1, 1), "abdomen": (1, 2),
        "mid-back": (2, 1), "lower-back": (3, 1), "hip-or-groin": (4, 0), "buttock": (4, 1),
    ]

    public init(id: String, caption: String, help: String, codes: [String], names: [String],
                shortLabels: [String], legsLabel: String, pointingFormat: String, checked: Set<Int> = []) {
        self.id = id
        self.caption = caption
        self.help = help
        self.regions = codes.enumerated().map { index, code in
            let place = BodyMapField.places[code] ?? (5 + index, 0)
            return Region(code: code, label: shortLabels[index], row: place.row, column: place.column)
        }
        self.names = names
        self.checked = checked
        self.pointed = regions.firstIndex { $0.code == "lower-back" } ?? 0
        self.legsLabel = legsLabel
        self.pointingFormat = pointingFormat
    }

    public var value: FieldValue {
        get { .checked(checked) }
        set { if case .checked(let set) = newValue { checked = set.filter(regions.indices.contains) } else { checked = [] } }
    }

    public var hints: [KeyHint] { [KeyHint("Arrows", .uiKeyMove), KeyHint("Space", .uiKeyToggle)] }

    /// The region pointed at is drawn as the selection bar.
    public var drawsSelection: Bool { true }

    /// Five rows of regions, the legs, and the line naming the region pointed at.
    public func height(width: Int) -> Int { 7 }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        switch key {
        case .up: return move(rowStep: -1, columnStep: 0) ? .handled : .ignored
        case .down: return move(rowStep: 1, columnStep: 0) ? .handled : .ignored
        case .left: _ = move(rowStep: 0, columnStep: -1); return .handled
        case .right: _ = move(rowStep: 0, columnStep: 1); return .handled
        case .character(" "):
            if checked.contains(pointed) { checked.remove(pointed) } else { checked.insert(pointed) }
            return .changed
        case .enter: return .next
        default: return .ignored
        }
    }

    /// Points at the nearest region in a direction; false when there is none.
    private mutating func move(rowStep: Int, columnStep: Int) -> Bool {
        let here = regions[pointed]
        let candidates = regions.indices.filter { index in
            let r = regions[index]
            if rowStep != 0 { return (r.row - here.row) * rowStep > 0 }
            return r.row == here.row && (r.column - here.column) * columnStep > 0
        }
        let best = candidates.min { a, b in
            distance(regions[a], from: here) < distance(regions[b], from: here)
        }
        guard let best else { return false }
        pointed = best
        return true
    }

    private func distance(_ r: Region, from here: Region) -> Int {
        abs(r.row - here.row) * 3 + abs(r.column - here.column)
    }

    /// Where each of the three map columns starts: evenly spaced when every label fits its column,
    /// else each column as wide as its widest label ("[ ] espalda media"), moved left into the
    /// question's indent as far as needed, so no label is drawn over by its neighbour.
    func columnStarts(width: Int) -> [Int] {
        let even = max(8, min(16, width / 3))
        let widest = (0..<3).map { column in
            regions.filter { $0.column == column }.map { 4 + DisplayWidth.of($0.label) }.max() ?? 0
        }
        if widest[0] <= even - 1 && widest[1] <= even - 1 { return [0, even, 2 * even] }
        let starts = [0, widest[0] + 1, widest[0] + widest[1] + 2]
        // the last column of the form is the scroll mark's ("v"): a label stops before it
        let shift = min(QuestionField.widgetIndent - 2, max(0, starts[2] + widest[2] - (width - 1)))
        return starts.map { $0 - shift }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let starts = columnStarts(width: context.width)
        for (index, region) in regions.enumerated() {
            let mark = checked.contains(index) ? "[#] " : "[ ] "
            let role: Role = context.focused && index == pointed ? .selection : .text
            let column = starts[min(2, max(0, region.column))]
            screen.write(mark + region.label, at: context.at(region.row, column), role: role, clip: context.clip)
            if index == pointed { context.placeCursor(&screen, row: region.row, column: column + 1) }
        }
        screen.write(legsLabel, at: context.at(5, starts[1] - 1), role: .muted, clip: context.clip)
        if context.focused, names.indices.contains(pointed) {
            let line = PlaceholderText.fill(pointingFormat, named: ["region": names[pointed]])
            screen.write(line, at: context.at(6, 0), role: .label, clip: context.clip)
        }
    }

    public func validate(strings: Catalog) -> String? { nil }

    public func lineModeChoices(strings: Catalog) -> [String] { names }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        var list = ChecklistField(id: id, caption: caption, options: names, checked: checked)
        let message = list.acceptLine(line, strings: strings)
        if message == nil { checked = list.checked }
        return message
    }
}
