import Assessment
import Foundation
import IntakeApp
import IntakeModel
import Questionnaire
import Testing

/// The shared examples (`shared/spec/examples`, found by walking up from this file) and the actions
/// that type one in, field by field, as a front desk would.
enum SessionExamples {
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("shared/spec/examples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// Examples whose expected file has no `errors`.
    static var validNames: [String] {
        guard let directory else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }.sorted().compactMap { file in
            let name = String(file.dropLast(".expected.json".count))
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  object["errors"] == nil else { return nil }
            return name
        }
    }

    static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    }

    /// The assessment `intake assess` gives for the file: validated, then assessed with the
    /// validator's warnings.
    static func fileAssessment(_ name: String) throws -> (IntakeRecord, IntakeAssessment) {
        let check = IntakeValidator.check(try data(name))
        let record = try #require(check.record, "\(name) is not valid: \(check.errors)")
        return (record, AssessmentEngine().assess(record, priorWarnings: check.warnings))
    }
}

@Suite("Typing the shared examples through the session")
struct IntakeSessionExamplesTests {
    @Test("each valid example typed field by field gives the same assessment as assessing the file")
    func examplesGiveTheFileAssessment() throws {
        try #require(SessionExamples.directory != nil, "shared/spec/examples not found above the repository")
        let names = SessionExamples.validNames
        #expect(names.count >= 5)
        for name in names {
            let (fileRecord, expected) = try SessionExamples.fileAssessment(name)
            let visitDate = try #require(fileRecord.visitDate)
            var session = IntakeSession(record: IntakeRecord(id: fileRecord.id), clock: FixedIntakeClock(visitDate))
            for action in IntakeSession.typingActions(for: fileRecord) {
                _ = session.apply(action)
                if session.pendingAlert != nil { _ = session.apply(.acknowledgeAlert(staffName: "Dr Test")) }
            }
            #expect(session.errors.isEmpty, "\(name): \(session.errors)")
            #expect(session.assessment == expected, "\(name)")
            // Everything typed arrived; only "asked, none" lists of entries are not kept.
            var comparable = fileRecord
            if comparable.history?.fractures == [] { comparable.history?.fractures = nil }
            #expect(session.record == comparable, "\(name)")
            _ = session.apply(.finish)
            #expect(session.isCompleted, "\(name): \(session.errors)")
        }
    }
}
