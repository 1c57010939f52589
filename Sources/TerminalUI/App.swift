/// A program the runner can drive: a value with a reducer, a pure render and effects.
public protocol AppModel {
    /// What the app shell performs after a key (save a draft, write an audit row, print...).
    associatedtype Effect
    /// The reducer: applies one input event, returns effects to perform.
    mutating func update(_ key: Key) -> [Effect]
    /// Called when `idleInterval` passes without input (idle lock, clock).
    mutating func tick() -> [Effect]
    func render(size: Size) -> Screen
    /// True when the program should stop.
    var isFinished: Bool { get }
    /// Work that may wait until the frame of a key is on the screen (a durable save of the field
    /// just left), so the key-to-screen latency does not include it. Returns true when the state
    /// changed and the screen must be drawn again.
    mutating func afterFrame() -> Bool
    /// The terminal showed a character its charset has not as a stand-in ('?'), for the first
    /// time: the model says so on its message line. Returns true when the screen must be drawn again.
    mutating func terminalShowedStandIns() -> Bool
    /// Whether Esc, pressed now, only changes the screen (closes a help or a question, puts a
    /// field back) and so may act at once: when a digit follows within a second (Esc 2 = F2) the
    /// runner puts the model back as it was before that Esc. False where Esc saves, leaves or
    /// writes anything: the Esc then waits that second for a digit before it acts.
    var escapeCanBeTakenBack: Bool { get }
}

extension AppModel {
    public var escapeCanBeTakenBack: Bool { false }
    public mutating func tick() -> [Effect] { [] }
    public mutating func afterFrame() -> Bool { false }
    public mutating func terminalShowedStandIns() -> Bool { false }
}

/// The loop: render, flush, wait for a key (or the idle tick), reduce, perform effects, flush,
/// then the model's after-frame work.
/// Keys that arrive faster than the screen refreshes are all applied before the next frame.
public struct AppRunner {
    public var idleInterval: Double?

    public init(idleInterval: Double? = nil) { self.idleInterval = idleInterval }

    public func run<Model: AppModel>(_ model: inout Model, on terminal: Terminal,
                                     perform: (Model.Effect, inout Model) -> Void = { _, _ in }) {
        var toldStandIns = false
        /// Flushes a frame; the first frame with a stand-in is told to the model (once).
        func show(_ model: inout Model) {
            terminal.flush(model.render(size: terminal.size))
            if !toldStandIns && terminal.hasShownStandIns {
                toldStandIns = true
                if model.terminalShowedStandIns() { terminal.flush(model.render(size: terminal.size)) }
            }
        }
        show(&model)
        var escapes = EscapeTakeBack<Model>()
        while !model.isFinished {
            terminal.escapeActsAtOnce = model.escapeCanBeTakenBack
            let key = terminal.nextKey(timeout: idleInterval)
            let effects = key.map { escapes.apply($0, to: &model) } ?? escapes.tick(&model)
            for e in effects { perform(e, &model) }
            if model.isFinished { break }
            if terminal.hasPendingInput { _ = model.afterFrame(); continue }
            show(&model)
            if model.afterFrame() { show(&model) }
        }
    }
}

/// Esc that acts at once and is taken back when a digit follows it (Esc 2 = F2): keeps the model
/// as it was before such an Esc until the next key, and puts it back on `.takeBackEscape`.
public struct EscapeTakeBack<Model: AppModel> {
    private var beforeEscape: Model?

    public init() {}

    /// Applies one key to the model and returns its effects (none for `.takeBackEscape`).
    public mutating func apply(_ key: Key, to model: inout Model) -> [Model.Effect] {
        if key == .takeBackEscape {
            if let beforeEscape { model = beforeEscape }
            beforeEscape = nil
            return []
        }
        beforeEscape = key == .escape && model.escapeCanBeTakenBack ? model : nil
        return model.update(key)
    }

    /// The idle tick (it may lock the screen): an Esc before it is no longer taken back.
    public mutating func tick(_ model: inout Model) -> [Model.Effect] {
        beforeEscape = nil
        return model.tick()
    }
}
