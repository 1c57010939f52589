import Assessment
import Foundation
import IntakeApp
import IntakeModel
import Questionnaire
import TerminalUI
import Testing

@Suite("Typing the shared examples through the screens")
struct IntakeScreenExampleTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    @Test("each valid example typed from the keyboard gives the assessment of the file",
          arguments: SessionExamples.validNames)
    func exampleTypedThroughTheScreens(name: String) throws {
        let (record, expected) = try SessionExamples.fileAssessment(name)
        var typist = ScreenTypist(target: record, visitDate: try #require(record.visitDate))
        typist.typeWholeIntake()
        #expect(typist.session.currentStep == .summary, "\(name) stopped on \(typist.session.currentStep)")
        #expect(typist.session.errors.isEmpty, "\(name): \(typist.session.errors)")
        let typed = try Self.encoder.encode(typist.session.assessment)
        let file = try Self.encoder.encode(expected)
        #expect(String(decoding: typed, as: UTF8.self) == String(decoding: file, as: UTF8.self), "\(name)")
    }

    @Test("the shared examples folder is found above the repository")
    func examplesFolderIsFound() {
        #expect(SessionExamples.directory != nil, "shared/spec/examples not found: the example tests have nothing to type")
        #expect(SessionExamples.validNames.count >= 5)
        #expect(!SessionExamples.validNames.contains("bad-input"))
    }
}
