import ArgumentParser
import Catalog
import Foundation
import IntakeApp
import IntakeModel
import TerminalUI

/// `intake-bench screens`: the work one key costs in the intake screens (the reducer with its
/// session action and live assessment, then a full render of the frame) while the keys that type
/// each valid shared example are replayed. No terminal: what ncurses adds is tuibench's to measure.
struct ScreensBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screens",
        abstract: "Time IntakeScreen.handle + render per key while typing the shared examples from the keyboard.")

    @Option(help: "Folder of example records (NAME.json with NAME.expected.json).")
    var examples: String = "../shared/spec/examples"

    @Option(help: "How many times each example's keys are replayed.")
    var rounds: Int = 20

    @Option(help: "Terminal size, COLUMNSxROWS.")
    var size: String = "80x24"

    @Option(help: "Write the key script of the first example here, for tuibench (--keys-file).")
    var writeKeys: String?

    @Option(help: "The intake's language, en or es: the screens the keys are typed on (Spanish runs longer).")
    var language: String = "en"

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw ValidationError("--size: write it as COLUMNSxROWS, for example 80x24") }
        let terminal = Size(width: parts[0], height: parts[1])
        guard let language = try? Language(tag: language) else { throw ValidationError("--language: en or es") }
        let folder = URL(fileURLWithPath: examples)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()
        var scripts: [(IntakeRecord, [Key])] = []
        for file in files {
            guard let record = IntakeValidator.check(try Data(contentsOf: folder.appendingPathComponent(file))).record,
                  let visitDate = record.visitDate else { continue }
            let start = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(visitDate), language: language)
            var typist = KeyboardTypist(screen: IntakeScreen(session: start, size: terminal), target: record)
            typist.typeWholeIntake()
            scripts.append((record, typist.keys))
            if let writeKeys, scripts.count == 1 {
                try typist.tuibenchScript.write(toFile: writeKeys, atomically: true, encoding: .utf8)
            }
        }
        guard !scripts.isEmpty else { throw ValidationError("no valid example records in \(folder.path)") }
        let clock = ContinuousClock()
        // CPU time of this thread (a shared, loaded machine preempts us; wall time is shown too)
        var handleTimes: [Double] = [], renderTimes: [Double] = [], totalTimes: [Double] = [], wallTimes: [Double] = []
        for _ in 0..<max(1, rounds) {
            for (record, keys) in scripts {
                let session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(record.visitDate!),
                                            language: language)
                var screen = IntakeScreen(session: session, size: terminal)
                for key in keys {
                    let start = clock.now, cpuStart = Self.threadCPUMicroseconds()
                    _ = screen.handle(key)
                    let handled = clock.now, cpuHandled = Self.threadCPUMicroseconds()
                    let frame = screen.render(size: terminal)
                    let end = clock.now, cpuEnd = Self.threadCPUMicroseconds()
                    precondition(frame.size == terminal)
                    handleTimes.append(cpuHandled - cpuStart)
                    renderTimes.append(cpuEnd - cpuHandled)
                    totalTimes.append(cpuEnd - cpuStart)
                    wallTimes.append(Self.microseconds(end - start))
                }
            }
        }
        print("intake-bench screens: \(scripts.count) examples, \(totalTimes.count / max(1, rounds)) keys a round, "
              + "\(rounds) rounds, \(terminal), \(language.rawValue)")
        print("| per key (microseconds; CPU time unless wall) | keys | median | p90 | p95 | p99 | max |")
        print("|---|---|---|---|---|---|---|")
        for (name, times) in [("handle (reducer, session, assessment)", handleTimes), ("render (whole frame)", renderTimes),
                              ("handle + render", totalTimes), ("handle + render, wall clock", wallTimes)] {
            let sorted = times.sorted()
            print("| \(name) | \(sorted.count) | "
                  + [0.5, 0.9, 0.95, 0.99, 1.0].map { String(format: "%.1f", Percentile.of(sorted, $0)) }.joined(separator: " | ")
                  + " |")
        }
    }

    static func threadCPUMicroseconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1e6 + Double(spec.tv_nsec) / 1e3
    }

    static func microseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1e6 + Double(parts.attoseconds) / 1e12
    }
}
