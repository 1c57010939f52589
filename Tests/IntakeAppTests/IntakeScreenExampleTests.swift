import Assessment
import Catalog
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

    @Test("each valid example typed from the keyboard gives the assessment of the file, in English and in Spanish",
          arguments: SessionExamples.validNames, Language.allCases)
    func exampleTypedThroughTheScreens(name: String, language: Language) throws {
        let (record, expected) = try SessionExamples.fileAssessment(name, language: language)
        let session = IntakeSession(record: IntakeRecord(id: record.id), clock: FixedIntakeClock(try #require(record.visitDate)),
                                    language: language)
        var typist = KeyboardTypist(screen: IntakeScreen(session: session, size: Size(width: 80, height: 24)), target: record)
        typist.typeWholeIntake()
        #expect(typist.session.language == language)
        #expect(typist.session.currentStep == .summary, "\(name) stopped on \(typist.session.currentStep)")
        #expect(typist.session.errors.isEmpty, "\(name): \(typist.session.errors)")
        let typed = try Self.encoder.encode(typist.session.assessment)
        let file = try Self.encoder.encode(expected)
        #expect(String(decoding: typed, as: UTF8.self) == String(decoding: file, as: UTF8.self), "\(name) in \(language)")
    }

    @Test("the shared examples folder is found above the repository")
    func examplesFolderIsFound() {
        #expect(SessionExamples.directory != nil, "shared/spec/examples not found: the example tests have nothing to type")
        #expect(SessionExamples.validNames.count >= 5)
        #expect(!SessionExamples.validNames.contains("bad-input"))
    }
}
