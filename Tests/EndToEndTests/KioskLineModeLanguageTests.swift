import Foundation
import Testing

/// Issue 15, item 2: Preferred language is the Patient step's first question. At the kiosk the
/// patient chose it before the first question (English / Español), so line mode does not ask it
/// again: the name comes first, in the language chosen; the choice is saved.
@Suite("intake kiosk --accessible: the language chosen first is not asked again")
struct KioskLineModeLanguageTests {
    let scratch = StoreScratch()

    @Test("2 chooses Español; the first question is then the name, in Spanish; the record is es")
    func nameComesAfterTheChoice() throws {
        let run = try StreamRunner.run(["kiosk", "--accessible", "--db", scratch.db], input: .pipe("2\nAna Ruiz\n"),
                                       environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8",
                                                     "XDG_CONFIG_HOME": scratch.path + "/config"])
        #expect(!run.timedOut, "waited for more input")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        let step = try #require(lines.firstIndex(of: "Paso 1 de 8: Paciente"), "\(lines)")
        #expect(lines.dropFirst(step + 1).first == "Nombre completo (obligatorio)", "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("Idioma preferido") }, "asked again: \(lines)")
        let list = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any], "\(list.stdout)")
        let patient = try scratch.exportedRecord(try #require(listed["id"] as? String))["patient"] as? [String: Any]
        #expect(patient?["language"] as? String == "es")
        #expect(patient?["name"] as? String == "Ana Ruiz")
    }
}
