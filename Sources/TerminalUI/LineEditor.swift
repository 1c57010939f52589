import PlainText

/// One line of editable text with a cursor, edited by grapheme: Left/Right, Home/End,
/// Ctrl-A/E/K/U/W, Backspace/Delete, a maximum length, and pastes as one edit.
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor as a count of graphemes before it.
    public private(set) var cursor: Int
    /// At most this many graphemes (nil: no limit).
    public var maxLength: Int?
    /// The whole text is selected, as a browser selects a form field's text when Tab lands on
    /// it: what is typed or pasted next replaces it (70 kg with 72 typed is 72, never 7072).
    /// Any other key drops the selection and edits the text where the cursor stands.
    public private(set) var isAllSelected = false

    public init(text: String = "", maxLength: Int? = nil) {
        let clean = Sanitizer.clean(text, keepNewlines: false)
        let limited = maxLength.map { String(clean.prefix($0)) } ?? clean
        self.text = limited
        self.cursor = limited.count
        self.maxLength = maxLength
    }

    public mutating func setText(_ newText: String) {
        self = LineEditor(text: newText, maxLength: maxLength)
    }

    /// Focus arrived on the field: the text (if any) is selected, the cursor at its end.
    public mutating func selectAll() {
        isAllSelected = !text.isEmpty
        cursor = text.count
    }

    public mutating func handle(_ key: Key) -> FieldOutcome {
        let replacing = isAllSelected
        isAllSelected = false
        let chars = Array(text)
        switch key {
        case .character(let c): return insert(String(c), replacingAll: replacing)
        case .paste(let s): return insert(s, replacingAll: replacing)
        case .left, .control("b"):
            guard cursor > 0 else { return .handled }
            cursor -= 1; return .handled
        case .right:
            guard cursor < chars.count else { return .handled }
            cursor += 1; return .handled
        case .home, .control("a"): cursor = 0; return .handled
        case .end, .control("e"): cursor = chars.count; return .handled
        case .backspace:
            guard cursor > 0 else { return .handled }
            replace(chars, cursor - 1..<cursor, with: "", newCursor: cursor - 1); return .changed
        case .delete, .control("d"):
            guard cursor < chars.count else { return .handled }
            replace(chars, cursor..<cursor + 1, with: "", newCursor: cursor); return .changed
        case .control("k"):
            guard cursor < chars.count else { return .handled }
            replace(chars, cursor..<chars.count, with: "", newCursor: cursor); return .changed
        case .control("u"):
            guard cursor > 0 else { return .handled }
            replace(chars, 0..<cursor, with: "", newCursor: 0); return .changed
        case .control("w"):
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            guard start < cursor else { return .handled }
            replace(chars, start..<cursor, with: "", newCursor: start); return .changed
        default:
            return .ignored
        }
    }

    /// Inserts typed or pasted text at the cursor (in place of the whole text with
    /// `replacingAll`): newlines become spaces (a paste never submits a one-line field), controls
    /// are removed, the maximum length is kept.
    public mutating func insert(_ raw: String, replacingAll: Bool = false) -> FieldOutcome {
        var piece = Sanitizer.clean(raw, keepNewlines: false)
        if replacingAll && !piece.isEmpty {
            text = ""
            cursor = 0
        }
        if let maxLength {
            let room = maxLength - text.count
            guard room > 0 else { return .handled }
            if piece.count > room { piece = String(piece.prefix(room)) }
        }
        guard !piece.isEmpty else { return .handled }
        let chars = Array(text)
        let before = String(chars[..<cursor]) + piece
        let combined = before + String(chars[cursor...])
        text = combined
        cursor = min(before.count, combined.count)
        if let maxLength, text.count > maxLength { text = String(text.prefix(maxLength)); cursor = min(cursor, maxLength) }
        return .changed
    }

    private mutating func replace(_ chars: [Character], _ range: Range<Int>, with s: String, newCursor: Int) {
        var c = chars
        c.replaceSubrange(range, with: Array(s))
        text = String(c)
        cursor = min(newCursor, text.count)
    }

    /// The visible part of the text in a box `width` columns wide, scrolled so the cursor shows,
    /// and the cursor's column inside the box.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let chars = Array(text)
        let before = chars[..<cursor].map(DisplayWidth.of).reduce(0, +)
        if DisplayWidth.of(text) <= width { return (text, min(before, width - 1)) }
        // scroll: start so that the cursor sits at most at the last column
        var start = 0, skipped = 0
        while before - skipped > width - 1 && start < chars.count {
            skipped += DisplayWidth.of(chars[start]); start += 1
        }
        var shown = "", used = 0
        for g in chars[start...] {
            let w = DisplayWidth.of(g)
            if used + w > width { break }
            shown.append(g); used += w
        }
        return (shown, before - skipped)
    }
}
