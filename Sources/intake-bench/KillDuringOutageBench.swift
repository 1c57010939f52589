import ArgumentParser
import Foundation
import IntakeStore
import IntakeTestSupport
import PostgresStore

/// `intake-bench kill-offline`: issue 16's loss measure. A desk (`intake-bench store --writer
/// --journal-path`) autosaves one record through the offline journal; at a random moment the
/// records server is stopped as a crash would (`pg_ctl stop -m immediate`), and a random number
/// of answers later the desk is killed with `kill -9`. Then the server is started, the next desk
/// starts on the same journal (it sends what waits), and every answer the killed desk acknowledged
/// must be on the server, once each and in the order typed.
struct KillDuringOutageBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kill-offline",
        abstract: "kill -9 of a desk while the records server is stopped, at many moments: answers lost (target 0).")

    @Option(help: "Moments (kill -9 while the server is stopped), each with its own answers.") var moments: Int = 100
    @Option(help: "Most answers saved before the server is stopped, and after it before the kill.") var most: Int = 40

    func run() throws {
        let server = try TestPostgresServer(durable: true)
        let database = try server.createDatabase(named: "bench_kill")
        try open(server.address(database: database, role: TestPostgresServer.ownerRole), server).close()  // migrates
        let address = server.address(database: database)
        let recordID = try open(address, server).createDraft(StoreBenchRecord.full, actor: AuditActor.current()).id
        let folder = NSTemporaryDirectory() + "intake-bench-kill-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let journal = folder + "/journal/server.jsonl"
        print("PostgreSQL 15 on 127.0.0.1:\(server.port), fsync on; record \(recordID); journal \(journal)")
        print("")
        print("| moment | acknowledged when the server had stopped | acknowledged before kill -9 | on the server afterwards | lost | out of order or twice |")
        print("|---|---|---|---|---|---|")
        var lost = 0, disordered = 0, acknowledgedInAll = 0
        let started = Date()
        for moment in 1...moments {
            let beforeStop = Int.random(in: 0...most), beforeKill = Int.random(in: 1...most)
            let output = folder + "/desk-\(moment).out"
            let desk = try startDesk(address: address, record: recordID, journal: journal, tag: "m\(moment)", output: output,
                                     environment: server.environment)
            try waitUntil(in: output, of: desk) { $0.contains("record ") }  // the desk has the record open
            try waitForSaves(beforeStop, in: output, of: desk)
            try server.stop(immediate: true)
            let stoppedAt = savedLines(output).count
            try waitForSaves(stoppedAt + beforeKill, in: output, of: desk)
            kill(desk.processIdentifier, SIGKILL)
            desk.waitUntilExit()
            let acknowledged = savedLines(output).count
            try server.start()
            // the next desk: sends what the journal holds, then stops (no answers of its own)
            let next = try startDesk(address: address, record: recordID, journal: journal, tag: "next", output: output + ".next",
                                     environment: server.environment, count: 0)
            next.waitUntilExit()
            guard next.terminationStatus == 0 else { throw ValidationError("the next desk failed at moment \(moment)") }
            let store = try open(address, server)
            let onServer = try store.auditTrail(recordID).filter { $0.action == .answer }.compactMap(\.newValue)
                .filter { $0.hasPrefix("m\(moment)-") }
            store.close()
            let expected = (0..<acknowledged).map { "m\(moment)-\($0)" }
            let wrongOrder = onServer != (0..<onServer.count).map { "m\(moment)-\($0)" } ? 1 : 0
            let missing = expected.filter { !onServer.contains($0) }.count
            lost += missing
            disordered += wrongOrder
            acknowledgedInAll += acknowledged
            if moment <= 10 || missing > 0 || wrongOrder > 0 {
                print("| \(moment) | \(stoppedAt) | \(acknowledged) | \(onServer.count) | \(missing) | \(wrongOrder == 1 ? "yes" : "no") |")
            }
        }
        print("")
        print("\(moments) moments in \(String(format: "%.0f", Date().timeIntervalSince(started))) s: \(acknowledgedInAll) answers "
              + "acknowledged before the kills, \(lost) lost, \(disordered) moments out of order or with an answer twice")
        if lost > 0 || disordered > 0 { throw ExitCode.failure }
    }

    func open(_ address: String, _ server: TestPostgresServer) throws -> PostgresIntakeStore {
        try PostgresIntakeStore(location: PostgresLocation(address: address, environment: server.environment))
    }

    func startDesk(address: String, record: String, journal: String, tag: String, output: String,
                   environment: [String: String], count: Int = 1_000_000) throws -> Process {
        FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["store", "--writer", "--db", address, "--record", record, "--journal-path", journal,
                             "--count", String(count), "--tag", tag, "--pause-microseconds", "2000"]
        process.environment = environment
        process.standardOutput = FileHandle(forWritingAtPath: output)
        try process.run()
        return process
    }

    func savedLines(_ output: String) -> [Substring] {
        ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0.hasPrefix("saved ") }
    }

    func waitForSaves(_ count: Int, in output: String, of desk: Process) throws {
        try waitUntil(in: output, of: desk) { _ in savedLines(output).count >= count }
    }

    func waitUntil(in output: String, of desk: Process, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while !condition((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") {
            guard desk.isRunning, Date() < deadline else { throw ValidationError("the desk stopped saving: \(output)") }
            usleep(1_000)
        }
    }
}
