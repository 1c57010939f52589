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
}

extension AppModel {
    public mutating func tick() -> [Effect] { [] }
}

/// The loop: render, flush, wait for a key (or the idle tick), reduce, perform effects.
/// Keys that arrive faster than the screen refreshes are all applied before the next frame.
public struct AppRunner {
    public var idleInterval: Double?

    public init(idleInterval: Double? = nil) { self.idleInterval = idleInterval }

    public func run<Model: AppModel>(_ model: inout Model, on terminal: Terminal,
                                     perform: (Model.Effect, inout Model) -> Void = { _, _ in }) {
        terminal.flush(model.render(size: terminal.size))
        while !model.isFinished {
            let key = terminal.nextKey(timeout: idleInterval)
            let effects = key.map { model.update($0) } ?? model.tick()
            for e in effects { perform(e, &model) }
            if model.isFinished { break }
            if terminal.hasPendingInput { continue }
            terminal.flush(model.render(size: terminal.size))
        }
    }
}
