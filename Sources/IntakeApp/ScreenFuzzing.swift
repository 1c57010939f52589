import Foundation
import IntakeModel
import IntakeStore
import StaffAccess
import Synchronization
import TerminalUI

/// What a key-fuzz run found: how much it tried and what went wrong. A crash ends the process, so
/// a finished run has none; the seed and the input index reproduce anything found.
public struct ScreenFuzzReport: Sendable, CustomStringConvertible {
    public var seed: UInt64
    public var keysFuzzed = 0
    public var inputsTried = 0
    /// Screens started: the staff shell, the kiosk shell and the intake screen in turn, a new one
    /// each time the last one ended (quit, hang-up).
    public var screensStarted = 0
    public var crashes = 0
    public var hangs = 0
    /// Frames with a C0 or C1 control, DEL or ESC in a cell.
    public var rawControlsOut = 0
    /// The first problems, each with the seed and the input index that reproduce it.
    public var problems: [String] = []
    /// The longest one input took (seconds of wall time), and which input that was.
    public var slowestInput = (seconds: 0.0, index: 0)

    public var description: String {
        "seed \(seed): \(keysFuzzed) keys fuzzed, \(inputsTried) inputs tried, \(screensStarted) screens, "
            + "\(crashes) crashes, \(hangs) hangs, \(rawControlsOut) raw controls out"
    }
}

/// Drives the real screens (the staff shell with its home list, records and summary; the kiosk
/// shell; the intake screen alone) through the pilot with `KeyFuzzer`'s inputs, on a store in a
/// temporary folder and a manual clock. Every frame is checked for raw controls; an input whose
/// handling takes longer than `hangLimit` seconds is a hang (the run stops there and says which).
public struct ScreenFuzzing: Sendable {
    public var seed: UInt64
    /// Keys to fuzz (after decoding); the run stops at the first input that reaches it.
    public var keys: Int
    public var minimumSize: Size
    public var maximumSize: Size
    public var hangLimit: Double

    public init(seed: UInt64, keys: Int, minimumSize: Size = Size(width: 1, height: 1),
                maximumSize: Size = Size(width: 200, height: 60), hangLimit: Double = 2) {
        self.seed = seed
        self.keys = keys
        self.minimumSize = minimumSize
        self.maximumSize = maximumSize
        self.hangLimit = hangLimit
    }

    /// Runs on a thread of its own and watches it: returns when the keys are fuzzed, or as soon
    /// as one input has taken `hangLimit` seconds (that thread is then left where it hangs).
    public func run() throws -> ScreenFuzzReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("osteo-fuzz-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let progress = FuzzProgress(seed: seed)
        let fuzzing = self
        let path = folder.appendingPathComponent("intake.sqlite").path
        let worker = Thread {
            do { try fuzzing.drive(storePath: path, progress: progress) } catch {
                progress.update { $0.report.problems.append("the fuzz store could not be opened: \(error)") }
            }
            progress.update { $0.isDone = true }
        }
        worker.stackSize = 8 << 20
        worker.start()
        while true {
            Thread.sleep(forTimeInterval: 0.02)
            let state = progress.state
            if state.isDone { break }
            let busy = Date().timeIntervalSince(state.inputStartedAt)
            if busy >= hangLimit {
                var report = state.report
                report.hangs += 1
                report.problems.append("seed \(seed), input \(state.inputIndex) (\(state.inputText)) still running after "
                                       + String(format: "%.1f", busy) + " s on \(state.size)")
                return report
            }
        }
        try? FileManager.default.removeItem(at: folder)
        return progress.state.report
    }

    // MARK: the worker

    private func drive(storePath: String, progress: FuzzProgress) throws {
        let clock = FuzzClock()
        let store = try SQLiteIntakeStore(path: storePath, durability: .processCrash,
                                          liveness: SessionLiveness(host: "fuzz-desk"), now: { clock.now() })
        let services = ShellServices(
            store: store, actor: AuditActor(osUser: "fuzz", host: "fuzz-desk"),
            session: DeskSession(pid: getpid(), host: "fuzz-desk", osUser: "fuzz"), clock: clock,
            makeScreen: IntakeScreen.shellFactory(clock: clock), printSheet: { _ in .printed("fuzz printer") },
            staff: FuzzStaff())
        var fuzzer = KeyFuzzer(seed: seed, minimumSize: minimumSize, maximumSize: maximumSize,
                               signIn: FuzzStaff.login + "\t" + FuzzStaff.pin + "\r")
        var index = 0, keysDone = 0, started = 0
        var size = Size(width: 80, height: 24)
        while keysDone < keys {
            started += 1
            progress.update { $0.report.screensStarted = started }
            var context = FuzzContext(fuzzer: fuzzer, index: index, keysDone: keysDone, size: size, clock: clock,
                                      progress: progress, keyBudget: keys)
            switch started % 3 {
            case 1:
                var pilot = Pilot(IntakeShell(services: services, configuration: ShellConfiguration(), size: size), size: size)
                context.drive(&pilot)
            case 2:
                var pilot = Pilot(IntakeShell(services: services, configuration: ShellConfiguration(kiosk: true), size: size),
                                  size: size)
                context.drive(&pilot)
            default:
                let session = IntakeSession(clock: ShellSessionClock(clock: clock))
                var pilot = Pilot(IntakeScreen(session: session, size: size), size: size)
                context.drive(&pilot)
            }
            (fuzzer, index, keysDone, size) = (context.fuzzer, context.index, context.keysDone, context.size)
        }
    }
}

/// One screen driven until it ends or the keys are all fuzzed.
private struct FuzzContext {
    var fuzzer: KeyFuzzer
    var index: Int
    var keysDone: Int
    var size: Size
    let clock: FuzzClock
    let progress: FuzzProgress
    let keyBudget: Int

    mutating func drive<Model: AppModel>(_ pilot: inout Pilot<Model>) {
        var counted = pilot.keysSent
        while keysDone < keyBudget && !pilot.model.isFinished {
            let input = fuzzer.next()
            index += 1
            let (at, shownSize) = (index, size)
            progress.update {
                $0.inputIndex = at
                $0.inputText = String(describing: input).prefix(120).description
                $0.inputStartedAt = Date()
                $0.size = shownSize
            }
            switch input {
            case .bytes(let bytes): pilot.send(bytes: bytes)
            case .key(let key): pilot.press(key)
            case .resize(let newSize):
                size = newSize
                pilot.resize(to: newSize)
            case .pause(let seconds):
                clock.advance(seconds: seconds * 240)  // 1.2 s of pause is past the 5-minute idle lock
                pilot.wait(seconds)
                pilot.apply { _ = $0.tick(); return [] }
            }
            let took = Date().timeIntervalSince(progress.state.inputStartedAt)
            keysDone += pilot.keysSent - counted
            counted = pilot.keysSent
            let raw = pilot.cellsWithRawControls
            let (keysNow, inputs) = (keysDone, index)
            progress.update {
                $0.report.keysFuzzed = keysNow
                $0.report.inputsTried = inputs
                if took > $0.report.slowestInput.seconds { $0.report.slowestInput = (took, inputs) }
                if let first = raw.first {
                    $0.report.rawControlsOut += 1
                    if $0.report.problems.count < 10 {
                        $0.report.problems.append("seed \($0.report.seed), input \(inputs): a raw control at row \(first.row), "
                                                  + "column \(first.column) on \(shownSize)")
                    }
                }
            }
        }
    }
}

/// What the worker has done, read by the watching thread.
private final class FuzzProgress: Sendable {
    struct State: Sendable {
        var report: ScreenFuzzReport
        var inputIndex = 0
        var inputText = ""
        /// When the input being handled started (none yet: opening the store is not timed).
        var inputStartedAt = Date.distantFuture
        var size = Size(width: 80, height: 24)
        var isDone = false
    }

    private let shared: Mutex<State>

    init(seed: UInt64) { shared = Mutex(State(report: ScreenFuzzReport(seed: seed))) }

    var state: State { shared.withLock { $0 } }

    func update(_ change: (inout State) -> Void) { shared.withLock { change(&$0) } }
}

/// A clock that moves only when the fuzzer pauses (the idle lock is reached, and runs repeat).
private final class FuzzClock: ShellClock {
    private let time = Mutex(Date(timeIntervalSince1970: 1_772_442_000))  // 2026-03-02 09:00 UTC

    func now() -> Date { time.withLock { $0 } }
    var timeZone: TimeZone { TimeZone(identifier: "UTC")! }
    func advance(seconds: Double) { time.withLock { $0 += seconds } }
}

/// The one member of staff of a fuzz run (the fuzzer types this sign-in now and then).
private struct FuzzStaff: StaffAuthenticator {
    static let login = "fz"
    static let pin = "1357"

    func authenticate(login: String, secret: String) -> StaffMember? {
        login == Self.login && secret == Self.pin ? StaffMember(login: login, name: "Fuzz Staff") : nil
    }
}
