import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore

/// `intake-bench store`: autosave latency of one field, and concurrent writer processes.
/// With `--writer` it is instead one scripted writer process (see `StoreWriter`).
struct StoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Autosave latency and concurrent writers on the SQLite store.")

    @Option(help: "Database file (default: a new one in a temporary folder).") var db: String?
    @Option(help: "Durability of the writer: full (survives power loss) or normal (survives kill -9).")
    var durability: String = "full"
    @Option(help: "Timed autosaves of one field.") var saves: Int = 2000
    @Option(help: "Concurrent writer processes.") var writers: Int = 8
    @Option(help: "Saves per writer process.") var savesPerWriter: Int = 1000
    @Option(help: "Intakes in the database for the search benchmark.") var intakes: Int = 10_000
    @Flag(help: "Be one writer process instead (used by the benchmark and the fault tests).") var writer = false
    @OptionGroup var writerOptions: StoreWriter

    func run() throws {
        let mode: SQLiteIntakeStore.Durability = durability == "normal" ? .processCrash : .powerLoss
        if writer {
            guard let db else { throw ValidationError("--writer needs --db") }
            return try writerOptions.run(db: db, durability: mode)
        }
        let folder = NSTemporaryDirectory() + "intake-bench-store-" + UUID().uuidString
        defer { if db == nil { try? FileManager.default.removeItem(atPath: folder) } }
        print("| measurement | runs | median ms | p90 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|---|")
        for durability in [SQLiteIntakeStore.Durability.powerLoss, .processCrash] {
            let path = db ?? folder + "/autosave-\(durability.rawValue).sqlite"
            let (wall, cpu) = try autosave(path: path, durability: durability)
            row("autosave of one field, synchronous=\(durability.rawValue)", wall)
            row("(CPU time of those saves, this thread)", cpu)
        }
        try search(path: db.map { $0 + "-search" } ?? folder + "/search.sqlite")
        try concurrentWriters(path: db.map { $0 + "-writers" } ?? folder + "/writers.sqlite", durability: mode)
    }

    func row(_ label: String, _ values: [Double]) {
        let sorted = values.sorted()
        print("| \(label) | \(sorted.count) | "
              + [0.5, 0.9, 0.99, 1.0].map { format(Percentile.of(sorted, $0)) }.joined(separator: " | ") + " |")
    }

    /// CPU time of this thread in milliseconds: the work of a save, whatever else the machine runs.
    func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
    }

    /// Times `saves` autosaves of one field of a full record (after 50 untimed ones): wall-clock
    /// latency and CPU time of each, in milliseconds.
    func autosave(path: String, durability: SQLiteIntakeStore.Durability) throws -> (wall: [Double], cpu: [Double]) {
        let store = try SQLiteIntakeStore(path: path, durability: durability)
        let actor = AuditActor.current()
        let draft = try store.createDraft(StoreBenchRecord.full, actor: actor)
        var record = draft.record
        var version = draft.version
        var latencies: [Double] = []
        var cpu: [Double] = []
        for index in 0..<(saves + 50) {
            let old = record.symptoms?.painScore
            record.symptoms?.painScore = index % 11
            let cpuStart = threadCPUTime()
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = try store.saveAnswer(
                FieldChange(field: "symptoms.painScore", oldValue: old.map(String.init), newValue: String(index % 11)),
                record: record, recordID: draft.id, expectedVersion: version, actor: actor)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            let cpuElapsed = threadCPUTime() - cpuStart
            guard case .saved(let newVersion) = outcome else { throw ValidationError("unexpected conflict") }
            version = newVersion
            if index >= 50 {
                latencies.append(elapsed)
                cpu.append(cpuElapsed)
            }
        }
        return (latencies, cpu)
    }

    /// The home screen's search: a folded name part among `intakes` records, 200 times.
    func search(path: String) throws {
        let store = try SQLiteIntakeStore(path: path)
        let actor = AuditActor.current()
        let given = ["María", "José", "Øystein", "Zoë", "Ana", "Li", "Ivan", "Grace"]
        let family = ["Fernández", "Ångström", "Okafor", "Müller", "Nguyễn", "Smith", "Dahl", "Petrov", "Kowalski"]
        for index in 0..<intakes {
            var record = StoreBenchRecord.full
            record.patient?.name = "\(given[index % given.count]) \(family[(index / 8) % family.count]) \(index)"
            _ = try store.createDraft(record, actor: actor)
        }
        var latencies: [Double] = []
        var found = 0
        for index in 0..<200 {
            let start = DispatchTime.now().uptimeNanoseconds
            found += try store.list(RecordQuery(search: ["muller", "zoe ang", "OKAFOR 12", "nguyen"][index % 4], limit: 50)).count
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        row("search by name among \(intakes) intakes (50 shown)", latencies)
        if found == 0 { throw ValidationError("the search found nothing") }
    }

    /// `writers` processes, each creating its own record and saving `savesPerWriter` times; then
    /// every acknowledged save is looked up in the records and their audit trails.
    func concurrentWriters(path: String, durability: SQLiteIntakeStore.Durability) throws {
        _ = try SQLiteIntakeStore(path: path, durability: durability)  // migrate once before the race
        let outcome = try DeskProcesses.run((0..<writers).map { index in
            ["store", "--writer", "--db", path, "--count", String(savesPerWriter), "--tag", "w\(index)",
             "--durability", durability == .powerLoss ? "full" : "normal"]
        })
        let missing = try DeskProcesses.missing(outcome, in: try SQLiteIntakeStore(path: path, durability: durability))
        print("")
        print("| writers | saves each | saves acknowledged | failed writers | missing afterwards | wall s | saves/s | worst writer p99 ms |")
        print("|---|---|---|---|---|---|---|---|")
        print("| \(writers) processes | \(savesPerWriter) | \(outcome.total) | \(outcome.failed) | \(missing) | "
              + "\(String(format: "%.2f", outcome.wall)) | \(outcome.savesPerSecond) | \(format(outcome.p99s.max() ?? .nan)) |")
        if outcome.failed > 0 || missing > 0 || outcome.total != writers * savesPerWriter { throw ExitCode.failure }
    }

    func format(_ milliseconds: Double) -> String { String(format: "%.3f", milliseconds) }
}
