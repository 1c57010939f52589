import Catalog
import Testing
@testable import IntakeApp

/// Found in a trial: a line-mode intake that switched to Spanish at "Preferred language" saved the
/// clerk's "exit" as the phone number. The English command words stay commands in every language.
@Suite("Line-mode command words")
struct LineCommandWordsTests {
    @Test("in Spanish, both 'salir' and 'exit' leave; 'Atrás' and 'atras' go back; a phone number is an answer")
    func spanishAndEnglishWords() {
        let spanish = LineModeStrings(language: .spanish)
        #expect(LineCommand(line: "salir", strings: spanish) == .exit)
        #expect(LineCommand(line: "  EXIT ", strings: spanish) == .exit)
        #expect(LineCommand(line: Catalog(.spanish)(.lineModeCommandBack).uppercased(), strings: spanish) == .back)
        #expect(LineCommand(line: LineCommand.folded(Catalog(.spanish)(.lineModeCommandBack)), strings: spanish) == .back)
        #expect(LineCommand(line: "555 0100", strings: spanish) == nil)
    }

    @Test("in English, the Spanish words are answers (an English intake knows only its own words)")
    func englishOnly() {
        let english = LineModeStrings(language: .english)
        #expect(LineCommand(line: "exit", strings: english) == .exit)
        #expect(LineCommand(line: "salir", strings: english) == nil)
    }
}
