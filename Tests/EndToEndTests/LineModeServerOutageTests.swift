import Foundation
import IntakeTestSupport
import Testing

/// Line mode (`--accessible`) writes through the offline journal as the screens do: the records
/// server stopped in the middle of an intake typed line by line, the answers after it kept in the
/// journal, said on exit, and on the server, in order, once it is back and intake starts again.
@Suite("Line mode: the records server goes away in the middle of an intake (PostgreSQL)", .serialized)
struct LineModeServerOutageTests {
    @Test("answers typed line by line while the server is stopped reach it, in order, when it is back")
    func answersSurviveAnOutage() throws {
        let server = try TestPostgresServer(durable: false)  // a cluster of its own: this test stops it
        let database = try TmuxServerOutageTests.migratedDatabase(server)
        let dataHome = NSTemporaryDirectory() + "osteo-line-outage-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: dataHome) }
        var serverStopped = false
        defer { if serverStopped { try? server.start() } }
        var environment = ProcessInfo.processInfo.environment
        environment["INTAKE_DB"] = nil
        environment.merge(["PGPASSFILE": server.passwordFile, "XDG_DATA_HOME": dataHome, "LANG": "C.UTF-8",
                           "TERM": "xterm-256color"]) { $1 }

        let desk = try ChildProcess([StoreBinaries.url("intake").path, "new", "--accessible", "--db", server.address(database: database)],
                                    environment: environment, input: .pipe)
        desk.write("\nMaria Lopez\n\n1950-03-04\n")  // language left, name, visit date kept, birth date
        try waitUntil("the first answers reach the server") {
            try TmuxServerOutageTests.auditedAnswers(server, database: database).contains { $0.value == "1950-03-04" }
        }

        try server.stop(immediate: true)
        serverStopped = true
        desk.write("1\nP-40417\n555 0100\nexit\n")  // sex (Female), patient number, phone
        let finished = try desk.wait(timeout: 60)
        let said = finished.errors
        #expect(finished.status == 0, "intake new --accessible: \(said)")
        #expect(said.contains("3 answers typed here are waiting for the records server"), "stderr: \(said)")
        #expect(!said.contains("postgres") && !said.contains(server.passwordFile), "stderr names no server: \(said)")

        try server.start()
        serverStopped = false
        let id = try server.sql("SELECT id FROM intake;", database: database).trimmingCharacters(in: .whitespacesAndNewlines)
        let next = try StreamRunner.run(["open", id, "--accessible", "--db", server.address(database: database)],
                                        input: .pipe("exit\n"), environment: environment, timeout: 30)
        #expect(next.status == 0 && !next.timedOut, "the next start: \(next.stderr)")
        let typed = ["Maria Lopez", "1950-03-04", "P-40417", "555 0100"]
        let audited = try TmuxServerOutageTests.auditedAnswers(server, database: database).map(\.value)
        #expect(audited.filter { typed.contains($0) } == typed, "the audit trail holds \(audited)")
    }

}
