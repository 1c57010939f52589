import Foundation
import Synchronization

/// Puts the journal on disk off the key path: the desk's `write(2)` returns as soon as the kernel
/// has the answer, and this thread `fdatasync`s whatever was written since its last sync, one sync
/// for all the answers of those milliseconds (a group sync). The journal's worker also syncs
/// (`syncNow`) before it sends an answer, so the server never has an answer the disk has not.
final class JournalSyncer: Sendable {
    private struct Progress {
        /// Writes noted so far, and how many of them are known to be on disk.
        var written = 0
        var synced = 0
        var stopping = false
    }

    private let descriptor: Int32
    private let sync: @Sendable (Int32) -> Void
    private let progress = Mutex(Progress())
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)

    /// Starts the syncing thread for the open file `descriptor` (kept open until `stop` returns);
    /// `sync` puts the file on disk (tests hold it back).
    init(descriptor: Int32, sync: @escaping @Sendable (Int32) -> Void = { fdatasync($0) }) {
        self.descriptor = descriptor
        self.sync = sync
        let thread = Thread { [self] in loop() }
        thread.name = "OsteoIntake journal sync"
        thread.start()
    }

    /// A write reached the kernel: it is synced soon, off the caller's thread.
    func noteWrite() {
        progress.withLock { $0.written += 1 }
        wake.signal()
    }

    /// True when every write noted so far is on disk.
    var isSynced: Bool { progress.withLock { $0.synced == $0.written } }

    /// Syncs every write noted so far, unless that is done already.
    func syncNow() {
        let target = progress.withLock { $0.written }
        guard progress.withLock({ $0.synced < target }) else { return }
        sync(descriptor)
        progress.withLock { $0.synced = max($0.synced, target) }
    }

    /// Syncs what is left and stops the thread.
    func stop() {
        progress.withLock { $0.stopping = true }
        wake.signal()
        stopped.wait()
        syncNow()
    }

    private func loop() {
        while true {
            wake.wait()
            if progress.withLock({ $0.stopping }) { break }
            syncNow()
        }
        stopped.signal()
    }
}
