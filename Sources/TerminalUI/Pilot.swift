/// Drives an app headless, as a user would: keys, typing, pastes and resizes, then reads the
/// screen as text. Every input goes through the same reducer and render as in the real program.
public struct Pilot<Model: AppModel> {
    public var model: Model
    public private(set) var size: Size
    public private(set) var screen: Screen
    public private(set) var effects: [Model.Effect] = []
    /// How many keys (events after decoding, resizes included) the model was given.
    public private(set) var keysSent = 0
    /// Timed input (`send(bytes:)`, `wait(_:)`): a decoder that keeps a held Esc, and the clock.
    private var timedDecoder = KeyDecoder()
    public private(set) var clock = 0.0
    /// Esc that acted at once, taken back when a digit follows (as `AppRunner` does).
    private var escapes = EscapeTakeBack<Model>()

    public init(_ model: Model, size: Size = Size(width: 80, height: 24)) {
        self.model = model
        self.size = size
        self.screen = model.render(size: size)
        _ = self.model.update(.resize(size))
        self.screen = self.model.render(size: size)
    }

    public mutating func press(_ keys: Key...) { for k in keys { send(k) } }
    public mutating func press(keys: [Key]) { for k in keys { send(k) } }

    /// Types text one grapheme at a time.
    public mutating func type(_ text: String) { for c in text { send(.character(c)) } }

    /// Feeds raw terminal bytes through the key decoder (then the ESC delay passes).
    public mutating func feed(bytes: [UInt8]) {
        var d = KeyDecoder()
        let keys = d.feed(bytes: bytes) + d.flushPendingEscape()
        for k in keys { send(k) }
    }

    /// Raw bytes arriving now, as on a real terminal: a trailing lone Esc stays pending until
    /// more bytes come or `wait(_:)` passes its hold (1 s).
    public mutating func send(bytes: [UInt8]) {
        timedDecoder.escapeActsAtOnce = model.escapeCanBeTakenBack
        for k in timedDecoder.feed(bytes: bytes, at: clock) { send(k) }
    }

    /// Time passes with no input (seconds): a lone Esc is delivered after the ESC delay (or, held,
    /// when its hold runs out); a paste without its end ends. Steps through the decoder's
    /// deadlines, as the real terminal's wait does.
    public mutating func wait(_ seconds: Double) {
        let end = clock + seconds
        while let deadline = timedDecoder.escapeDeadline, deadline <= end {
            clock = max(clock, deadline)
            timedDecoder.escapeActsAtOnce = model.escapeCanBeTakenBack
            for k in timedDecoder.advance(to: clock) { send(k) }
            if timedDecoder.escapeDeadline == deadline { break }
        }
        clock = end
        for k in timedDecoder.advance(to: clock) { send(k) }
    }

    /// Pastes text as a terminal would with bracketed paste on.
    public mutating func paste(_ text: String) {
        feed(bytes: Array("\u{1B}[200~".utf8) + Array(text.utf8) + Array("\u{1B}[201~".utf8))
    }

    /// What the app shell does at the edge (a staff member signed in, say): changes the model
    /// directly, keeps its effects and draws the screen again.
    public mutating func apply(_ change: (inout Model) -> [Model.Effect]) {
        effects += change(&model)
        screen = model.render(size: size)
    }

    public mutating func resize(to newSize: Size) {
        size = newSize
        send(.resize(newSize))
    }

    private mutating func send(_ key: Key) {
        keysSent += 1
        effects += escapes.apply(key, to: &model)
        _ = model.afterFrame()
        screen = model.render(size: size)
    }

    /// The screen as text, one line per row, trailing spaces removed.
    public var text: String { screen.text }
    /// Cells holding a C0 or C1 control, DEL or ESC (none may ever reach the terminal).
    public var cellsWithRawControls: [Position] {
        let width = max(1, screen.size.width)
        return screen.cells.indices
            .filter { Self.hasRawControl(screen.cells[$0].text) }
            .map { Position(row: $0 / width, column: $0 % width) }
    }

    /// C0 (ESC included) below U+0020, DEL U+007F and C1 U+0080...U+009F.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    public var cursor: Position? { screen.cursor }
    public func contains(_ s: String) -> Bool { screen.text.contains(s) }
}
