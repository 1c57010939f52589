import Catalog
import Assessment
import Foundation
import IntakeApp
import IntakeModel
import IntakeTestSupport
import Questionnaire
import Testing

/// The shared examples (`shared/spec/examples`, found by walking up from this file) and the actions
/// that type one in, field by field, as a front desk would.
enum SessionExamples {
    static var directory: URL? { SharedExamples.directory }
    static var validNames: [String] { SharedExamples.validNames }
    static func data(_ name: String) throws -> Data { try SharedExamples.data(name) }

    /// The assessment `intake assess` gives for the file: validated, then assessed with the
    /// validator's warnings.
    /// The record of an example and what `intake assess` (`--language` as given) says of it.
    static func fileAssessment(_ name: String, language: Language = .english) throws -> (IntakeRecord, IntakeAssessment) {
        let check = IntakeValidator.check(try data(name), language: language)
        let record = try #require(check.record, "\(name) is not valid: \(check.errors)")
        return (record, AssessmentEngine(language: language).assess(record, priorWarnings: check.warnings))
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
            // an example may leave out questions the red-flag rules read (its conditions): F10
            // names them first, and F10 again leaves them for staff
            if session.finishCheck != nil { _ = session.apply(.finish) }
            #expect(session.isCompleted, "\(name): \(session.errors)")
        }
    }
}
