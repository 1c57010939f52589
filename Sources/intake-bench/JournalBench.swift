import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore
import IntakeTestSupport

/// `intake-bench journal`: one autosave as the desk feels it through the offline journal
/// (`JournaledIntakeStore`), against a records server that takes `--server-ms` per write
/// (issue 16, item 3: autosave never waits for the network).
struct JournalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Autosave through the offline journal in front of a slow records server.")

    @Option(help: "Timed autosaves.") var saves: Int = 1000
    @Option(help: "Milliseconds the server takes per write.") var serverMs: Double = 20
    @Option(help: "Milliseconds between two answers, as a person types them.") var pauseMs: Double = 5
    @Option(help: "full: each answer synced to disk before the desk goes on; normal: synced by the worker.")
    var durability: String = "full"

    func run() throws {
        let folder = NSTemporaryDirectory() + "intake-bench-journal-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = SwitchableRecordStore(try SQLiteIntakeStore(path: folder + "/server.sqlite"),
                                           writeDelay: serverMs / 1000)
        let store = try JournaledIntakeStore(remote: server, journalPath: folder + "/journal/server.jsonl",
                                             durability: durability == "normal" ? .processCrash : .powerLoss,
                                             sendTimeout: 600)
        let actor = AuditActor.current()
        let draft = try store.createDraft(StoreBenchRecord.full, actor: actor)
        var record = draft.record
        var version = draft.version
        var latencies: [Double] = []
        for index in 0..<(saves + 20) {
            let old = record.symptoms?.painScore
            record.symptoms?.painScore = index % 11
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = try store.saveAnswer(
                FieldChange(field: "symptoms.painScore", oldValue: old.map(String.init), newValue: String(index % 11)),
                record: record, recordID: draft.id, expectedVersion: version, actor: actor)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            guard case .saved(let next) = outcome else { throw ValidationError("unexpected conflict") }
            version = next
            if index >= 20 { latencies.append(elapsed) }
            usleep(useconds_t(pauseMs * 1000))
        }
        let typingDone = Date()
        let left = store.status.waiting
        let drained = store.close(waitingUpTo: 600)
        let sorted = latencies.sorted()
        let stored = try server.store.load(draft.id)
        print("| measurement | runs | p50 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|")
        print("| autosave through the journal (\(durability)), server \(serverMs) ms per write | \(sorted.count) | "
              + [0.5, 0.99, 1.0].map { String(format: "%.3f", Percentile.of(sorted, $0)) }.joined(separator: " | ") + " |")
        print("")
        print("answers waiting when typing stopped: \(left); sent after it: \(String(format: "%.1f", Date().timeIntervalSince(typingDone))) s; "
              + "on the server: \(server.answersSaved) of \(saves + 20); left in the journal: \(drained.waiting); "
              + "server version \(stored.version), desk's \(version)")
        if server.answersSaved != saves + 20 || stored.version != version { throw ExitCode.failure }
    }
}
