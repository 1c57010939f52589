import Foundation
import IntakeModel
import IntakeTestSupport
import PostgresStore
import Synchronization
import Testing
@testable import IntakeStore

/// The two stores the contract tests run against.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

/// An empty database of one backend for one test: a file in a fresh folder, or a fresh database
/// on the test process's PostgreSQL cluster (a copy of a migrated template, so each test starts
/// at once from the current schema). Stores are opened as the desks' role, `intake_app`.
final class TestDatabase: Sendable {
    let backend: Backend
    let folder = TemporaryFolder()
    /// The PostgreSQL database's name (nil for SQLite).
    let postgresDatabase: String?

    init(_ backend: Backend) throws {
        self.backend = backend
        postgresDatabase = backend == .postgres ? try PostgresTestDatabases.fresh() : nil
    }

    var databasePath: String { folder.databasePath }

    /// The desks' address of the PostgreSQL database (as `--db` takes it).
    func postgresAddress(role: String = TestPostgresServer.appRole) throws -> String {
        try TestPostgresServer.shared().address(database: postgresDatabase ?? "", role: role)
    }

    func makeStore(clock: ManualClock = ManualClock(), processes: FakeProcesses = FakeProcesses(),
                   host: String = "desk-1") throws -> any IntakeRecordStore {
        let liveness = SessionLiveness(staleAfter: 180, host: host, isProcessAlive: processes.isAlive)
        switch backend {
        case .sqlite:
            return try SQLiteIntakeStore(path: folder.databasePath, liveness: liveness, now: clock.now)
        case .postgres:
            let server = try TestPostgresServer.shared()
            return try PostgresIntakeStore(location: PostgresLocation(address: try postgresAddress(),
                                                                      environment: server.environment),
                                           liveness: liveness, now: clock.now)
        }
    }
}

/// The template every PostgreSQL test database is copied from, migrated once per test process
/// by its owner role (as the admin step does).
enum PostgresTestDatabases {
    private static let template = Mutex<String?>(nil)

    static func fresh() throws -> String {
        let server = try TestPostgresServer.shared()
        let templateName = try template.withLock { name in
            if let name { return name }
            let made = try server.createDatabase(named: "intake_template")
            let owner = try PostgresIntakeStore(location: PostgresLocation(
                address: server.address(database: made, role: TestPostgresServer.ownerRole), environment: server.environment))
            owner.close()
            name = made
            return made
        }
        var attempt = 0
        while true {
            do { return try server.createDatabase(template: templateName) } catch where attempt < 20 {
                attempt += 1  // the owner's connection to the template may take a moment to end
                usleep(50_000)
            }
        }
    }
}

func makeStore(_ database: TestDatabase, clock: ManualClock = ManualClock(), processes: FakeProcesses = FakeProcesses(),
               host: String = "desk-1") throws -> any IntakeRecordStore {
    try database.makeStore(clock: clock, processes: processes, host: host)
}

func closeStore(_ store: any IntakeRecordStore) throws {
    if let sqlite = store as? SQLiteIntakeStore { try sqlite.close() }
    if let postgres = store as? PostgresIntakeStore { postgres.close() }
}

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
