import ArgumentParser
import Assessment
import Foundation
import IntakeModel
import IntakeTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `intake-bench assessment`: assessments per second of the engine alone, on one core.
///
/// Three figures over the same varied synthetic records (ages, units, medications, red flags):
/// the whole `assess(record)`; the one-time preparation of facts (`facts(of:)`: medication names
/// looked up, quantities converted to canonical integers); and the rules alone on prepared facts.
/// Time is the thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so other work on a shared machine does
/// not count against the engine; the wall-clock rate is printed beside it.
struct AssessmentBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessment",
        abstract: "Assessments per second of the engine alone, on one core (Assessment.docc: AssessmentEngine).")

    @Option(help: "How many different synthetic records to cycle through.")
    var records = 1_000

    @Option(help: "Seconds of CPU time to measure each figure.")
    var seconds = 3.0

    @Option(help: "Run exactly this many operations per figure instead of timing (for valgrind --tool=callgrind).")
    var iterations: Int?

    @Option(help: "Measure only one figure: whole, facts or rules.")
    var only: String?

    @Option(help: "Assess the records of a folder of NAME.json examples (those that decode) instead of synthetic ones.")
    var examples: String?

    @Flag(help: "Print each record's assessment as JSON instead of timing (to compare two builds' outputs).")
    var dump = false

    func run() throws {
        let engine = AssessmentEngine()
        let inputs = try examples.map(AssessmentBench.records(in:)) ?? SyntheticRecords.make(count: records)
        guard !inputs.isEmpty else { throw ValidationError("no records to assess") }
        if dump {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for record in inputs { print(String(decoding: try encoder.encode(engine.assess(record)), as: UTF8.self)) }
            return
        }
        let prepared = inputs.map(engine.facts(of:))
        print("records: \(inputs.count) \(examples == nil ? "synthetic" : "from \(examples!)"), "
              + "\(inputs.reduce(0) { $0 + ($1.medications?.count ?? 0) }) medication entries")

        if only == nil || only == "whole" {
            // Records are read in place through a buffer pointer: the harness copies nothing.
            let whole = inputs.withUnsafeBufferPointer { records in
                measure("assess(record): facts + rules") { index in
                    checksum(engine.assess(records[index % records.count]))
                }
            }
            print(whole >= 1_000_000 ? "target of 1,000,000/s met by assess(record)"
                                     : "below the 1,000,000/s target for assess(record)")
        }
        if only == nil || only == "facts" {
            _ = inputs.withUnsafeBufferPointer { records in
                measure("facts(of:) alone: preparation") { index in
                    engine.facts(of: records[index % records.count]).medications.count
                }
            }
        }
        if only == nil || only == "rules" {
            _ = prepared.withUnsafeBufferPointer { facts in
                measure("assess(facts) alone: the rules") { index in
                    checksum(engine.assess(facts[index % facts.count]))
                }
            }
        }
    }

    /// Every NAME.json of a folder that decodes as an intake record (expected files do not).
    static func records(in folder: String) throws -> [IntakeRecord] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json")
        }
        return names.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
            return try? JSONDecoder().decode(IntakeRecord.self, from: data)
        }
    }

    func checksum(_ assessment: IntakeAssessment) -> Int {
        assessment.redFlags.count &+ assessment.medicationAlerts.count &+ assessment.recommendations.count
            &+ assessment.warnings.count &+ (assessment.ost?.index ?? 0)
    }

    /// Runs `body` in batches until `seconds` of CPU time have passed; prints and returns operations
    /// per CPU second.
    func measure(_ label: String, _ body: (Int) -> Int) -> Double {
        let clock = ContinuousClock()
        var sink = 0
        for index in 0..<min(10_000, iterations ?? 10_000) { sink &+= body(index) }  // warm up
        var operations = 0
        let wallStart = clock.now
        let cpuStart = AssessmentBench.threadCPUSeconds()
        if let iterations {
            for index in 0..<iterations { sink &+= body(index) }
            operations = iterations
        }
        while iterations == nil && AssessmentBench.threadCPUSeconds() - cpuStart < seconds {
            for index in operations..<(operations + 10_000) { sink &+= body(index) }
            operations += 10_000
        }
        let cpu = AssessmentBench.threadCPUSeconds() - cpuStart
        let wall = clock.now - wallStart
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        let perSecond = Double(operations) / cpu
        let nanoseconds = cpu * 1e9 / Double(operations)
        print("\(label): \(Int(perSecond)) per CPU second (\(Int(nanoseconds.rounded())) ns each; "
              + "wall clock \(Int(Double(operations) / wallSeconds))/s) [checksum \(sink & 0xff)]")
        return perSecond
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
