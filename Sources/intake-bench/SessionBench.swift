import ArgumentParser
import Assessment
import Foundation
import IntakeApp
import IntakeModel
import Questionnaire

/// `intake-bench session`: the cost of one intake session action (answer set through the binding,
/// hidden answers dropped, validation and the live assessment re-run) while typing each valid
/// shared example, and of building its FHIR QuestionnaireResponse.
struct SessionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Time IntakeSession.apply per action while typing the shared examples.")

    @Option(help: "Folder of example records (NAME.json with NAME.expected.json).")
    var examples: String = "../shared/spec/examples"

    @Option(help: "How many times each example is typed.")
    var rounds: Int = 50

    func run() throws {
        let folder = URL(fileURLWithPath: examples)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".expected.json") }.sorted()
        var records: [IntakeRecord] = []
        for file in files {
            guard let record = IntakeValidator.check(try Data(contentsOf: folder.appendingPathComponent(file))).record else { continue }
            records.append(record)
        }
        guard !records.isEmpty else { throw ValidationError("no valid example records in \(folder.path)") }
        let clock = ContinuousClock()
        var actionTimes: [Duration] = []
        var responseTimes: [Duration] = []
        for _ in 0..<max(1, rounds) {
            for record in records {
                var session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(record.visitDate!))
                for action in IntakeSession.typingActions(for: record) {
                    let start = clock.now
                    _ = session.apply(action)
                    actionTimes.append(clock.now - start)
                    if session.pendingAlert != nil { _ = session.apply(.acknowledgeAlert(staffName: "bench")) }
                }
                let start = clock.now
                _ = try FHIRQuestionnaireResponse(record: session.record, status: .completed).jsonData()
                responseTimes.append(clock.now - start)
            }
        }
        // What one answer costs, part by part, on each complete record.
        var validateTimes: [Duration] = []
        var assessTimes: [Duration] = []
        var dropTimes: [Duration] = []
        let engine = AssessmentEngine()
        for _ in 0..<max(1, rounds) {
            for record in records {
                var start = clock.now
                _ = IntakeValidator.check(record)
                validateTimes.append(clock.now - start)
                start = clock.now
                _ = engine.assess(record)
                assessTimes.append(clock.now - start)
                var copy = record
                start = clock.now
                _ = QuestionnaireDefinition.intake.droppingHiddenAnswers(from: &copy)
                dropTimes.append(clock.now - start)
            }
        }
        print("records: \(records.count), rounds: \(rounds), actions timed: \(actionTimes.count)")
        print(SessionBench.line("IntakeSession.apply per action", actionTimes))
        print(SessionBench.line("  of which IntakeValidator.check", validateTimes))
        print(SessionBench.line("  of which AssessmentEngine.assess", assessTimes))
        print(SessionBench.line("  of which hidden-answer check", dropTimes))
        print(SessionBench.line("FHIR QuestionnaireResponse JSON", responseTimes))
    }

    static func line(_ label: String, _ times: [Duration]) -> String {
        let sorted = times.sorted()
        func microseconds(_ fraction: Double) -> String {
            let index = min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))
            let duration = sorted[index]
            let value = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
            return String(format: "%.0f", value)
        }
        return "\(label): p50 \(microseconds(0.5)) µs, p95 \(microseconds(0.95)) µs, max \(microseconds(1)) µs"
    }
}
