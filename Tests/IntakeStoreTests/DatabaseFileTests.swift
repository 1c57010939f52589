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
        let whole = try #require(FileManager.default.contents(atPath: path))
        #expect(whole.count > 3 * 4096)
        let damaged = whole.prefix(whole.count - cut)
        try damaged.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.databaseTruncated(path: path)) { try makeStore(folder) }
        #expect(FileManager.default.contents(atPath: path) == damaged)
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
        let error = #expect(throws: StoreError.databaseFromNewerVersion(path: folder.databasePath)) { try makeStore(folder) }
        #expect(error?.message().contains("newer version") == true)
        let after = try DatabaseQueue(path: folder.databasePath)
        #expect(try after.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }.count == 2)
    }

    @Test("a folder path that is a file gives a clear error")
    func folderIsAFile() throws {
        _ = FileManager.default.createFile(atPath: folder.path + "/db", contents: Data())
        #expect(throws: StoreError.cannotCreateDirectory(path: folder.path + "/db", reason: "a file with that name exists")) {
            try makeStore(folder)
        }
    }
}
