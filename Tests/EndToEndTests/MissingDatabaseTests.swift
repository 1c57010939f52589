import Foundation
import Testing

/// Commands that read intakes never create a database: a mistyped --db is an error naming the
/// path, exit 66 (EX_NOINPUT), and neither the file nor its folder appears.
@Suite("reading from a database that does not exist")
struct MissingDatabaseTests {
    let scratch = StoreScratch()
    var missing: String { scratch.path + "/nonexistent/x.sqlite" }

    @Test("list, export, audit and print exit 66 naming the path, and create nothing",
          arguments: [["list"], ["export", "ABCD-EFGH"], ["audit", "ABCD-EFGH"], ["print", "ABCD-EFGH", "--text", "/dev/null"]])
    func readersCreateNothing(arguments: [String]) throws {
        let result = try StoreBinaries.intake(arguments + ["--db", missing])
        #expect(result.status == 66, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(missing), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/nonexistent"))
    }

    @Test("open and resume of an ID, line by line, need the database too")
    func openingAnIDCreatesNothing() throws {
        for command in ["open", "resume"] {
            let result = try StoreBinaries.intake([command, "ABCD-EFGH", "--accessible", "--db", missing])
            #expect(result.status == 66, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(missing))
            #expect(!FileManager.default.fileExists(atPath: scratch.path + "/nonexistent"))
        }
    }

    @Test("an ID missing from an existing database is 66 as well")
    func missingRecord() throws {
        _ = try scratch.importRecord(StoreSamples.record())
        let result = try StoreBinaries.intake(["export", "--db", scratch.db, "ZZZZ-ZZZZ"])
        #expect(result.status == 66)
        #expect(result.stderr == "intake: No intake with ID ZZZZ-ZZZZ in this database.\n")
    }
}
