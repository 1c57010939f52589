import Foundation
import IntakeTestSupport
import Testing

/// Issue 16's outage test on the real binary: `intake new --db postgresql://...` at 80x24, the
/// records server stopped as a crash would (`pg_ctl stop -m immediate`) in the middle of an intake,
/// the clerk typing on, the server started again: every answer on screen reaches the server, in
/// the order it was typed. Runs on the test cluster the tests start themselves (never skipped).
@Suite("The records server goes away in the middle of an intake (tmux, PostgreSQL)", .serialized)
struct TmuxServerOutageTests {
    /// A migrated database on the test cluster; the desks' address (`intake_app`).
    static func migratedDatabase(_ server: TestPostgresServer) throws -> String {
        let name = try server.createDatabase()
        let migrate = try StoreBinaries.intake(
            ["db", "migrate", "--db", server.address(database: name, role: TestPostgresServer.ownerRole)],
            environment: ["PGPASSFILE": server.passwordFile])
        #expect(migrate.status == 0, "intake db migrate: \(migrate.stderr)")
        return name
    }

    /// The answers the audit trail holds for the database's one record, oldest first, as
    /// (field, new value), read on the server by its superuser.
    static func auditedAnswers(_ server: TestPostgresServer, database: String) throws -> [(field: String, value: String)] {
        let rows = try server.sql("SELECT field || chr(31) || coalesce(new_value, '') FROM audit "
                                  + "WHERE field IS NOT NULL ORDER BY seq;", database: database)
        return rows.split(separator: "\n").map {
            let parts = $0.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    @Test("the server stopped mid-intake: the status line counts the answers waiting; when it is back every answer is on it, in order")
    func answersSurviveAnOutage() throws {
        // a cluster of its own: stopping the shared one would cut off the store tests running beside it
        let server = try TestPostgresServer(durable: false)
        let database = try Self.migratedDatabase(server)
        let dataHome = NSTemporaryDirectory() + "osteo-outage-" + UUID().uuidString.prefix(8)
        defer { try? FileManager.default.removeItem(atPath: dataHome) }
        let pane = try ShellTmux(["new", "--db", server.address(database: database)],
                                 environment: ["PGPASSFILE": server.passwordFile, "XDG_DATA_HOME": dataHome])
        defer { pane.close() }
        var serverStopped = false
        defer { if serverStopped { try? server.start() } }

        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Maria Lopez")
        try pane.press("Tab", "Tab")       // past the visit date (already filled in)
        try pane.type("1950-03-04")
        try pane.press("Tab")              // leaves the birth date: both answers saved
        try waitUntil("the first answers reach the server") {
            try Self.auditedAnswers(server, database: database).contains { $0.value == "1950-03-04" }
        }

        try server.stop(immediate: true)
        serverStopped = true
        try pane.press("C-f")              // back up to the first question, Preferred language
        try pane.type("Preferred language")
        try pane.press("Enter")
        try pane.press("Down", "Space")    // Spanish (a choice, one option a row: saved at once)
        for _ in 0..<5 { try pane.press("Tab") }   // past name, visit date, birth date, sex
        try pane.type("P-40417")
        try pane.press("Tab")
        try pane.type("555 0100")
        // the status line speaks the screen's language: the patient's steps are Spanish now
        let shown = try pane.waitFor("Sin conexión: 2 respuestas en espera")  // the phone is still being typed
        for answer in ["[Maria Lopez", "[1950-03-04", "(*) Español", "[P-40417", "[555 0100"] {
            #expect(shown.contains(answer), "\(answer) is not on screen:\n\(shown)")
        }
        try pane.press("Tab")              // leaves the phone (and the step): saved to the journal
        try pane.waitFor("Sin conexión: 3 respuestas en espera")

        try server.start()
        serverStopped = false
        try waitUntil("the status line stops saying offline", timeout: 30) {
            let screen = pane.screen
            return !screen.contains("Sin conexión:") && !screen.contains("Offline:")
        }
        let typed = ["Maria Lopez", "1950-03-04", "es", "P-40417", "555 0100"]
        let audited = try Self.auditedAnswers(server, database: database).map(\.value)
        let inOrder = audited.filter { typed.contains($0) }
        #expect(inOrder == typed, "the audit trail holds \(audited)")
        let record = try server.sql("SELECT json FROM intake;", database: database)
        for answer in typed { #expect(record.contains(answer), "\(answer) is not in the record on the server: \(record)") }

        try pane.press("C-c")
        try pane.waitFor("+ New intake")
        try pane.press("C-c")
        try pane.waitFor("INTAKE-EXIT:0")
    }

}

/// Issue 16: a network that drops packets (the server never answers, nothing is refused), on the
/// real binary at 80x24. Keys echo at once; the journal's worker, the heartbeat and the idle watch
/// wait for the network, never the keyboard; the status line says "Offline".
@Suite("The records server stops answering in the middle of an intake (tmux, PostgreSQL)", .serialized)
struct TmuxSilentNetworkTests {
    @Test("behind a network that drops packets the clerk types on, sees Offline, and every answer reaches the server later")
    func typingGoesOnWhenTheNetworkIsSilent() throws {
        let server = try TestPostgresServer.shared()
        let database = try TmuxServerOutageTests.migratedDatabase(server)
        let proxy = try SilentProxy(to: server.port)
        let dataHome = NSTemporaryDirectory() + "osteo-silent-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dataHome) }
        // the password file names the proxy's port too (a password file line is per host and port)
        let passwords = try String(contentsOfFile: server.passwordFile, encoding: .utf8)
        let passwordFile = dataHome + "/pgpass"
        FileManager.default.createFile(atPath: passwordFile, contents: nil, attributes: [.posixPermissions: 0o600])
        try (passwords + passwords.replacingOccurrences(of: ":\(server.port):", with: ":\(proxy.port):"))
            .write(toFile: passwordFile, atomically: false, encoding: .utf8)
        let address = "postgresql://\(TestPostgresServer.appRole)@127.0.0.1:\(proxy.port)/\(database)?sslmode=disable"
        let pane = try ShellTmux(["new", "--db", address], environment: ["PGPASSFILE": passwordFile, "XDG_DATA_HOME": dataHome])
        defer { pane.close() }

        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Maria Lopez")
        try pane.press("Tab", "Tab")
        try pane.type("1950-03-04")
        try pane.press("Tab")
        try waitUntil("the first answers reach the server") {
            try TmuxServerOutageTests.auditedAnswers(server, database: database).contains { $0.value == "1950-03-04" }
        }

        proxy.goSilent()
        Thread.sleep(forTimeInterval: 3)     // an idle tick: the watch asks the silent server
        try pane.press("Tab")              // past the sex (left unanswered; the language is the first question)
        try pane.type("P-40417")
        // well before the link's 15 s answer timeout: the keys did not wait for the server
        try pane.waitFor("[P-40417", timeout: 5)
        try pane.press("Tab")
        try pane.type("555 0100")
        try pane.waitFor("[555 0100", timeout: 5)
        try pane.press("Tab")
        try pane.waitFor("Offline: 2 answers waiting", timeout: 60)

        proxy.speakAgain()
        try waitUntil("the status line stops saying offline", timeout: 60) { !pane.screen.contains("Offline:") }
        let typed = ["Maria Lopez", "1950-03-04", "P-40417", "555 0100"]
        let audited = try TmuxServerOutageTests.auditedAnswers(server, database: database).map(\.value)
        #expect(audited.filter { typed.contains($0) } == typed, "the audit trail holds \(audited)")
        try pane.press("C-c")
        try pane.waitFor("+ New intake", timeout: 30)
    }

}
