import Foundation
import Testing

/// `ulimit -f` (RLIMIT_FSIZE) stands in for a full disk: a write past it fails with EFBIG, and
/// `intake` must say so rather than be killed by SIGXFSZ, possibly after its save was committed.
@Suite("A file-size limit on the real binary", .serialized)
struct FileSizeLimitTests {
    let scratch = StoreScratch()

    /// `intake import` under `ulimit -f blocks` (512-byte blocks in sh).
    func importUnderLimit(blocks: Int, db: String, record: String) throws -> StoreBinaries.Result {
        try StoreBinaries.run(executable: URL(fileURLWithPath: "/bin/sh"),
                              ["-c", "ulimit -f \(blocks); exec \"$0\" import --again --db \"$1\" \"$2\"",
                               StoreBinaries.url("intake").path, db, record])
    }

    func intakeIDs(_ db: String) throws -> [String] {
        let list = try StoreBinaries.intake(["list", "--db", db, "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        return try list.stdout.split(separator: "\n").compactMap { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
    }

    @Test("an import past the limit exits 74 saying the disk is full, and reports exactly what was committed")
    func importsUnderLimit() throws {
        let record = scratch.file("r.json", StoreSamples.record())
        _ = try scratch.importRecord(StoreSamples.record())  // closed: every page is in the database file
        let base = try #require(FileManager.default.contents(atPath: scratch.db))
        var refused = 0
        for blocks in [8, 40, base.count / 512 - 8, base.count / 512 + 2, base.count / 512 + 24, base.count / 512 + 64] {
            let db = scratch.path + "/limit-\(blocks).sqlite"
            FileManager.default.createFile(atPath: db, contents: base, attributes: [.posixPermissions: 0o600])
            let result = try importUnderLimit(blocks: blocks, db: db, record: record)
            let ids = try intakeIDs(db)
            switch result.status {
            case 0:
                let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(ids.count == 2 && ids.contains(id), "limit \(blocks): printed \(id), stored \(ids)")
            case 74:
                refused += 1
                #expect(result.stderr.contains("The disk holding"), "limit \(blocks): \(result.stderr)")
                #expect(ids.count == 1, "limit \(blocks): reported as not saved, yet stored \(ids)")
            default:
                Issue.record("limit \(blocks): exit \(result.status) (129+ is a signal), stderr: \(result.stderr)")
            }
        }
        #expect(refused > 0)
    }
}
