import Foundation
import GRDB
import Synchronization

/// Copies the write-ahead log back into the database file on a background thread, on its own
/// connection, so that an autosave never pays for it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold: with one save
/// in a few hundred paying a checkpoint and its fsync, that one save sets the p99. Here every
/// `interval` commits a PASSIVE checkpoint (it never blocks a writer) runs on a utility queue; the
/// automatic one stays on, with a high threshold, for short-lived processes such as `intake import`.
/// Recommended by https://www.sqlite.org/wal.html section 6.1 ("Application-initiated checkpoints").
final class WALCheckpointer: Sendable {
    /// Pages in the WAL before the automatic checkpoint runs in a commit (16 MB with 4 KB pages).
    static let automaticThreshold = 4000

    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "OsteoIntake.checkpoint", qos: .utility)
    private let interval: Int
    /// Commits since the last checkpoint started, and whether one is running.
    private let state = Mutex<(commits: Int, running: Bool)>((0, false))

    init(path: String, interval: Int = 100) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        connection = try DatabaseQueue(path: path, configuration: configuration)
        self.interval = interval
    }

    /// Called after each commit; starts a checkpoint every `interval` commits unless one runs.
    func noteCommit() {
        guard interval > 0 else { return }
        let start = state.withLock { state -> Bool in
            state.commits += 1
            guard state.commits >= interval, !state.running else { return false }
            state.commits = 0
            state.running = true
            return true
        }
        guard start else { return }
        queue.async { [self] in
            // A failed checkpoint loses nothing: the pages stay in the WAL for the next one.
            _ = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
            state.withLock { $0.running = false }
        }
    }

    /// Waits for a running checkpoint (before the store closes).
    func drain() {
        queue.sync {}
    }
}
