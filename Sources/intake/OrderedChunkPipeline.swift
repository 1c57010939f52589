import Foundation

/// Works through chunks `0..<count` on worker threads and hands every result over in chunk order
/// on the calling thread while later chunks are still being worked on.
///
/// `intake assess` used to assess a wave of chunks, then write the wave while both cores idled;
/// here writing overlaps with work. At most `window` chunks are started beyond the last one handed
/// over, so the output held in memory stays bounded whatever the input size.
final class OrderedChunkPipeline<Output: Sendable>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let work: @Sendable (Int) -> Output

    // Shared state, guarded by `condition`.
    private let condition = NSCondition()
    private var results: [Output?]
    private var nextToStart = 0
    private var handedOver = 0
    private var runningWorkers = 0

    init(count: Int, window: Int, work: @escaping @Sendable (Int) -> Output) {
        self.count = count
        self.window = max(1, window)
        self.work = work
        results = Array(repeating: nil, count: count)
    }

    /// Starts `workers` threads and passes each chunk's result to `deliver`, in order. When
    /// `deliver` throws, no further chunk is started; the workers finish the ones they hold and
    /// the error is rethrown once they have stopped.
    func run(workers: Int, deliver: (Output) throws -> Void) rethrows {
        condition.lock()
        runningWorkers = max(1, workers)
        condition.unlock()
        for _ in 0..<max(1, workers) {
            Thread { [self] in workLoop() }.start()
        }
        defer { waitForWorkers() }
        for index in 0..<count {
            condition.lock()
            while results[index] == nil { condition.wait() }
            let output = results[index]!
            results[index] = nil
            handedOver = index + 1
            condition.broadcast()
            condition.unlock()
            do {
                try deliver(output)
            } catch {
                condition.lock()
                nextToStart = count  // start nothing more
                condition.broadcast()
                condition.unlock()
                throw error
            }
        }
    }

    private func workLoop() {
        condition.lock()
        while true {
            while nextToStart < count && nextToStart >= handedOver + window { condition.wait() }
            guard nextToStart < count else { break }
            let index = nextToStart
            nextToStart += 1
            condition.unlock()
            let output = work(index)
            condition.lock()
            results[index] = output
            condition.broadcast()
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    private func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}
