import ArgumentParser
import Assessment
import Foundation
import IntakeModel

/// `intake-bench assess-e2e`: JSON Lines in, JSON Lines out, as `intake assess - --json` does it.
///
/// Generates varied records (units, medicines, red flags, STarT Back), then measures
/// (1) in process, stage by stage: parse + validate, assess, encode; and
/// (2) the real command: runs the `intake` binary beside this one with the lines on stdin and its
/// output to a file, and reports records per second (best of `--repeats`).
struct AssessEndToEndBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess-e2e",
        abstract: "Records per second through 'intake assess - --json' (target at least 20,000/s on a release build)."
    )

    @Option(help: "How many records to generate.") var records = 20_000
    @Option(help: "How many timed runs; the best is reported.") var repeats = 3
    @Option(help: "The intake binary (default: next to this executable).") var intake: String?
    @Option(help: "Also write the generated JSON Lines to this file (to time 'intake assess' by hand).") var save: String?

    func run() throws {
        let lines = AssessBenchRecords.lines(count: records)
        let input = Data(lines.joined(separator: "\n").utf8)
        print("records: \(records), input: \(input.count / 1024) KiB (\(input.count / max(1, records)) bytes/record)")
        if let save { try (input + Data("\n".utf8)).write(to: URL(fileURLWithPath: save)) }
        measureStages(lines.map { Data($0.utf8) })
        let binary = intake.map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("intake")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("intake binary not found at \(binary.path): build it (swift build -c release) or pass --intake")
            return
        }
        try measureCommand(binary, input: input)
    }

    func measureStages(_ lines: [Data]) {
        let engine = AssessmentEngine()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var checkSeconds = Double.infinity, assessSeconds = Double.infinity, encodeSeconds = Double.infinity
        var parseSeconds = Double.infinity, validateSeconds = Double.infinity
        var bytes = 0
        for _ in 0..<repeats {
            // The two halves of IntakeValidator.check(Data), timed apart.
            var clock = threadCPUSeconds()
            let values = lines.map { try? JSONDecoder().decode(JSONValue.self, from: $0) }
            parseSeconds = min(parseSeconds, threadCPUSeconds() - clock)
            clock = threadCPUSeconds()
            for value in values { if let value { _ = IntakeValidator.check(value) } }
            validateSeconds = min(validateSeconds, threadCPUSeconds() - clock)
            clock = threadCPUSeconds()
            let checks = lines.map { IntakeValidator.check($0) }
            checkSeconds = min(checkSeconds, threadCPUSeconds() - clock)
            if let bad = checks.first(where: { !$0.isValid }) {
                print("a generated record is invalid: \(bad.errors.map { "\($0.path) \($0.code.rawValue)" })")
                return
            }
            clock = threadCPUSeconds()
            let assessments = checks.map { engine.assess($0.record!, priorWarnings: $0.warnings) }
            assessSeconds = min(assessSeconds, threadCPUSeconds() - clock)
            clock = threadCPUSeconds()
            bytes = 0
            for assessment in assessments { bytes += (try? encoder.encode(assessment).count) ?? 0 }
            encodeSeconds = min(encodeSeconds, threadCPUSeconds() - clock)
        }
        let n = Double(lines.count)
        print("in process, one thread, CPU time (not disturbed by other programs waiting for the cores):")
        print("stage                      records/s   µs/record")
        for (name, time) in [("  parse (JSONDecoder)", parseSeconds), ("  validate", validateSeconds),
                             ("parse + validate", checkSeconds), ("assess (engine)", assessSeconds), ("encode JSON", encodeSeconds),
                             ("all three", checkSeconds + assessSeconds + encodeSeconds)] {
            print(name.padding(toLength: 24, withPad: " ", startingAt: 0), String(format: "%11.0f %11.1f", n / time, time / n * 1e6))
        }
        print("output: \(bytes / max(1, lines.count)) bytes/record")
    }

    func measureCommand(_ binary: URL, input: Data) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intake-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("records.jsonl"), outputFile = folder.appendingPathComponent("out.jsonl")
        try input.write(to: inputFile)
        var best = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<repeats {
            let cpuBefore = childCPUSeconds()
            FileManager.default.createFile(atPath: outputFile.path, contents: nil)
            let process = Process()
            process.executableURL = binary
            process.arguments = ["assess", "-", "--json"]
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
            process.standardOutput = try FileHandle(forWritingTo: outputFile)
            let clock = ContinuousClock.now
            try process.run()
            process.waitUntilExit()
            best = min(best, seconds(since: clock))
            bestCPU = min(bestCPU, childCPUSeconds() - cpuBefore)
            guard process.terminationStatus == 0 else {
                print("intake assess exited with \(process.terminationStatus)")
                return
            }
        }
        let lines = try String(contentsOf: outputFile, encoding: .utf8).split(separator: "\n").count
        print("intake assess - --json: \(lines) lines; wall \(String(format: "%.3f", best)) s = "
              + String(format: "%.0f", Double(records) / best) + " records/s; CPU (all threads) \(String(format: "%.3f", bestCPU)) s = "
              + String(format: "%.0f", Double(records) / bestCPU) + " records per CPU-second (best of \(repeats)); "
              + "load average now \(loadAverage())")
    }

    /// CPU time of the calling thread.
    func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// User + system CPU time of all finished child processes.
    func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(1).joined() ?? "?"
    }

    func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
