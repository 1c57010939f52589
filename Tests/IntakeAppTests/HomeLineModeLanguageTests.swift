import Catalog
import Foundation
import IntakeModel
import IntakeStore
import IntakeTestSupport
import Testing
@testable import IntakeApp

/// The line-by-line home list speaks the clinic's language in its messages too: a store that
/// fails is explained in the words of the sentence around it, not in English inside Spanish.
@Suite("Home line mode: a store failure in the desk's language")
struct HomeLineModeLanguageTests {
    struct TypedLines: LineReader {
        var lines: [String]
        mutating func readLine(for prompt: LinePrompt) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    @Test("a Spanish desk whose records server is off is told so in Spanish, and can still quit")
    func spanishStoreFailure() throws {
        let folder = ShellFolder()
        let server = SwitchableRecordStore(try SQLiteIntakeStore(path: folder.databasePath))
        server.switchOff()
        let output = WrittenLines()
        var home = HomeLineMode(store: server, today: CalendarDate(year: 2026, month: 12, day: 7), timeZone: .current,
                                strings: Catalog(.spanish), input: TypedLines(lines: ["quit"]), output: output)
        #expect(home.next() == .quit)
        let said = output.lines.joined(separator: "\n")
        #expect(said.contains(Catalog(.spanish)(.storeServerUnreachable)), "\(said)")
        #expect(!said.contains("The records server cannot be reached"), "\(said)")
    }

    @Test("a Spanish desk may type the commands as the prompt names them in Spanish: lista, buscar, nueva, salir (second cold trial)")
    func spanishCommandWords() throws {
        let folder = ShellFolder()
        let store = try SQLiteIntakeStore(path: folder.databasePath)
        for (lines, choice) in [(["lista", "buscar ana", "salir"], HomeLineMode.Choice.quit), (["Nueva"], .new), (["SALIR"], .quit)] {
            let output = WrittenLines()
            var home = HomeLineMode(store: store, today: CalendarDate(year: 2026, month: 12, day: 7), timeZone: .current,
                                    strings: Catalog(.spanish), input: TypedLines(lines: lines), output: output)
            #expect(home.next() == choice, "\(lines)")
            #expect(!output.lines.contains { $0.hasPrefix("No se entiende") }, "\(output.lines)")
        }
        // the English words are understood at a Spanish desk too
        var english = HomeLineMode(store: store, today: CalendarDate(year: 2026, month: 12, day: 7), timeZone: .current,
                                   strings: Catalog(.spanish), input: TypedLines(lines: ["quit"]), output: WrittenLines())
        #expect(english.next() == .quit)
    }
}

