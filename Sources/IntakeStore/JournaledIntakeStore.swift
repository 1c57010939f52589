import Foundation
import IntakeModel
import Synchronization

/// A remote `IntakeRecordStore` behind a local journal, so no answer is lost when the network is
/// and autosave never waits for it.
///
/// `saveAnswer` writes the answer to the journal (`AnswerJournal`; synced to disk off the key
/// path, see `Durability`) and returns at once, counting the version on as if the save were done. A worker thread of its own sends the
/// journal to the server in order, through the same version checks, and crosses each entry off
/// only when the server has it. While the server cannot be reached it tries again, waiting
/// longer each time (up to `retryDelays.longest`); a journal left by a program that crashed is
/// sent first, when the next one starts.
///
/// A conflict (another desk changed the record meanwhile) or a refusal (the draft was taken over,
/// signed) stops that record's answers, never overwriting: the desk asks `heldAnswers(for:)`,
/// takes them back with `takeHeldAnswers(for:)` and shows the conflict prompt as for any save.
///
/// Other operations go to the server directly; those that name a version (complete, sign,
/// amend) first wait for the record's answers to reach it, and say the server cannot be
/// reached (`StoreError.serverUnreachable`) rather than act on an older version.
public final class JournaledIntakeStore: IntakeRecordStore {
    /// Why a record's answers stopped being sent.
    public enum HoldReason: Sendable, Equatable {
        case conflict(SaveConflict)
        case refused(StoreError)
    }

    /// Answers given back to the desk: the reason and the changes, oldest first.
    public struct HeldAnswers: Sendable, Equatable {
        public var reason: HoldReason
        public var changes: [FieldChange]
    }

    /// What the status line shows.
    public struct Status: Sendable, Equatable {
        /// Answers not yet on the server.
        public var waiting: Int
        /// False after the last attempt found the server unreachable.
        public var serverReachable: Bool
        public var journalPath: String
        public var isOffline: Bool { !serverReachable && waiting > 0 }
        /// Said on exit when answers are left waiting: how many and where they are kept.
        public var notice: String? {
            guard waiting > 0 else { return nil }
            return StoreMessages.text(.answersWaiting, language: .english,
                                      values: ["count": String(waiting), "path": journalPath])
        }
    }

    /// When an answer in the journal is safe, as the SQLite store's `Durability`. `processCrash`
    /// (the default) returns once the kernel has the answer (`write(2)`: it survives `kill -9` and
    /// a crash of the program) and syncs it to disk off the key path: a syncing thread of the
    /// journal's own `fdatasync`s whatever was appended since its last sync (one sync for all the
    /// answers of those milliseconds), and the worker never sends an answer before it is synced.
    /// A power cut can therefore lose only the answers of the last sync's few milliseconds (and,
    /// while the server is away, nothing older). `powerLoss` syncs each answer before `saveAnswer`
    /// returns (one `fdatasync`, 3-8 ms on this machine's disk under load: more than the 2 ms a
    /// keystroke may take).
    public enum Durability: Sendable {
        case powerLoss
        case processCrash
    }

    public struct RetryDelays: Sendable {
        public var first: TimeInterval
        public var longest: TimeInterval
        public init(first: TimeInterval = 0.25, longest: TimeInterval = 5) {
            self.first = first
            self.longest = longest
        }
    }

    private struct State {
        var held: [String: HoldReason] = [:]
        /// Server version minus the desk's count, per record (non-zero after an overwrite).
        var versionShift: [String: Int] = [:]
        var serverReachable = true
        var stopping = false
        /// Attempts to reach the server that failed, so far.
        var failedAttempts = 0
    }

    public let remote: any IntakeRecordStore
    public let durability: Durability
    public let retryDelays: RetryDelays
    /// How long complete, sign and amend wait for a record's answers to reach the server.
    public let sendTimeout: TimeInterval
    private let journal: Mutex<AnswerJournal>
    private let syncer: JournalSyncer
    /// Heartbeat and idle watch, sent by a thread of their own (never while a key waits).
    let errands = ServerErrands()
    private let state = Mutex(State())
    private let workAvailable = DispatchSemaphore(value: 0)
    private let retryNow = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    public let journalPath: String

    public var isRemote: Bool { true }

    /// Opens the journal at `journalPath` (or the next free name beside it) and starts sending
    /// what it holds.
    public convenience init(remote: any IntakeRecordStore, journalPath: String, durability: Durability = .processCrash,
                retryDelays: RetryDelays = RetryDelays(), sendTimeout: TimeInterval = 3) throws {
        try self.init(remote: remote, journalPath: journalPath, durability: durability, retryDelays: retryDelays,
                      sendTimeout: sendTimeout, syncFile: { fdatasync($0) })
    }

    /// `syncFile` puts the journal on disk off the key path (tests hold it back to watch the order).
    init(remote: any IntakeRecordStore, journalPath: String, durability: Durability = .processCrash,
         retryDelays: RetryDelays = RetryDelays(), sendTimeout: TimeInterval = 3,
         syncFile: @escaping @Sendable (Int32) -> Void) throws {
        self.remote = remote
        self.durability = durability
        self.retryDelays = retryDelays
        self.sendTimeout = sendTimeout
        let journal = try AnswerJournal(basePath: journalPath)
        self.journalPath = journal.path
        self.syncer = JournalSyncer(descriptor: journal.syncDescriptor, sync: syncFile)
        self.journal = Mutex(journal)
        let thread = Thread { [self] in sendLoop() }
        thread.name = "OsteoIntake answer journal"
        thread.start()
        errands.start(beat: { [remote] in try remote.heartbeat($0, session: $1) }, look: { [self] in try load($0) })
    }

    /// `store` itself when it is local; a remote store wrapped in its journal, kept in the user's
    /// data folder under a name drawn from `location` (`AnswerJournal.defaultPath`).
    public static func wrappingIfRemote(_ store: any IntakeRecordStore, location: String,
                                        environment: [String: String]) throws -> any IntakeRecordStore {
        guard store.isRemote, !(store is JournaledIntakeStore) else { return store }
        return try JournaledIntakeStore(
            remote: store, journalPath: AnswerJournal.defaultPath(storeLocation: location, environment: environment))
    }

    public var status: Status {
        let waiting = journal.withLock { $0.waiting.count }
        return state.withLock { Status(waiting: waiting, serverReachable: $0.serverReachable, journalPath: journalPath) }
    }

    /// Waits up to `timeout` for the journal to empty, then stops the worker. Returns what is
    /// still waiting (kept in the journal for the next start).
    @discardableResult
    public func close(waitingUpTo timeout: TimeInterval) -> Status {
        let deadline = Date().addingTimeInterval(timeout)
        retryNow.signal()
        while journal.withLock({ !$0.waiting.isEmpty }) && Date() < deadline && state.withLock({ $0.held.isEmpty }) {
            usleep(10_000)
        }
        state.withLock { $0.stopping = true }
        workAvailable.signal()
        retryNow.signal()
        stopped.wait()
        errands.stop()
        syncer.stop()
        let left = status
        journal.withLock { $0.release() }
        return left
    }

    // MARK: - the desk's side

    public func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                           onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        try journal.withLock {
            _ = try $0.append(recordID: recordID, change: change, record: record, expectedVersion: expectedVersion,
                              policy: onConflict, actor: actor, session: session, sync: durability == .powerLoss)
            // counted before the lock lets the worker see the entry: its `syncNow` then syncs it
            // before sending (noted after, a busy worker sent one answer the disk did not have)
            if durability == .processCrash { syncer.noteWrite() }
        }
        workAvailable.signal()
        return .saved(version: expectedVersion + 1)
    }

    /// Why the answers of `recordID` are held back, if they are.
    public func heldAnswers(for recordID: String) -> HoldReason? {
        state.withLock { $0.held[recordID] }
    }

    /// Gives the held answers of `recordID` back to the desk (crossed off the journal): the desk
    /// saves them again, on the server's version, once the user has chosen.
    public func takeHeldAnswers(for recordID: String) throws -> HeldAnswers? {
        guard let reason = state.withLock({ $0.held[recordID] }) else { return nil }
        let changes = try journal.withLock { journal -> [FieldChange] in
            let entries = journal.waiting.filter { $0.recordID == recordID }
            try journal.remove(Set(entries.map(\.seq)))
            return entries.map(\.change)
        }
        syncer.noteWrite()
        state.withLock {
            $0.held[recordID] = nil
            $0.versionShift[recordID] = nil
        }
        workAvailable.signal()
        return HeldAnswers(reason: reason, changes: changes)
    }

    /// Waits until the answers of `recordID` are on the server; throws `serverUnreachable` when
    /// the server cannot be reached, or the reason they are held.
    func sendAnswers(of recordID: String) throws {
        let deadline = Date().addingTimeInterval(sendTimeout)
        let failedBefore = state.withLock { $0.failedAttempts }
        retryNow.signal()
        while journal.withLock({ journal in journal.waiting.contains { $0.recordID == recordID } }) {
            switch state.withLock({ $0.held[recordID] }) {
            case .conflict(let conflict)?:
                throw StoreError.versionChanged(id: recordID, expected: conflict.expectedVersion,
                                                current: conflict.current.version)
            case .refused(let error)?: throw error
            case nil: break
            }
            // one more attempt failed since asked (or the time is up): the server is not there
            if state.withLock({ $0.failedAttempts }) > failedBefore || Date() >= deadline {
                throw StoreError.serverUnreachable
            }
            usleep(5_000)
        }
    }

    /// The newest answer of `recordID` still in the journal.
    func lastWaiting(for recordID: String) -> JournalEntry? {
        journal.withLock { journal in journal.waiting.last { $0.recordID == recordID } }
    }

    /// The desk's version number of `recordID` as the server counts it.
    func serverVersion(_ recordID: String, _ version: Int) -> Int {
        version + state.withLock { $0.versionShift[recordID] ?? 0 }
    }

    // MARK: - the worker

    private func sendLoop() {
        var delay = retryDelays.first
        while true {
            if state.withLock({ $0.stopping }) { break }
            guard let entry = nextEntry() else {
                workAvailable.wait()
                continue
            }
            syncer.syncNow()  // on disk before the server has it
            switch send(entry) {
            case .done:
                delay = retryDelays.first
            case .unreachable:
                _ = retryNow.wait(timeout: .now() + delay)
                delay = min(delay * 2, retryDelays.longest)
            }
        }
        stopped.signal()
    }

    private func nextEntry() -> JournalEntry? {
        let held = state.withLock { $0.held }
        return journal.withLock { journal in journal.waiting.first { held[$0.recordID] == nil } }
    }

    private enum Attempt { case done, unreachable }

    private func send(_ entry: JournalEntry) -> Attempt {
        let shift = state.withLock { $0.versionShift[entry.recordID] ?? 0 }
        let expected = entry.expectedVersion + shift
        do {
            let outcome = try remote.saveAnswer(entry.change, record: entry.record, recordID: entry.recordID,
                                                expectedVersion: expected, onConflict: entry.policy, actor: entry.actor,
                                                session: entry.session)
            switch outcome {
            case .saved(let version):
                crossOff(entry, serverVersion: version)
            case .conflict(let conflict) where conflict.current.version == expected + 1
                                            && conflict.current.record == entry.record:
                // sent before a crash, not yet crossed off: the server has it already
                crossOff(entry, serverVersion: conflict.current.version)
            case .conflict(let conflict):
                state.withLock {
                    $0.held[entry.recordID] = .conflict(conflict)
                    $0.serverReachable = true
                }
            }
            return .done
        } catch StoreError.serverUnreachable {
            state.withLock {
                $0.serverReachable = false
                $0.failedAttempts += 1
            }
            return .unreachable
        } catch let error as StoreError {
            state.withLock {
                $0.held[entry.recordID] = .refused(error)
                $0.serverReachable = true
            }
            return .done
        } catch {
            state.withLock {
                $0.serverReachable = false
                $0.failedAttempts += 1
            }
            return .unreachable
        }
    }

    private func crossOff(_ entry: JournalEntry, serverVersion: Int) {
        do {
            try journal.withLock { try $0.remove([entry.seq]) }
            syncer.noteWrite()
        } catch {
            // the mark could not be written: the entry stays, and is recognised as sent next time
        }
        state.withLock {
            $0.versionShift[entry.recordID] = serverVersion - (entry.expectedVersion + 1)
            $0.serverReachable = true
        }
    }
}
