import Foundation
import Testing

/// The fuzzer's corpus (Tests/Fuzz/RecordCorpus: the shared examples, the hostile texts of issue 12
/// and every crash the fuzzer found) replayed through the same pipeline the fuzzer drives, in the
/// ordinary build: a trap on any input fails here.
@Suite("The record fuzz corpus replays without a crash")
struct FuzzCorpusReplayTests {
    static let corpus = AssessCommandRunner.packageRoot.appendingPathComponent("Tests/Fuzz/RecordCorpus")

    @Test("every corpus input goes through guard, validator, engine and report, and the replayer counts them all")
    func replayCorpus() throws {
        let replayer = StoreBinaries.url("intake-fuzz-record")
        #expect(FileManager.default.isExecutableFile(atPath: replayer.path), "intake-fuzz-record is built beside intake")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { !$0.hasPrefix(".") }
        #expect(inputs.contains("hostile-array-513-deep"), "the corpus holds the crash of issue 12 item 2")
        let outcome = try AssessCommandRunner.run(replayer, [Self.corpus.path])
        #expect(outcome.status == 0, "\(outcome.stderr.prefix(2000))")
        #expect(outcome.stdout == "replayed \(inputs.count) inputs\n")
    }
}
