import Assessment
import Foundation
import IntakeModel

/// One input through what `intake assess --json` does with it: bytes -> JSON text guard and
/// record -> validator -> assessment engine -> the JSON report (or the rejection). Anything that
/// traps on the way is a bug the fuzzer or the corpus replay finds.
enum RecordPipeline {
    static let engine = AssessmentEngine()

    /// The report's bytes (the assessment, or the list of problems).
    static func run(_ data: Data) -> Data {
        let check = IntakeValidator.check(data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let record = check.record else {
            // Every rejection names at least one problem: a record without errors is assessed.
            precondition(!check.errors.isEmpty, "a record was rejected without a problem")
            return (try? encoder.encode(check.errors)) ?? Data()
        }
        let assessment = engine.assess(record, priorWarnings: check.warnings)
        guard let report = try? encoder.encode(assessment) else {
            preconditionFailure("an assessment could not be written as JSON")
        }
        return report
    }
}
