import Catalog
import Foundation
import GRDB
import IntakeModel

/// `IntakeRecordStore` on one SQLite file through GRDB: WAL mode, so desks read while one writes;
/// a busy timeout plus retries, so no user ever sees "database is locked"; one short IMMEDIATE
/// transaction per save, so two desks never lose each other's writes.
///
/// Durability: `synchronous = FULL` (the default `Durability.powerLoss`) syncs the WAL on every
/// commit, so an acknowledged save survives a pulled plug; `NORMAL` (`Durability.processCrash`)
/// survives `kill -9` and a crash of the program but may lose the last saves when the machine
/// loses power. FULL meets the autosave target on this machine (IntakeStore.docc, Store).
public final class SQLiteIntakeStore: IntakeRecordStore {
    public enum Durability: String, Sendable {
        case powerLoss = "FULL"
        case processCrash = "NORMAL"
    }

    public let path: String
    let pool: DatabasePool
    let checkpointer: WALCheckpointer
    let liveness: SessionLiveness
    let now: @Sendable () -> Date
    /// Attempts of a write that stays busy after the busy timeout.
    let busyRetries = 3

    /// Opens (creating when missing, unless `createIfMissing` is false) the database at `path`.
    /// Throws `StoreError` for a missing (`databaseNotFound`), read-only, non-SQLite, truncated or
    /// newer database, without writing to it. `checkpointEvery`: commits between background WAL
    /// checkpoints (`WALCheckpointer`); 0 leaves them to SQLite alone.
    public init(path: String, createIfMissing: Bool = true, durability: Durability = .powerLoss,
                busyTimeout: TimeInterval = 10,
                liveness: SessionLiveness = SessionLiveness(), checkpointEvery: Int = 100,
                now: @escaping @Sendable () -> Date = Date.init) throws {
        self.path = path
        self.liveness = liveness
        self.now = now
        do {
            if try DatabaseLocation.prepare(path: path, createIfMissing: createIfMissing) == .shortWithPagesInWAL {
                try Self.verifyWhole(path: path, busyTimeout: busyTimeout)
            }
        } catch StoreError.databaseTruncated {
            // Or another desk is checkpointing at this instant: it writes page 1 (the new page count)
            // before the pages after it, and resets the WAL when done, so between our look at the file
            // and at its WAL the file can seem short with nothing in the WAL (3 of 2,800 concurrent
            // imports were told "damaged"). SQLite, reading under its locks, decides.
            try Self.verifyWhole(path: path, busyTimeout: busyTimeout)
        }
        try Self.refuseNewerSchema(path: path, busyTimeout: busyTimeout)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "OsteoIntake"
        let synchronous = durability.rawValue
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.automaticThreshold)")
        }
        do {
            pool = try Self.openPool(path: path, configuration: configuration)
            DatabaseLocation.restrictPermissions(path: path)
            try Self.migrate(pool, path: path)
            checkpointer = try WALCheckpointer(path: path, interval: checkpointEvery)
            DatabaseLocation.restrictPermissions(path: path)
        } catch let error as DatabaseError {
            throw Self.storeError(error, path: path)
        }
    }

    /// Opens the pool. Desks opening a brand-new database at the same moment race to switch it to
    /// WAL (`PRAGMA journal_mode = WAL` needs the file to themselves, and SQLite answers "locked"
    /// at once, without the busy timeout): the loser tries again after a short random pause.
    static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where isBusy(error) && attempt < 40 {
                attempt += 1
                usleep(UInt32.random(in: 5_000...40_000))
            }
        }
    }

    /// Brings the schema up to date. GRDB reads the applied migrations before each migration's own
    /// transaction, so two desks opening a new database at once can race: the loser's migration
    /// fails ("table already exists") and is retried, and then finds it applied.
    static func migrate(_ pool: DatabasePool, path: String) throws {
        let migrator = StoreSchema.migrator
        var attempt = 0
        while true {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError.databaseFromNewerVersion(path: path)
            }
            do {
                return try migrator.migrate(pool)
            } catch let error as DatabaseError where attempt < 3 && !isFault(error) {
                attempt += 1
            }
        }
    }

    /// Errors a retry cannot mend (the file itself is the problem).
    static func isFault(_ error: DatabaseError) -> Bool {
        [.SQLITE_READONLY, .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PERM, .SQLITE_CANTOPEN]
            .contains(error.resultCode)
    }

    /// A read-only connection that waits out other desks' locks like the pool does: without the
    /// busy timeout a desk opening the database while another one checkpoints was told "busy" at
    /// once (7 of 8,800 concurrent imports).
    static func readOnlyQueue(path: String, busyTimeout: TimeInterval) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Refuses a database written by a newer version before the pool opens it: opening the pool
    /// already writes (GRDB makes sure the WAL file is not empty), which would change its header.
    static func refuseNewerSchema(path: String, busyTimeout: TimeInterval) throws {
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return }  // a new database
        do {
            let queue = try readOnlyQueue(path: path, busyTimeout: busyTimeout)
            let superseded = try queue.read { try StoreSchema.migrator.hasBeenSuperseded($0) }
            try queue.close()
            if superseded { throw StoreError.databaseFromNewerVersion(path: path) }
        } catch let error as DatabaseError {
            throw storeError(error, path: path)
        }
    }

    /// Asks SQLite, on a read-only connection (nothing written to the database file), whether a
    /// database whose file is short is whole once its WAL is read.
    static func verifyWhole(path: String, busyTimeout: TimeInterval) throws {
        do {
            let queue = try readOnlyQueue(path: path, busyTimeout: busyTimeout)
            let result = try queue.read { try String.fetchOne($0, sql: "PRAGMA quick_check") }
            try queue.close()
            guard result == "ok" else { throw StoreError.databaseTruncated(path: path) }
        } catch let error as DatabaseError {
            throw error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
                ? StoreError.databaseTruncated(path: path) : storeError(error, path: path)
        }
    }

    // MARK: - transactions

    /// One IMMEDIATE transaction, retried when still busy after the timeout; database errors
    /// become `StoreError`s that say what to do.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                let result = try pool.write(body)
                checkpointer.noteCommit()
                return result
            } catch let error as DatabaseError where Self.isBusy(error) && attempt < busyRetries {
                attempt += 1
                usleep(useconds_t(20_000 * attempt))
            } catch let error as DatabaseError {
                throw Self.storeError(error, path: path)
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try pool.read(body)
            } catch let error as DatabaseError where Self.isBusy(error) && attempt < busyRetries {
                attempt += 1
                usleep(useconds_t(20_000 * attempt))
            } catch let error as DatabaseError {
                throw Self.storeError(error, path: path)
            }
        }
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    static func storeError(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .databaseReadOnly(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .databaseTruncated(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .databaseBusy(path: path)
        case .SQLITE_IOERR:
            // A write refused by the file system (no space, or the file-size limit: EFBIG), also
            // when growing the shared-memory index or the file itself.
            if [.SQLITE_IOERR_WRITE, .SQLITE_IOERR_FSYNC, .SQLITE_IOERR_SHMSIZE, .SQLITE_IOERR_TRUNCATE]
                .contains(error.extendedResultCode) {
                return .diskFull(path: path)
            }
            return .databaseFailure(path: path, detail: error.message.map(StoreDetail.system) ?? .text(.storeFailureIo))
        default:
            return .databaseFailure(path: path, detail: .system(error.message ?? "\(error.resultCode)"))
        }
    }

    /// Closes the database (the app calls it on exit; later calls throw).
    public func close() throws {
        checkpointer.drain()
        do { try pool.close() } catch let error as DatabaseError { throw Self.storeError(error, path: path) }
    }
}
