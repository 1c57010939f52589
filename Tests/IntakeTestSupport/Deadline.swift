import Foundation
import Synchronization

/// Runs work on a thread of its own and waits for it at most a few seconds, so a loop that never
/// ends fails its test instead of hanging the suite (the stuck thread is left behind).
public enum Deadline {
    public static func run<T: Sendable>(seconds: Double = 20, _ work: @escaping @Sendable () -> T) -> T? {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return result.withLock { $0 }
    }
}
