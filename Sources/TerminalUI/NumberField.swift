import Catalog
import PlainText
/// A number with an optional unit switch: `[72___] kg / lb` (Space switches the unit).
/// The number is kept exactly as typed; unit conversion belongs to the model.
public struct NumberField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var editor: LineEditor
    /// Units to choose from (empty: a plain number).
    public var units: [String]
    public var unitIndex: Int
    public var allowsDecimals: Bool
    public var isRequired: Bool
    /// Range check of a well-formed number in the chosen unit; returns a message or nil.
    public var validator: (@Sendable (_ number: String, _ unit: String) -> String?)?
    /// Words after the units for what is typed ("= 31.75 kg" beside 70 lb), nil for none.
    public var note: (@Sendable (_ text: String, _ unit: String) -> String?)?

    public init(id: String, caption: String, help: String = "", text: String = "", units: [String] = [],
                unit: String? = nil, allowsDecimals: Bool = true, maxLength: Int = 8, isRequired: Bool = false,
                validator: (@Sendable (String, String) -> String?)? = nil) {
        self.id = id
        self.caption = caption
        self.help = help
        self.editor = LineEditor(text: text, maxLength: maxLength)
        self.units = units
        self.unitIndex = unit.flatMap { units.firstIndex(of: $0) } ?? 0
        self.allowsDecimals = allowsDecimals
        self.isRequired = isRequired
        self.validator = validator
    }

    public var unit: String { units.isEmpty ? "" : units[unitIndex] }
    public var text: String { editor.text }

    public var value: FieldValue {
        get { editor.text.isEmpty ? .empty : .quantity(editor.text, unit: unit) }
        set {
            switch newValue {
            case .quantity(let n, let u):
                editor.setText(n)
                if let i = units.firstIndex(of: u) { unitIndex = i }
            case .integer(let n): editor.setText(String(n))
            case .text(let t): editor.setText(t)
            default: editor.setText("")
            }
        }
    }

    public var hints: [KeyHint] {
        (units.count > 1 ? [KeyHint("Space", .uiKeyUnit)] : []) + (editor.isAllSelected ? [KeyHint("End", .uiKeyEditAnswer)] : [])
    }

    public mutating func selectForReplacing() { editor.selectAll() }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        switch key {
        case .enter: return .next
        case .character(" ") where units.count > 1:
            unitIndex = (unitIndex + 1) % units.count
            return .changed
        default: return editor.handle(key)
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let box = min(editor.maxLength ?? 8, 10)
        BoxRenderer.render(editor: editor, boxWidth: box, suffix: nil, into: &screen, context: context)
        var col = box + 3
        for (i, u) in units.enumerated() {
            if i > 0 { col += screen.write(" / ", at: context.at(0, col), role: .muted, clip: context.clip) }
            let chosen = i == unitIndex
            col += screen.write(chosen ? "(\(u))" : u, at: context.at(0, col), role: chosen ? .label : .muted, clip: context.clip)
        }
        // whole or not at all: "= 31.75 k" would say a wrong thing
        if let words = note?(editor.text, unit), col + 2 + DisplayWidth.of(words) <= context.width {
            screen.write("  " + words, at: context.at(0, col), role: .muted, clip: context.clip)
        }
        let (_, cursorColumn) = editor.visible(width: box)
        context.placeCursor(&screen, row: 0, column: 1 + min(cursorColumn, box - 1))
    }

    public func validate(strings: Catalog) -> String? {
        let t = editor.text.trimmingSpaces
        if t.isEmpty { return isRequired ? strings(.uiRequired, ["field": caption]) : nil }
        guard Self.isWellFormed(t, allowsDecimals: allowsDecimals) else { return strings(.uiNotANumber, ["field": caption]) }
        return validator?(t, unit)
    }

    /// Digits, optionally one decimal mark and more digits (`72`, `72.5`, `72,5`); no sign, no
    /// exponent. A comma followed by exactly three digits (`1,234`) could be a thousands separator
    /// and is refused, as the intake's `TypedNumber` refuses it.
    public static func isWellFormed(_ s: String, allowsDecimals: Bool) -> Bool {
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard parts.count == 1 || (parts.count == 2 && allowsDecimals) else { return false }
        if parts.count == 2, s.contains(","), parts[1].count == 3, (1...3).contains(parts[0].count), parts[0].first != "0" { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    public func lineModeChoices(strings: Catalog) -> [String] { units.count > 1 ? units : [] }

    /// Line mode: `72 kg`, `160 lb` or just `72` (keeps the unit).
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let old = self
        let words = line.split(separator: " ").map(String.init)
        guard let number = words.first else { return nil }
        editor.setText(number)
        if words.count > 1, let i = units.firstIndex(where: { $0.lowercased() == words[1].lowercased() }) { unitIndex = i }
        if let e = validate(strings: strings) { self = old; return e }
        return nil
    }
}
