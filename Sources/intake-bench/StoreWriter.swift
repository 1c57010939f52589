import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore
import IntakeTestSupport
import PostgresStore

/// `intake-bench store --writer`: one desk doing scripted autosaves, used by the concurrency
/// benchmarks (SQLite, and PostgreSQL when `--db` is a `postgresql://` address) and by the fault
/// tests (kill -9, two writers, full disk). After each save that the
/// store acknowledged it prints `saved K VERSION` and flushes, so a parent knows exactly which
/// saves must survive. Each save K sets `patient.identifier` to `TAG-K` (and with `--append` also
/// adds a medicine named `TAG-K`); a conflict is reloaded and retried, as a screen would after the
/// user chose to keep their answer on top of the other desk's.
///
/// With `--journal` the desk writes through the offline journal (`JournaledIntakeStore`) as the app
/// does for a records server: `saved K` then means "in the journal", the timed save is the autosave
/// as the desk feels it, and before it exits the desk waits for the journal to reach the server
/// and prints the server writes behind it (`server N median M p99 P`).
struct StoreWriter: ParsableArguments {
    @Option(help: "Writer: the record ID, or 'new' to create one (its ID is printed as 'record ID').")
    var record: String = "new"
    @Option(help: "Writer: number of saves.") var count: Int = 1000
    @Option(help: "Writer: stop after this many seconds, even before --count saves.") var seconds: Double?
    @Option(help: "Tag written into each saved value.") var tag: String = "w"
    @Flag(help: "Also append a medicine per save (so every save stays visible in the record).") var append = false
    @Option(help: "Microseconds to sleep between saves.") var pauseMicroseconds: UInt32 = 0
    @Option(help: "Limit the size of any file this process writes (RLIMIT_FSIZE), to simulate a full disk.")
    var fileSizeLimit: Int?
    @Flag(help: "Write through the offline journal (a folder of its own in the temporary folder), as a desk does.")
    var journal = false
    @Option(help: "Write through the offline journal kept at this path (left there: the next desk sends what waits).")
    var journalPath: String?

    func run(db: String, durability: SQLiteIntakeStore.Durability) throws {
        do {
            let server: any IntakeRecordStore = PostgresLocation.isAddress(db)
                ? try StoreOpening.open(db) : try SQLiteIntakeStore(path: db, durability: durability)
            let timedServer = SwitchableRecordStore(server)
            let journalFolder = NSTemporaryDirectory() + "intake-bench-desk-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: journalFolder) }
            let journaled = journal || journalPath != nil
                ? try JournaledIntakeStore(remote: timedServer, journalPath: journalPath ?? journalFolder + "/journal.jsonl",
                                           sendTimeout: 600)
                : nil
            let store: any IntakeRecordStore = journaled ?? server
            let actor = AuditActor.current()
            var current = record == "new"
                ? try store.createDraft(StoreBenchRecord.full, actor: actor)
                : try store.load(record)
            emit("record \(current.id)")
            if let fileSizeLimit { limitFileSize(fileSizeLimit) }
            var latencies: [Double] = []
            latencies.reserveCapacity(min(count, 100_000))
            let stopAt = seconds.map { Date().addingTimeInterval($0) }
            for k in 0..<count {
                if let stopAt, Date() >= stopAt { break }
                let value = "\(tag)-\(k)"
                while true {
                    var updated = current.record
                    let old = updated.patient?.identifier
                    updated.patient?.identifier = value
                    if append { updated.medications = (updated.medications ?? []) + [Medication(name: value)] }
                    let start = DispatchTime.now().uptimeNanoseconds
                    let outcome = try store.saveAnswer(
                        FieldChange(field: "patient.identifier", oldValue: old, newValue: value), record: updated,
                        recordID: current.id, expectedVersion: current.version, actor: actor)
                    switch outcome {
                    case .saved(let version):
                        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                        current.record = updated
                        current.version = version
                        emit("saved \(k) \(version)")
                    case .conflict(let conflict):
                        current = conflict.current
                        continue
                    }
                    break
                }
                if pauseMicroseconds > 0 { usleep(pauseMicroseconds) }
            }
            if let journaled {
                let left = journaled.close(waitingUpTo: 600).waiting
                let server = timedServer.answerWriteMilliseconds.sorted()
                emit("server \(server.count) median \(Percentile.of(server, 0.5)) p99 \(Percentile.of(server, 0.99)) left \(left)")
                if left > 0 { throw ExitCode.failure }
            }
            let sorted = latencies.sorted()
            emit("done \(sorted.count) median \(Percentile.of(sorted, 0.5)) p99 \(Percentile.of(sorted, 0.99))")
        } catch let error as StoreError {
            FileHandle.standardError.write(Data("store --writer: \(error.message())\n".utf8))
            throw ExitCode.failure
        }
    }

    /// One line straight to the file descriptor (no buffer), so a parent sees it before a kill.
    func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A write past the limit fails with EFBIG instead of killing the process (SIGXFSZ ignored).
    func limitFileSize(_ bytes: Int) {
        signal(SIGXFSZ, SIG_IGN)
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limit)
    }
}

enum Percentile {
    /// Nearest-rank percentile of sorted values.
    static func of(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank - 1, 0), sorted.count - 1)]
    }
}
