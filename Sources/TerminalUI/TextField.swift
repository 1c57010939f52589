import Catalog
/// A one-line text field: `Caption  [text______]`.
public struct TextField: FormField {
    public let id: String
    public var caption: String
    public var help: String
    public var editor: LineEditor
    /// Width of the box in columns (the text scrolls inside it).
    public var boxWidth: Int
    public var isRequired: Bool
    /// Extra check of the typed text; returns a message or nil.
    public var validator: (@Sendable (String) -> String?)?

    public init(id: String, caption: String, help: String = "", text: String = "", maxLength: Int? = nil,
                boxWidth: Int = 40, isRequired: Bool = false, validator: (@Sendable (String) -> String?)? = nil) {
        self.id = id
        self.caption = caption
        self.help = help
        self.editor = LineEditor(text: text, maxLength: maxLength)
        self.boxWidth = boxWidth
        self.isRequired = isRequired
        self.validator = validator
    }

    public var text: String { editor.text }

    public var value: FieldValue {
        get { editor.text.isEmpty ? .empty : .text(editor.text) }
        set {
            if case .text(let t) = newValue { editor.setText(t) } else { editor.setText("") }
        }
    }

    public mutating func selectForReplacing() { editor.selectAll() }

    /// While the answer is selected (typing replaces it), End keeps it to edit.
    public var hints: [KeyHint] { editor.isAllSelected ? [KeyHint("End", .uiKeyEditAnswer)] : [] }

    public mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome {
        if key == .enter { return .next }
        return editor.handle(key)
    }

    public func render(into screen: inout Screen, context: RenderContext) {
        BoxRenderer.render(editor: editor, boxWidth: boxWidth, suffix: nil, into: &screen, context: context)
    }

    public func validate(strings: Catalog) -> String? {
        let t = editor.text.trimmingSpaces
        if t.isEmpty { return isRequired ? strings(.uiRequired, ["field": caption]) : nil }
        if let max = editor.maxLength, editor.text.count > max { return strings(.uiTooLong, ["field": caption, "max": String(max)]) }
        return validator?(t)
    }

    public mutating func acceptLine(_ line: String, strings: Catalog) -> String? {
        let old = editor
        editor.setText(line)
        if let e = validate(strings: strings) { editor = old; return e }
        return nil
    }
}

/// Draws a line editor as `[text____]` plus an optional muted suffix (format or unit).
enum BoxRenderer {
    static func render(editor: LineEditor, boxWidth: Int, suffix: String?, suffixRole: Role = .muted,
                       into screen: inout Screen, context: RenderContext) {
        let inner = max(1, min(boxWidth, context.width - 2))
        let (shown, cursorColumn) = editor.visible(width: inner)
        screen.write("[", at: context.at(0, 0), role: .border, clip: context.clip)
        // selected text shows in reverse video: what is typed next replaces it
        let selected = context.focused && editor.isAllSelected
        let used = screen.write(shown, at: context.at(0, 1), role: selected ? .selection : .text, clip: context.clip)
        if used < inner {
            screen.write(String(repeating: "_", count: inner - used), at: context.at(0, 1 + used), role: .text, clip: context.clip)
        }
        screen.write("]", at: context.at(0, 1 + inner), role: .border, clip: context.clip)
        if let suffix {
            screen.writeWords(" " + suffix, at: context.at(0, 2 + inner), role: suffixRole, clip: context.clip)
        }
        context.placeCursor(&screen, row: 0, column: 1 + min(cursorColumn, inner - 1))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
