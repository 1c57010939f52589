/// An in-memory terminal for tests: a fixed (but resizable) size, scripted input and every
/// frame captured with its cursor position.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var frames: [Screen] = []
    private var pending: [Key] = []
    private var decoder = KeyDecoder()
    /// When true and the script is empty, the terminal reports `.hangUp` (end of input).
    public var hangUpWhenEmpty = true
    /// Unused: queued bytes are one burst, so a trailing Esc is flushed at once anyway.
    public var escapeActsAtOnce = false

    public init(size: Size = Size(width: 80, height: 24)) { self.size = size }

    public var lastFrame: Screen? { frames.last }

    /// Queues keys as they would arrive.
    public func enqueue(_ keys: Key...) { pending += keys }
    public func enqueue(keys: [Key]) { pending += keys }

    /// Queues raw bytes (one burst: a trailing lone Esc counts as Esc, as after the ESC delay).
    public func enqueue(bytes: [UInt8]) {
        pending += decoder.feed(bytes: bytes)
        pending += decoder.flushPendingEscape()
    }

    /// Changes the size and queues the resize event, as SIGWINCH would.
    public func resize(to newSize: Size) {
        size = newSize
        pending.append(.resize(newSize))
    }

    public var hasPendingInput: Bool { !pending.isEmpty }

    public func nextKey(timeout: Double?) -> Key? {
        if pending.isEmpty { return hangUpWhenEmpty ? .hangUp : nil }
        let k = pending.removeFirst()
        if case .resize(let s) = k { size = s }
        return k
    }

    public func flush(_ screen: Screen) { frames.append(screen) }
}
