import Catalog
import Foundation
import GRDB
import Testing
@testable import IntakeStore

@Suite("The database file: where it lives, its permissions, and files it must refuse")
struct DatabaseFileTests {
    let folder = TemporaryFolder()

    @Test("--db wins over INTAKE_DB, which wins over XDG_DATA_HOME, which wins over the home folder")
    func locationPrecedence() {
        let environment = ["INTAKE_DB": "/e/intake.sqlite", "XDG_DATA_HOME": "/x", "HOME": "/home/anna"]
        #expect(DatabaseLocation.resolve(explicit: "/cli.sqlite", environment: environment) == "/cli.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: environment) == "/e/intake.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
                == "/x/osteo-intake/intake.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/home/anna"])
                == "/home/anna/.local/share/osteo-intake/intake.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/osteo-intake/intake.sqlite")
    }

    @Test("the folder is created 0700 and the database, WAL and shared-memory files are 0600")
    func permissions() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let store = try makeStore(folder)
        _ = try store.createDraft(sampleRecord(), actor: frontDesk)
        #expect(posixMode(folder.path + "/db") == 0o700)
        #expect(posixMode(folder.databasePath) == 0o600)
        #expect(posixMode(folder.databasePath + "-wal") == 0o600)
        #expect(posixMode(folder.databasePath + "-shm") == 0o600)
    }

    @Test("desks opening a brand-new database at the same moment all succeed")
    func simultaneousFirstOpen() async throws {
        let path = folder.databasePath
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<6 {
                group.addTask { _ = try SQLiteIntakeStore(path: path).createDraft(sampleRecord(), actor: frontDesk) }
            }
            try await group.waitForAll()
        }
        #expect(try makeStore(folder).list(RecordQuery()).count == 6)
    }

    @Test("opened only if it exists, a missing database is an error naming its path, and nothing is created")
    func mustExist() throws {
        let path = folder.path + "/typo/intake.sqlite"
        let error = #expect(throws: StoreError.databaseNotFound(path: path)) {
            try SQLiteIntakeStore(path: path, createIfMissing: false)
        }
        #expect(error?.message().contains(path) == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/typo"))
        _ = try SQLiteIntakeStore(path: path).createDraft(sampleRecord(), actor: frontDesk)
        #expect(try SQLiteIntakeStore(path: path, createIfMissing: false).list(RecordQuery()).count == 1)
        #expect(posixMode(path) == 0o600)
    }

    @Test("a file that is not SQLite is refused with a clear message and left byte for byte as it was")
    func notSQLite() throws {
        let path = folder.path + "/notes.sqlite"
        let content = Data("Patient list, do not delete\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: content)
        let error = #expect(throws: StoreError.notADatabase(path: path)) { try SQLiteIntakeStore(path: path) }
        #expect(error?.message().contains("not an OsteoIntake database") == true)
        #expect(FileManager.default.contents(atPath: path) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a truncated database is refused and never repaired", arguments: [4096, 1000])
    func truncated(cut: Int) throws {
        do {
            let store = try makeStore(folder)
            for index in 0..<200 { _ = try store.createDraft(sampleRecord(name: "Patient \(index)"), actor: frontDesk) }
            try store.close()
        }
        let path = folder.databasePath
        // Closing checkpointed every page into the file; the WAL left beside it is spent.
        try? FileManager.default.removeItem(atPath: path + "-wal")
        let whole = try #require(FileManager.default.contents(atPath: path))
        #expect(whole.count > 3 * 4096)
        let damaged = whole.prefix(whole.count - cut)
        try damaged.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.databaseTruncated(path: path)) { try makeStore(folder) }
        #expect(FileManager.default.contents(atPath: path) == damaged)
    }

    @Test("the page count check waits while the WAL holds pages (a checkpoint cut short by a crash)")
    func interruptedCheckpoint() throws {
        var header = [UInt8]("SQLite format 3\0".utf8) + [UInt8](repeating: 0, count: 84)
        header[16] = 0x10  // page size 4096
        header[31] = 10  // ten pages
        header[27] = 1; header[95] = 1  // change counter == version-valid-for: the page count is valid
        let path = folder.path + "/short.sqlite"
        _ = FileManager.default.createFile(atPath: path, contents: Data(header + [UInt8](repeating: 0, count: 2 * 4096 - 100)))
        #expect(throws: StoreError.databaseTruncated(path: path)) {
            try DatabaseLocation.checkHeader(path, size: 2 * 4096, walHoldsPages: false)
        }
        #expect(try DatabaseLocation.checkHeader(path, size: 2 * 4096, walHoldsPages: true) == .shortWithPagesInWAL)
    }

    @Test("a short file whose WAL still holds every page opens with nothing lost (a checkpoint cut short)")
    func shortButWholeWithWAL() throws {
        let store = try SQLiteIntakeStore(path: folder.databasePath, checkpointEvery: 0)  // all pages stay in the WAL
        let ids = try (0..<200).map { try store.createDraft(sampleRecord(name: "Patient \($0)"), actor: frontDesk).id }
        let pageCount = try #require(try store.read { try Int.fetchOne($0, sql: "PRAGMA page_count") })
        // What kill -9 leaves behind: the database file and its WAL, copied while the store is open.
        let crashed = folder.path + "/crashed/intake.sqlite"
        try FileManager.default.createDirectory(atPath: folder.path + "/crashed", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder.databasePath + "-wal", toPath: crashed + "-wal")
        var file = [UInt8](try #require(FileManager.default.contents(atPath: folder.databasePath)))
        #expect(file.count < pageCount * 4096)
        // ...after a checkpoint that wrote page 1 (with the new page count) and died before the rest.
        for (offset, byte) in [24, 16, 8, 0].enumerated() { file[28 + offset] = UInt8((pageCount >> byte) & 0xFF) }
        file[92...95] = file[24...27]
        try Data(file).write(to: URL(fileURLWithPath: crashed))
        #expect(try DatabaseLocation.prepare(path: crashed) == .shortWithPagesInWAL)
        let reopened = try SQLiteIntakeStore(path: crashed)
        #expect(try reopened.list(RecordQuery()).count == 200)
        #expect(try reopened.load(ids[199]).record.patient?.name == "Patient 199")
    }

    @Test("a desk opening a database whose WAL holds pages waits out another desk's lock instead of saying busy")
    func shortWithWALWaitsForLock() throws {
        let store = try SQLiteIntakeStore(path: folder.databasePath, checkpointEvery: 0)
        _ = try (0..<200).map { try store.createDraft(sampleRecord(name: "Patient \($0)"), actor: frontDesk) }
        let pageCount = try #require(try store.read { try Int.fetchOne($0, sql: "PRAGMA page_count") })
        let copy = folder.path + "/copy/intake.sqlite"
        try FileManager.default.createDirectory(atPath: folder.path + "/copy", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder.databasePath + "-wal", toPath: copy + "-wal")
        var file = [UInt8](try #require(FileManager.default.contents(atPath: folder.databasePath)))
        for (offset, byte) in [24, 16, 8, 0].enumerated() { file[28 + offset] = UInt8((pageCount >> byte) & 0xFF) }
        file[92...95] = file[24...27]
        try Data(file).write(to: URL(fileURLWithPath: copy))
        #expect(try DatabaseLocation.prepare(path: copy) == .shortWithPagesInWAL)
        // Another desk holds the file for a moment (an exclusive lock, as a closing desk does).
        var configuration = Configuration()
        configuration.prepareDatabase { try $0.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        let holder = try DatabaseQueue(path: copy, configuration: configuration)
        try holder.write { try $0.execute(sql: "PRAGMA user_version = 0") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { try? holder.close() }
        let started = Date()
        let reopened = try SQLiteIntakeStore(path: copy)
        #expect(Date().timeIntervalSince(started) >= 0.2)
        #expect(try reopened.list(RecordQuery()).count == 200)
    }

    @Test("a read-only database file is refused with a clear message, even for root")
    func readOnly() throws {
        do { _ = try makeStore(folder).createDraft(sampleRecord(), actor: frontDesk) }
        chmod(folder.databasePath, 0o400)
        let error = #expect(throws: StoreError.databaseReadOnly(path: folder.databasePath)) { try makeStore(folder) }
        #expect(error?.message().contains("read-only") == true)
    }

    @Test("a database written by a newer version of the program is refused and left untouched")
    func newerVersion() throws {
        do { _ = try makeStore(folder).createDraft(sampleRecord(), actor: frontDesk) }
        let queue = try DatabaseQueue(path: folder.databasePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')") }
        try queue.close()
        let before = try #require(FileManager.default.contents(atPath: folder.databasePath))
        let error = #expect(throws: StoreError.databaseFromNewerVersion(path: folder.databasePath)) { try makeStore(folder) }
        #expect(error?.message().contains("newer version") == true)
        // not a byte written, the header (its change counter) included
        #expect(FileManager.default.contents(atPath: folder.databasePath) == before)
        #expect(((try? FileManager.default.attributesOfItem(atPath: folder.databasePath + "-wal"))?[.size] as? Int ?? 0) == 0)
        let after = try DatabaseQueue(path: folder.databasePath)
        // the migrations of this version and the future one, nothing added or removed
        #expect(try after.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }.count
                == StoreSchema.migrator.migrations.count + 1)
    }

    @Test("a folder path that is a file gives a clear error")
    func folderIsAFile() throws {
        _ = FileManager.default.createFile(atPath: folder.path + "/db", contents: Data())
        #expect(throws: StoreError.cannotCreateDirectory(path: folder.path + "/db", reason: .text(.storeDirectoryFileExists))) {
            try makeStore(folder)
        }
    }
}
