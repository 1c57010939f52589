import Foundation
import IntakeTestSupport
import Testing

/// Faults a front desk meets: a killed program, two desks on one record, files that are not what
/// they should be, a full disk.
@Suite("Store faults on the real binaries", .serialized)
struct StoreFaultTests {
    let scratch = StoreScratch()

    /// A `intake-bench store --writer` child; `saved` holds the saves it acknowledged.
    final class Writer {
        let child: ChildProcess
        var buffer = ""
        var saved: [Int] = []
        var record: String?
        var errorText = ""
        /// The signal that ended the writer, if one did.
        var signal: Int32?

        init(db: String, record: String = "new", count: Int, tag: String, extra: [String] = []) throws {
            child = try ChildProcess([StoreBinaries.url("intake-bench").path, "store", "--writer", "--db", db, "--record", record,
                                      "--count", String(count), "--tag", tag] + extra, output: .pipe)
        }

        private func take(_ data: Data) {
            buffer += String(decoding: data, as: UTF8.self)
            while let newline = buffer.firstIndex(of: "\n") {
                let line = buffer[..<newline].split(separator: " ")
                buffer = String(buffer[buffer.index(after: newline)...])
                if line.first == "saved", line.count == 3, let k = Int(line[1]) { saved.append(k) }
                if line.first == "record", line.count == 2 { record = String(line[1]) }
            }
        }

        /// Reads until `count` saves were acknowledged (or the child ended, or went quiet for 60 s).
        func waitForSaves(_ count: Int) {
            while saved.count < count {
                let chunk = child.readAvailable(timeout: 60)
                if chunk.isEmpty { return }
                take(chunk)
            }
        }

        func finish() throws -> Int32 {
            let outcome = try child.wait()
            take(outcome.stdout)
            errorText = outcome.errors
            signal = outcome.signal
            return outcome.status
        }

        func killHard() throws -> Int32 {
            child.send(SIGKILL)
            return try finish()
        }
    }

    /// The values of `patient.identifier` the audit trail recorded.
    func auditedValues(_ id: String) throws -> Set<String> {
        let audit = try StoreBinaries.intake(["audit", "--db", scratch.db, id])
        #expect(audit.status == 0, "\(audit.stderr)")
        return Set(audit.stdout.split(separator: "\n").compactMap { line in
            line.range(of: "-> ").map { String(line[$0.upperBound...]).trimmingCharacters(in: .whitespaces) }
        })
    }

    @Test("kill -9 at random moments never loses a save that was acknowledged")
    func killNine() throws {
        var generator = SystemRandomNumberGenerator()
        var record = "new"
        for round in 0..<5 {
            let writer = try Writer(db: scratch.db, record: record, count: 1_000_000, tag: "r\(round)")
            writer.waitForSaves(Int.random(in: 1...200, using: &generator))
            usleep(UInt32.random(in: 0...3000, using: &generator))  // land anywhere, mid-transaction included
            _ = try writer.killHard()
            #expect(writer.signal == SIGKILL)
            let id = try #require(writer.record)
            record = id
            let audited = try auditedValues(id)
            let lost = writer.saved.filter { !audited.contains("r\(round)-\($0)") }
            #expect(lost.isEmpty, "round \(round): acknowledged saves missing after kill -9: \(lost)")
            let identifier = (try scratch.exportedRecord(id)["patient"] as? [String: Any])?["identifier"] as? String
            let last = try #require(writer.saved.last)
            #expect(identifier == "r\(round)-\(last)" || identifier == "r\(round)-\(last + 1)")
        }
    }

    @Test("two writers on one record both keep every save: conflicts are reloaded, never overwritten silently")
    func twoWriters() throws {
        let first = try Writer(db: scratch.db, count: 1, tag: "seed")
        #expect(try first.finish() == 0)
        let id = try #require(first.record)
        let a = try Writer(db: scratch.db, record: id, count: 60, tag: "a", extra: ["--append"])
        let b = try Writer(db: scratch.db, record: id, count: 60, tag: "b", extra: ["--append"])
        #expect(try a.finish() == 0, "\(a.errorText)")
        #expect(try b.finish() == 0, "\(b.errorText)")
        let names = Set(((try scratch.exportedRecord(id)["medications"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        let expected = Set((0..<60).map { "a-\($0)" } + (0..<60).map { "b-\($0)" })
        #expect(expected.isSubset(of: names), "missing: \(expected.subtracting(names).sorted())")
    }

    @Test("reading and importing while four desks save never reports a locked or busy database")
    func neverLocked() throws {
        let seed = try Writer(db: scratch.db, count: 1, tag: "seed")
        #expect(try seed.finish() == 0)
        let writers = try (0..<4).map { try Writer(db: scratch.db, count: 300, tag: "d\($0)") }
        let record = scratch.file("r.json", StoreSamples.record())
        for round in 0..<10 {
            let list = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"])
            #expect(list.status == 0, "round \(round): \(list.stderr)")
            let imported = try StoreBinaries.intake(["import", "--again", "--db", scratch.db, record])  // ten copies, on purpose
            #expect(imported.status == 0, "round \(round): \(imported.stderr)")
            #expect(!(list.stderr + imported.stderr).lowercased().contains("locked"))
        }
        for writer in writers {
            #expect(try writer.finish() == 0, "\(writer.errorText)")
            #expect(writer.saved.count == 300)
        }
    }

    @Test("a full disk stops the save with a clear message and leaves every earlier save intact")
    func fullDisk() throws {
        let first = try Writer(db: scratch.db, count: 1, tag: "seed")
        #expect(try first.finish() == 0)
        let id = try #require(first.record)
        let sizes = ["", "-wal"].map { (try? FileManager.default.attributesOfItem(atPath: scratch.db + $0)[.size] as? Int) ?? 0 }
        let limited = try Writer(db: scratch.db, record: id, count: 100_000, tag: "f",
                                 extra: ["--file-size-limit", String((sizes.max() ?? 0) + 256 * 1024)])
        #expect(try limited.finish() == 1)
        #expect(limited.errorText.contains("disk holding"), "\(limited.errorText)")
        #expect(limited.saved.count > 0)
        let audited = try auditedValues(id)
        #expect(limited.saved.allSatisfy { audited.contains("f-\($0)") })
        let identifier = (try scratch.exportedRecord(id)["patient"] as? [String: Any])?["identifier"] as? String
        #expect(identifier == "f-\(limited.saved.last ?? -1)")
    }

    @Test("a read-only database file gives a clear error and stays as it was")
    func readOnly() throws {
        _ = try scratch.importRecord(StoreSamples.record())
        chmod(scratch.db, 0o400)
        let before = FileManager.default.contents(atPath: scratch.db)
        let result = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("x.json", StoreSamples.record())])
        #expect(result.status == 77)  // EX_NOPERM
        #expect(result.stderr.contains("read-only"))
        #expect(FileManager.default.contents(atPath: scratch.db) == before)
    }

    @Test("a file that is not SQLite is refused and never overwritten")
    func notSQLite() throws {
        let path = scratch.file("notes.txt", "Mrs Example, 3pm\n")
        let result = try StoreBinaries.intake(["list", "--db", path])
        #expect(result.status == 74)  // EX_IOERR
        #expect(result.stderr.contains("not an OsteoIntake database"))
        #expect(FileManager.default.contents(atPath: path) == Data("Mrs Example, 3pm\n".utf8))
    }

    /// Runs Python's sqlite3 module on the database (checkpoint, or a change the program refuses).
    func python(_ script: String) throws {
        try StoreBinaries.bySQLiteHand(scratch.db, script)
    }

    @Test("a truncated database is refused and never repaired")
    func truncated() throws {
        let writer = try Writer(db: scratch.db, count: 400, tag: "t")
        #expect(try writer.finish() == 0)
        try python("db.execute('PRAGMA wal_checkpoint(TRUNCATE)'); db.close()")
        let handle = try #require(FileHandle(forUpdatingAtPath: scratch.db))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size / 2)
        try handle.close()
        let before = FileManager.default.contents(atPath: scratch.db)
        let result = try StoreBinaries.intake(["list", "--db", scratch.db])
        #expect(result.status == 74)  // EX_IOERR
        #expect(result.stderr.contains("truncated"))
        #expect(FileManager.default.contents(atPath: scratch.db) == before)
    }

    @Test("intake audit --verify says the trail is intact, and after a change behind the program's back names the entry, exit 65")
    func auditVerify() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let intact = try StoreBinaries.intake(["audit", "--db", scratch.db, id, "--verify"])
        #expect(intact.status == 0, "\(intact.stderr)")
        #expect(intact.stdout.contains("is intact: 1 entry and 0 signed versions"), "\(intact.stdout)")
        try python("db.execute('DROP TRIGGER auditNoUpdate'); db.execute(\"UPDATE audit SET action = 'print'\"); db.commit()")
        let broken = try StoreBinaries.intake(["audit", "--db", scratch.db, id, "--verify"])
        #expect(broken.status == 65)  // EX_DATAERR
        #expect(broken.stderr.contains("The audit trail of intake \(id) was altered outside OsteoIntake: entry #1 (print)"))
        try python("db.execute('DROP TABLE audit'); db.commit()")
        let dropped = try StoreBinaries.intake(["audit", "--db", scratch.db, id, "--verify"])
        #expect(dropped.status == 65)
        #expect(dropped.stderr.contains("the audit trail table is missing"))
    }

    @Test("a database from a newer version of the program is refused with a clear message")
    func newerVersion() throws {
        _ = try scratch.importRecord(StoreSamples.record())
        try python("db.execute(\"INSERT INTO grdb_migrations VALUES ('v9-future')\"); db.commit(); db.close()")
        let result = try StoreBinaries.intake(["list", "--db", scratch.db])
        #expect(result.status == 78)  // EX_CONFIG: this program is older than the database
        #expect(result.stderr.contains("newer version"))
    }
}
