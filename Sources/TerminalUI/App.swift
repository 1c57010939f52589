import Foundation
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
    mutating func rehearse()
}

extension AppModel {
    public mutating func tick() -> [Effect] { [] }
    public mutating func afterFrame() -> Bool { false }
    public mutating func rehearse() {}
}

/// The loop: render, flush, wait for a key (or the idle tick), reduce, perform effects, flush,
/// then the model's after-frame work.
/// Keys that arrive faster than the screen refreshes are all applied before the next frame.
nonisolated(unsafe) var traceLines: [String] = []
public struct AppRunner {
    public var idleInterval: Double?

    public init(idleInterval: Double? = nil) { self.idleInterval = idleInterval }

    public func run<Model: AppModel>(_ model: inout Model, on terminal: Terminal,
                                     perform: (Model.Effect, inout Model) -> Void = { _, _ in }) {
        terminal.flush(model.render(size: terminal.size))
        if !terminal.hasPendingInput { model.rehearse() }
        while !model.isFinished {
            let key = terminal.nextKey(timeout: idleInterval)
            let c = ContinuousClock(); let t0 = c.now
            let effects = key.map { model.update($0) } ?? model.tick()
            for e in effects { perform(e, &model) }
            if model.isFinished { break }
            if terminal.hasPendingInput { _ = model.afterFrame(); continue }
            let t1 = c.now
            let screen = model.render(size: terminal.size)
            let t2 = c.now
            terminal.flush(screen)
            let t3 = c.now
            if model.afterFrame() { terminal.flush(model.render(size: terminal.size)) }
            let t4 = c.now
            traceLines.append("\(key.map { "\($0)" } ?? "tick") \((t1-t0).components.attoseconds/1_000_000_000_000) \((t2-t1).components.attoseconds/1_000_000_000_000) \((t3-t2).components.attoseconds/1_000_000_000_000) \((t4-t3).components.attoseconds/1_000_000_000_000)")
            if let path = getenv("INTAKE_TRACE") { try? traceLines.joined(separator: "\n").write(toFile: String(cString: path), atomically: false, encoding: .utf8) }
        }
    }
}
