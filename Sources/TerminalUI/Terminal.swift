/// Where frames are shown and keys come from. `CursesTerminal` is the real one; `MemoryTerminal`
/// runs the same program headless in tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// The next input event, or nil when `timeout` (seconds) passes first. Never spins: at the
    /// end of input it returns `.hangUp`.
    func nextKey(timeout: Double?) -> Key?
    /// Shows a frame, sending only what changed since the last one.
    func flush(_ screen: Screen)
    /// True when more input is already waiting (the runner then skips a frame).
    var hasPendingInput: Bool { get }
    /// True once a character the terminal's charset has not (a locale that is not UTF-8) was
    /// shown as a stand-in ('?').
    var hasShownStandIns: Bool { get }
    /// Set by the runner before each key: a lone Esc is delivered when the ESC delay passes (the
    /// screen can take it back, see `AppModel.escapeCanBeTakenBack`) instead of after the hold.
    var escapeActsAtOnce: Bool { get set }
}

extension Terminal {
    public var hasShownStandIns: Bool { false }
}
