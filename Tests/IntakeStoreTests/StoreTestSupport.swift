import Foundation
import IntakeModel
import Synchronization
@testable import IntakeStore

/// A fresh folder per test, removed when the test ends.
final class TemporaryFolder: Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "intake-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var databasePath: String { path + "/db/intake.sqlite" }
}

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let time: Mutex<Date>
    init(_ start: Date = Date(timeIntervalSince1970: 1_764_658_800)) { time = Mutex(start) }
    func now() -> Date { time.withLock { $0 } }
    func advance(by seconds: TimeInterval) { time.withLock { $0 += seconds } }
}

/// A process table the test controls: pids listed as alive are alive.
final class FakeProcesses: Sendable {
    private let alive: Mutex<Set<Int32>>
    init(alive: Set<Int32> = []) { self.alive = Mutex(alive) }
    func isAlive(_ pid: Int32) -> Bool { alive.withLock { $0.contains(pid) } }
    func kill(_ pid: Int32) { _ = alive.withLock { $0.remove(pid) } }
}

let frontDesk = AuditActor(osUser: "anna", host: "desk-1", sshClient: "10.0.0.7")
let backOffice = AuditActor(osUser: "ben", host: "desk-2")

func sampleRecord(name: String = "José Álvarez", birthDate: String = "1948-03-14",
                  visitDate: String = "2026-12-02") -> IntakeRecord {
    IntakeRecord(visitDate: CalendarDate(iso: visitDate),
                 patient: Patient(name: name, sex: .female, birthDate: CalendarDate(iso: birthDate)))
}

func makeStore(_ folder: TemporaryFolder, clock: ManualClock = ManualClock(),
               processes: FakeProcesses = FakeProcesses(), host: String = "desk-1") throws -> SQLiteIntakeStore {
    try SQLiteIntakeStore(path: folder.databasePath,
                          liveness: SessionLiveness(staleAfter: 180, host: host, isProcessAlive: processes.isAlive),
                          now: clock.now)
}

func posixMode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o777
}
