import Catalog
/// What a widget did with a key.
public enum FieldOutcome: Hashable, Sendable {
    /// The key was not for this widget (the form uses it: Tab, Up at the top of a list...).
    case ignored
    /// The key was used but the value did not change (a cursor move).
    case handled
    /// The value changed.
    case changed
    /// The widget asks the form to move focus on (Enter in a one-line field).
    case next
}

/// A widget's value in a form-neutral shape, so a questionnaire can read and set any field.
public enum FieldValue: Hashable, Sendable {
    case empty
    case text(String)
    /// A number as typed (exact decimal text) with its unit, e.g. ("72.5", "kg").
    case quantity(String, unit: String)
    /// The index of the chosen option (yes/no/unknown are options 0, 1, 2).
    case choice(Int)
    case checked(Set<Int>)
    case integer(Int)
    case rows([String])
}

/// A hint for the status bar: "Space Toggle".
public struct KeyHint: Hashable, Sendable {
    public var keyName: String
    public var label: TextKey
    public init(_ keyName: String, _ label: TextKey) {
        self.keyName = keyName
        self.label = label
    }
}

/// Everything a widget needs to draw itself: where, whether it has focus, the texts.
public struct RenderContext: Sendable {
    /// Top-left cell of the widget's area (may lie outside `clip` when the form scrolls).
    public var origin: Position
    public var width: Int
    /// Only cells inside this rectangle may be drawn.
    public var clip: Rect
    public var focused: Bool
    public var strings: Catalog

    public init(origin: Position, width: Int, clip: Rect, focused: Bool, strings: Catalog) {
        self.origin = origin
        self.width = width
        self.clip = clip
        self.focused = focused
        self.strings = strings
    }

    /// A position relative to the widget's origin.
    public func at(_ row: Int, _ column: Int) -> Position {
        Position(row: origin.row + row, column: origin.column + column)
    }

    /// Draws the selection bar (reverse video) on a relative row when focused, `columns` wide (at
    /// most the widget's width); text is written over it in `.selection`. Widgets make it as wide
    /// as their widest option, as whiptail does, so moving it costs few bytes.
    public func drawSelectionBar(_ screen: inout Screen, row: Int, columns: Int) {
        guard focused else { return }
        let bar = Rect(row: origin.row + row, column: origin.column, width: min(width, columns), height: 1)
        screen.fill(bar.intersection(clip), role: .selection)
    }

    /// Puts the hardware cursor at a relative position when focused and visible.
    public func placeCursor(_ screen: inout Screen, row: Int, column: Int) {
        guard focused else { return }
        let p = at(row, column)
        if clip.contains(p) { screen.cursor = p }
    }
}

/// A labelled, keyboard-only form widget. Widgets are values: `handle` is the reducer,
/// `render` is pure. The form owns focus, scrolling, captions and inline errors.
public protocol FormField: Sendable {
    /// Stable identifier (a questionnaire linkId).
    var id: String { get }
    /// The caption shown before the widget and used by "jump to field".
    var caption: String { get }
    /// Help for the focused field (F1).
    var help: String { get }
    /// Whether the field takes focus (a heading does not).
    var isFocusable: Bool { get }
    /// The form-neutral value.
    var value: FieldValue { get set }
    /// Rows the widget needs at a width (without its error line).
    func height(width: Int) -> Int
    /// The rows that must be on screen while the widget has focus, from its top: the highlighted
    /// option (every line of a wrapped one, the cursor on its first), a list's row or input line,
    /// with what belongs with it above (a question over its first option). The form scrolls them
    /// into view; when they are taller than the view, their last rows win.
    func focusedRows(width: Int) -> Range<Int>
    /// True when the widget draws the row the cursor is on as the selection bar itself (an option,
    /// a list row); otherwise the form draws the bar on the field's caption.
    var drawsSelection: Bool { get }
    mutating func handle(_ key: Key, strings: Catalog) -> FieldOutcome
    func render(into screen: inout Screen, context: RenderContext)
    /// The message to show when the value is not acceptable, or nil.
    func validate(strings: Catalog) -> String?
    /// Status bar hints while focused.
    var hints: [KeyHint] { get }
    /// Accessible line mode: the question's answer choices (empty for free text).
    func lineModeChoices(strings: Catalog) -> [String]
    /// Accessible line mode: takes one typed line; returns an error message or nil.
    mutating func acceptLine(_ line: String, strings: Catalog) -> String?
    /// Focus arrived on the field: a typed field selects its text, so typing replaces the answer
    /// shown instead of adding to it (a weight of 70 with 72 typed is 72, not 7072).
    mutating func selectForReplacing()
}

extension FormField {
    public var isFocusable: Bool { true }
    public var hints: [KeyHint] { [] }
    public func lineModeChoices(strings: Catalog) -> [String] { [] }
    public func height(width: Int) -> Int { 1 }
    public func focusedRows(width: Int) -> Range<Int> { 0..<1 }
    public var drawsSelection: Bool { false }
    public mutating func selectForReplacing() {}
}
