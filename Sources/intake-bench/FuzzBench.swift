import ArgumentParser
import Foundation
import IntakeApp
import TerminalUI

/// `intake-bench fuzz`: the key fuzzer of the test suite (`ScreenFuzzing`) for as long as one
/// likes: keys, escape sequences, pastes and resizes driving the real screens through the pilot.
/// Prints keys fuzzed, inputs tried, crashes, hangs and raw controls out; exits 1 on a problem.
struct FuzzBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz the intake screens with keys, escape sequences, pastes and resizes (seeded, reproducible).")

    @Option(help: "The seed: the same seed tries the same inputs.")
    var seed: UInt64 = 1

    @Option(help: "How many keys to fuzz (after decoding).")
    var keys: Int = 100_000

    @Option(help: "The smallest terminal size of a resize, COLUMNSxROWS.")
    var minimumSize: String = "1x1"

    @Option(help: "The largest terminal size of a resize, COLUMNSxROWS.")
    var maximumSize: String = "200x60"

    @Option(help: "Seconds one input may take before it counts as a hang.")
    var hangLimit: Double = 2

    func run() throws {
        // Said first: a crash ends the process, and the seed reproduces it.
        FileHandle.standardOutput.write(Data("intake-bench fuzz: seed \(seed), \(keys) keys, sizes \(minimumSize) to \(maximumSize)\n".utf8))
        let start = Date()
        let report = try ScreenFuzzing(seed: seed, keys: keys, minimumSize: try Self.size(minimumSize, "--minimum-size"),
                                       maximumSize: try Self.size(maximumSize, "--maximum-size"), hangLimit: hangLimit).run()
        print("keys fuzzed: \(report.keysFuzzed)")
        print("inputs tried: \(report.inputsTried)")
        print("screens started: \(report.screensStarted)")
        print("crashes: \(report.crashes)")
        print("hangs: \(report.hangs)")
        print("raw controls out: \(report.rawControlsOut)")
        print(String(format: "slowest input: %.3f s (input %d)", report.slowestInput.seconds, report.slowestInput.index))
        print(String(format: "time: %.1f s", Date().timeIntervalSince(start)))
        for problem in report.problems { print("problem: \(problem)") }
        if report.hangs + report.rawControlsOut > 0 || !report.problems.isEmpty { throw ExitCode(1) }
    }

    static func size(_ text: String, _ option: String) throws -> Size {
        let parts = text.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 1, parts[1] >= 1 else {
            throw ValidationError("\(option): write it as COLUMNSxROWS, for example 80x24")
        }
        return Size(width: parts[0], height: parts[1])
    }
}
