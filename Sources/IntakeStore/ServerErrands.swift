import Foundation
import Synchronization

/// What a desk asks of the records server in the background, never while a key waits: the claim's
/// heartbeat and the idle watch of the open record. Each is a wish (the newest one wins); a thread
/// of its own carries it out, however long the network takes, and keeps the answer for the desk's
/// next look. A network that drops packets then slows the answers, never the typing.
final class ServerErrands: Sendable {
    private struct Heartbeat: Sendable {
        var recordID: String
        var session: DeskSession
    }

    private struct State: Sendable {
        var heartbeat: Heartbeat?
        var watch: String?
        /// The last heartbeat's refusal per record (another desk holds it); nil once one went through.
        var refused: [String: StoreError] = [:]
        /// The record as last read by the watch.
        var watched: [String: StoredRecord] = [:]
        var stopping = false
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    /// Starts the errands' thread: `beat` sends a heartbeat, `look` reads a record.
    func start(beat: @escaping @Sendable (String, DeskSession) throws -> Void,
               look: @escaping @Sendable (String) throws -> StoredRecord) {
        let thread = Thread { [self] in loop(beat: beat, look: look) }
        thread.name = "OsteoIntake server errands"
        thread.start()
    }

    /// Asks for a heartbeat of `session`'s claim; throws what the last one of `recordID` was told
    /// when another desk holds the record (an unreachable server is not a refusal).
    func heartbeat(_ recordID: String, session: DeskSession) throws {
        let refused = state.withLock { state -> StoreError? in
            state.heartbeat = Heartbeat(recordID: recordID, session: session)
            return state.refused[recordID]
        }
        wake.signal()
        if let refused { throw refused }
    }

    /// Asks for `recordID` to be read again; returns it as last read (nil before the first answer).
    func watch(_ recordID: String) -> StoredRecord? {
        let seen = state.withLock { state -> StoredRecord? in
            state.watch = recordID
            return state.watched[recordID]
        }
        wake.signal()
        return seen
    }

    func stop() {
        state.withLock { $0.stopping = true }
        wake.signal()
        stopped.wait()
    }

    private func loop(beat: (String, DeskSession) throws -> Void, look: (String) throws -> StoredRecord) {
        while true {
            wake.wait()
            let (heartbeat, watch, stopping) = state.withLock { state in
                defer { state.heartbeat = nil; state.watch = nil }
                return (state.heartbeat, state.watch, state.stopping)
            }
            if stopping { break }
            if let heartbeat {
                do {
                    try beat(heartbeat.recordID, heartbeat.session)
                    state.withLock { $0.refused[heartbeat.recordID] = nil }
                } catch let error as StoreError where error != .serverUnreachable {
                    state.withLock { $0.refused[heartbeat.recordID] = error }
                } catch {
                    // the server is away: the next heartbeat tries again
                }
            }
            if let watch, let stored = try? look(watch) {
                state.withLock { $0.watched[watch] = stored }
            }
        }
        stopped.signal()
    }
}
