import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore
import IntakeTestSupport
import PostgresStore

/// `intake-bench postgres`: the store on a PostgreSQL server on loopback (a throwaway cluster this
/// command starts, fsync on, and stops at exit): concurrent desk processes autosaving, and the
/// home screen's search per keystroke at a million records (made on the server with one
/// INSERT ... SELECT generate_series, not a million round trips).
struct PostgresBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postgres", abstract: "Concurrent autosaves and search at scale on a PostgreSQL server (loopback).")

    @Option(help: "Concurrent desk processes.") var writers: Int = 8
    @Option(help: "Autosaves per desk process.") var savesPerWriter: Int = 1000
    @Option(help: "Intakes made on the server for the search benchmark.") var intakes: Int = 1_000_000
    @Option(help: "Each desk autosaves for this many seconds (up to --saves-per-writer) instead of a fixed count.")
    var seconds: Double?
    @Flag(help: "Only the concurrent desks, not the search at scale.") var desksOnly = false
    @Option(help: ArgumentHelp("Only the search, in this existing database (its owner's address; password from PGPASSFILE), "
                               + "filled with --intakes records when it holds none, and kept.", valueName: "postgresql://..."))
    var searchDatabase: String?

    func run() throws {
        if let searchDatabase { return try searchExisting(searchDatabase) }
        let server = try TestPostgresServer(durable: true)
        print("PostgreSQL 15 on 127.0.0.1:\(server.port), fsync on, synchronous_commit on")
        print("")
        try concurrentDesks(server)
        if !desksOnly { try searchAtScale(server) }
    }

    /// A migrated database owned by the owner role; the desks' address (app role) is returned.
    func database(_ server: TestPostgresServer, _ name: String) throws -> String {
        _ = try server.createDatabase(named: name)
        let owner = try PostgresIntakeStore(location: PostgresLocation(
            address: server.address(database: name, role: TestPostgresServer.ownerRole), environment: server.environment))
        owner.close()
        return server.address(database: name)
    }

    /// `writers` processes (`intake-bench store --writer`), each autosaving its own record; then every
    /// acknowledged save is looked for on the server. Run twice: straight to the server (the desk
    /// waits for the server's round trips and commit), and through the offline journal as the app
    /// does it (the desk waits for the journal's write; the server write happens behind it).
    func concurrentDesks(_ server: TestPostgresServer) throws {
        print("| desks | autosaves each | path | acknowledged | failed desks | missing afterwards | wall s | saves/s | "
              + "desk-felt p50 ms (median of desks) | desk-felt p99 ms (worst desk) | server write p50 ms | server write p99 ms |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        var failures = 0
        for throughJournal in [false, true] {
            let address = try database(server, throughJournal ? "bench_journal" : "bench_writers")
            let outcome = try DeskProcesses.run((0..<writers).map { index in
                ["store", "--writer", "--db", address, "--count", String(savesPerWriter), "--tag", "w\(index)"]
                    + (seconds.map { ["--seconds", String($0)] } ?? []) + (throughJournal ? ["--journal"] : [])
            }, environment: server.environment)
            let missing = try DeskProcesses.missing(outcome, in: try StoreOpening.open(address, environment: server.environment))
            // straight to the server, the desk's wait is the server write
            let serverMedians = throughJournal ? outcome.serverMedians : outcome.medians
            let serverP99s = throughJournal ? outcome.serverP99s : outcome.p99s
            print("| \(writers) processes | \(savesPerWriter) | \(throughJournal ? "journal, then server" : "server") | "
                  + "\(outcome.total) | \(outcome.failed) | \(missing) | \(String(format: "%.2f", outcome.wall)) | "
                  + "\(outcome.savesPerSecond) | \(format(median(outcome.medians))) | \(format(outcome.p99s.max() ?? .nan)) | "
                  + "\(format(median(serverMedians))) | \(format(serverP99s.max() ?? .nan)) |")
            if outcome.failed > 0 || missing > 0 || (seconds == nil && outcome.total != writers * savesPerWriter) {
                failures += 1
            }
        }
        print("")
        if failures > 0 { throw ExitCode.failure }
    }

    func median(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.sorted()[values.count / 2]
    }

    /// `intakes` records made on the server in one statement; then the home screen's query (the
    /// 80x24 page, as `IntakeShell` asks) for every prefix of a few names as typed, and the unlimited query of
    /// `intake list --search` for a name and number that match one record.
    func searchAtScale(_ server: TestPostgresServer) throws {
        let address = try database(server, "bench_search")
        let made = Date()
        try server.sql(try Self.fillSQL(intakes: intakes), database: "bench_search")
        print("\(intakes) intakes made on the server in \(String(format: "%.0f", Date().timeIntervalSince(made))) s "
              + "(one INSERT ... SELECT generate_series, trigram index updated as they went in)")
        let store = try StoreOpening.open(address, environment: server.environment)
        var latencies: [Double] = []
        for name in ["okafor 12", "zoe ang", "muller", "nguyen 4711", "dahl 123456", "petrov"] {
            for length in 1...name.count {
                let typed = String(name.prefix(length))
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try store.list(RecordQuery(search: typed, limit: HomeKeystrokes.pages[0]))
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        let sorted = latencies.sorted()
        print("| home-screen search per keystroke (limit \(HomeKeystrokes.pages[0])) | keystrokes | p50 ms | p95 ms | max ms |")
        print("|---|---|---|---|---|")
        print("| \(intakes) intakes | \(sorted.count) | \(format(Percentile.of(sorted, 0.5))) | "
              + "\(format(Percentile.of(sorted, 0.95))) | \(format(sorted.last ?? .nan)) |")
        print("")
        HomeKeystrokes.header()
        for page in HomeKeystrokes.pages { try HomeKeystrokes.measure(store, backend: "PostgreSQL", records: intakes, page: page) }
        let unique = "Dahl 123456"  // the family name of n = 123456: (123456 / 8) % 9 = 6
        var listTimes: [Double] = []
        var found = 0
        for _ in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            found = try store.list(RecordQuery(search: unique)).count
            listTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        listTimes.sort()
        print("")
        print("| intake list --search \"\(unique)\" (store query, no limit) | runs | matches | p50 ms | max ms |")
        print("|---|---|---|---|---|")
        print("| \(intakes) intakes | 20 | \(found) | \(format(Percentile.of(listTimes, 0.5))) | \(format(listTimes.last ?? .nan)) |")
        try timeListCommand(address: address, search: unique, server: server)
    }

    /// `intakes` records in one INSERT ... SELECT generate_series (urgencies as `HomeKeystrokes.urgency`), then ANALYZE.
    static func fillSQL(intakes: Int) throws -> String {
        let given = ["María", "José", "Øystein", "Zoë", "Ana", "Li", "Ivan", "Grace"]
        let family = ["Fernández", "Ångström", "Okafor", "Müller", "Nguyễn", "Smith", "Dahl", "Petrov", "Kowalski"]
        func sqlArray(_ words: [String]) -> String { "ARRAY[" + words.map { "'\($0)'" }.joined(separator: ",") + "]" }
        var template = IntakeRecord(visitDate: CalendarDate(iso: "2026-12-02"),
                                    patient: Patient(name: "@NAME@", sex: .female, birthDate: CalendarDate(iso: "1946-05-17")))
        template.symptoms = Symptoms(painScore: 6)
        let columns = try RecordColumns(template)
        let json = columns.json.replacingOccurrences(of: "'", with: "''")
        let urgency = HomeKeystrokes.urgencySQL("n")  // the list reads these columns, not the JSON
        return """
            INSERT INTO intake (id, version, status, json, name, name_folded, birth_date, visit_date, created_at, updated_at, updated_by,
                                urgency, urgency_rank, unasked_red_flags)
            SELECT 'B' || substr(lpad(n::text, 7, '0'), 1, 3) || '-' || substr(lpad(n::text, 7, '0'), 4, 4), 1, 'in-progress',
                   replace('\(json)', '@NAME@', display), display, folded, '1946-05-17', '2026-12-02', 1764658800 + n, 1764658800 + n, 'bench',
                   \(urgency.tier), \(urgency.rank), \(columns.urgency.unaskedRedFlags)
            FROM (SELECT n, (\(sqlArray(given)))[1 + n % 8] || ' ' || (\(sqlArray(family)))[1 + (n / 8) % 9] || ' ' || n AS display,
                         (\(sqlArray(given.map(NameFolding.fold))))[1 + n % 8] || ' ' || (\(sqlArray(family.map(NameFolding.fold))))[1 + (n / 8) % 9] || ' ' || n AS folded
                  FROM generate_series(1, \(intakes)) AS n) AS names;
            ANALYZE intake;
            """
    }

    /// The search at scale in a database kept between runs (made once, searched many times).
    func searchExisting(_ address: String) throws {
        let environment = ProcessInfo.processInfo.environment
        let store = try StoreOpening.open(address, environment: environment)  // the owner migrates it
        if try store.list(RecordQuery(limit: 1)).isEmpty {
            let made = Date()
            let psql = Process()
            psql.executableURL = URL(fileURLWithPath: TestPostgresServer.binaries + "/psql")
            psql.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", address]
            let input = Pipe()
            psql.standardInput = input
            try psql.run()
            input.fileHandleForWriting.write(Data(try Self.fillSQL(intakes: intakes).utf8))
            try input.fileHandleForWriting.close()
            psql.waitUntilExit()
            guard psql.terminationStatus == 0 else { throw ValidationError("psql could not fill the database") }
            print("\(intakes) intakes made in \(String(format: "%.0f", Date().timeIntervalSince(made))) s")
        }
        HomeKeystrokes.header()
        for page in HomeKeystrokes.pages { try HomeKeystrokes.measure(store, backend: "PostgreSQL", records: intakes, page: page) }
        var listTimes: [Double] = []
        let unique = "Dahl 123456"
        for _ in 0..<20 {
            let start = DispatchTime.now().uptimeNanoseconds
            let found = try store.list(RecordQuery(search: unique)).count
            listTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            if found != 1 { throw ValidationError("expected one intake named \(unique), found \(found)") }
        }
        listTimes.sort()
        print("| PostgreSQL | \(intakes) | `intake list --search \"\(unique)\"` (no limit, 1 match) | 1 | "
              + "\(format(Percentile.of(listTimes, 0.5))) | \(format(Percentile.of(listTimes, 0.95))) |")
    }

    /// The real `intake list --search` beside this binary (when built): whole process, wall clock.
    func timeListCommand(address: String, search: String, server: TestPostgresServer) throws {
        let intake = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("intake")
        guard FileManager.default.isExecutableFile(atPath: intake.path) else { return }
        var times: [Double] = []
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = intake
            process.arguments = ["list", "--db", address, "--search", search]
            process.environment = server.environment
            process.standardOutput = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            process.waitUntilExit()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        print("| `intake list --search` (whole process) | 5 runs | median \(format(times[2])) ms | max \(format(times[4])) ms |")
    }

    func format(_ milliseconds: Double) -> String { String(format: "%.2f", milliseconds) }
}
