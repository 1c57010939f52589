import Assessment
import Foundation
import IntakeModel
import Testing

/// Conformance cases: small records with expected assessments derived by hand from
/// shared/spec/intake-format.md (not from the engine), one rule boundary or tricky reading each.
/// Every case runs as `intake assess FILE --json` does: the validator, then the engine with the
/// validator's warnings. The same folder is checked against the built binary with
/// `python3 shared/spec/check_assess.py .build/debug/intake Tests/AssessmentTests/Conformance --full`.
let conformanceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Conformance")

/// NAME for every NAME.json in the folder that has a NAME.expected.json.
func conformanceCaseNames() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: conformanceFolder.path)) ?? []
    return files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
}

@Suite("Conformance cases: validator and engine against hand-derived expectations")
struct ConformanceCaseTests {
    @Test("the conformance folder holds at least 40 cases")
    func folderIsThere() {
        #expect(conformanceCaseNames().count >= 40)
    }

    @Test("every field the expected file states is what the validator and engine produce",
          arguments: conformanceCaseNames())
    func conformanceCase(name: String) throws {
        let input = try Data(contentsOf: conformanceFolder.appendingPathComponent(name + ".json"))
        let expectedData = try Data(contentsOf: conformanceFolder.appendingPathComponent(name + ".expected.json"))
        let expected = try #require(try JSONValue(parsing: expectedData).object)
        let check = IntakeValidator.check(input)
        var comparison = ConformanceComparison()
        if let errors = expected["errors"]?.array {
            #expect(!check.isValid, "\(name): the record should be rejected")
            comparison.compareRejection(expected: errors, actual: check.errors)
        } else {
            #expect(check.errors.isEmpty, "\(name): rejected with \(check.errors.map { "\($0.path) \($0.code.rawValue)" })")
            let record = try #require(check.record)
            let assessment = AssessmentEngine().assess(record, priorWarnings: check.warnings)
            let actual = try #require(try JSONValue(parsing: JSONEncoder().encode(assessment)).object)
            comparison.compareAssessment(expected: expected, actual: actual)
        }
        #expect(comparison.differences.isEmpty, "\(name): \(comparison.differences.joined(separator: "; "))")
    }
}
