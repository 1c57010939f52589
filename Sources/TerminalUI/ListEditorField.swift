import Catalog
import PlainText

/// A list of rows with an input line and type-ahead from a vocabulary (for medications).
///
/// On the input line: type; Up/Down pick a suggestion while there are any; Enter adds the
/// picked suggestion or the typed text. With an empty input, Up goes to the rows. On a row:
/// Enter edits it (back on the input line), Delete removes it, `[` and `]` move it up and down.
public struct ListEditorField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var rows: [String]
    public var input: LineEditor
    /// The row that has the cursor; `rows.count` is the input line.
    public var highlighted: Int
    /// The picked suggestion, if any.
    public var suggestionIndex: Int?
    /// How many rows are shown at most (the list scrolls).
    public var visibleRows: Int
    public var suggest: (@Sendable (String) -> [String])?

    public init(id: String, caption: String, help: String = "", rows: [String] = [], visibleRows: Int = 6,
                maxLength: Int = 60, suggest: (@Sendable (String) -> [String])? = nil) {
        self.id = id
        self.caption = caption
        self.help = help
        self.rows = rows.map { Sanitizer.clean($0, keepNewlines: false) }
        self.input = LineEditor(maxLength: maxLength)
        self.highlighted = rows.count
        self.visibleRows = max(1, visibleRows)
        self.suggest = suggest
    }

    public var value: FieldValue {
        get { .rows(rows) }
        set {
            if case .rows(let r) = newValue { rows = r.map { Sanitizer.clean($0, keepNewlines: false) } } else { rows = [] }
            highlighted = rows.count
        }
    }

    /// Suggestions for the text on the input line (at most 5).
    public var suggestions: [String] {
        let t = input.text.trimmingSpaces
        guard !t.isEmpty, let suggest else { return [] }
        return Array(suggest(t).prefix(5))
    }

    private var onInput: Bool { highlighted >= rows.count }

    public var hints: [KeyHint] {
        onInput ? [KeyHint("Enter", .uiKeyAdd)] : [KeyHint("Del", .uiKeyRemove), KeyHint("[ ]", .uiKeyMove)]
    }

    public func height(width: Int) -> Int { max(min(rows.count, visibleRows), 1) + 1 }

    /// The highlighted row where it is drawn (the list scrolls), or the input line.
    public func focusedRows(width: Int) -> Range<Int> {
        let line = onInput ? max(shownRows, 1) : highlighted - firstShownRow
        return line..<line + 1
    }

    public var drawsSelection: Bool { !onInput }

    /// How many rows are drawn, and the first of them: the list scrolls to keep the highlighted row.
    private var shownRows: Int { min(rows.count, visibleRows) }
    private var firstShownRow: Int { max(0, min(rows.count - shownRows, highlighted - shownRows + 1)) }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        onInput ? handleInput(key) : handleRow(key)
    }

    private mutating func handleInput(_ key: Key) -> FieldOutcome {
        let s = suggestions
        switch key {
        case .down where !s.isEmpty:
            suggestionIndex = min(s.count - 1, (suggestionIndex ?? -1) + 1); return .handled
        case .up where !s.isEmpty && suggestionIndex != nil:
            suggestionIndex = suggestionIndex! > 0 ? suggestionIndex! - 1 : nil; return .handled
        case .up where input.text.isEmpty && !rows.isEmpty:
            highlighted = rows.count - 1; return .handled
        case .enter:
            let picked = suggestionIndex.flatMap { s.indices.contains($0) ? s[$0] : nil }
            let entry = (picked ?? input.text).trimmingSpaces
            guard !entry.isEmpty else { return .next }
            rows.append(entry)
            input.setText("")
            suggestionIndex = nil
            highlighted = rows.count
            return .changed
        default:
            let outcome = input.handle(key)
            if outcome == .changed { suggestionIndex = nil }
            return outcome
        }
    }

    private mutating func handleRow(_ key: Key) -> FieldOutcome {
        switch key {
        case .up:
            guard highlighted > 0 else { return .ignored }
            highlighted -= 1; return .handled
        case .down, .escape: highlighted += 1; return .handled
        case .delete, .backspace:
            rows.remove(at: highlighted)
            highlighted = min(highlighted, rows.count)
            return .changed
        case .enter:
            input.setText(rows.remove(at: highlighted))
            highlighted = rows.count
            return .changed
        case .character("["):
            guard highlighted > 0 else { return .handled }
            rows.swapAt(highlighted, highlighted - 1); highlighted -= 1; return .changed
        case .character("]"):
            guard highlighted < rows.count - 1 else { return .handled }
            rows.swapAt(highlighted, highlighted + 1); highlighted += 1; return .changed
        default: return .ignored
        }
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        let shown = shownRows
        let first = firstShownRow
        if rows.isEmpty {
            screen.write(context.strings(.uiNoRows), at: context.at(0, 0), role: .muted, clip: context.clip)
        }
        let barColumns = (first..<first + shown).reduce(0) { max($0, DisplayWidth.of("\($1 + 1). " + rows[$1])) }
        for (line, i) in (first..<first + shown).enumerated() {
            let isBar = context.focused && i == highlighted
            if isBar { context.drawSelectionBar(&screen, row: line, columns: barColumns) }
            let role: Role = isBar ? .selection : .text
            screen.write("\(i + 1). " + rows[i], at: context.at(line, 0), role: role, clip: context.clip)
            if i == highlighted { context.placeCursor(&screen, row: line, column: 0) }
        }
        let inputRow = max(shown, 1)
        let label = context.strings(.uiListInputPrompt) + " "
        let lw = screen.write(label, at: context.at(inputRow, 0), role: .label, clip: context.clip)
        var inputContext = context
        inputContext.origin = context.at(inputRow, lw)
        inputContext.width = max(4, context.width - lw)
        inputContext.focused = context.focused && onInput
        BoxRenderer.render(editor: input, boxWidth: min(30, inputContext.width - 2), suffix: nil, into: &screen, context: inputContext)
        let s = suggestions
        if context.focused && onInput && !s.isEmpty {
            var col = lw + min(30, inputContext.width - 2) + 3
            for (i, name) in s.enumerated() {
                col += screen.write(i == suggestionIndex ? "[\(name)]" : name, at: context.at(inputRow, col),
                                    role: i == suggestionIndex ? .focus : .muted, clip: context.clip) + 1
            }
        }
    }

    public func validate(strings: Catalog) -> String? { nil }

    public func lineModeChoices(strings: Catalog) -> [String] { [] }

    /// Line mode: each line adds one row (the first suggestion when it matches the start).
    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let t = Sanitizer.clean(line, keepNewlines: false).trimmingSpaces
        guard !t.isEmpty else { return nil }
        rows.append(t)
        highlighted = rows.count
        return nil
    }
}
