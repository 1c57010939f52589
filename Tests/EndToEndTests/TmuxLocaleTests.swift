import Foundation
import Testing

/// Issue 13, item 5: a terminal whose locale is not UTF-8 (LANG=C, a Latin-1 terminal). The name
/// is typed as the Latin-1 bytes such a terminal sends and stored as typed.
@Suite("Locales that are not UTF-8, in tmux", .serialized)
struct TmuxLocaleTests {
    @Test("LANG=C and a UTF-8 terminal (LANG not passed over SSH): Müller Zoë typed in UTF-8 is stored as typed")
    func utf8NameInTheCLocale() throws {
        let pane = try ShellTmux(["new"], environment: ["LANG": "C", "LC_ALL": "C"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Müller Zoë")
        try pane.press("Tab")
        pane.pause(0.3)
        #expect(pane.screen.contains("Müller Zoë"), "shown as UTF-8, as before")
        kill(try pane.intakePID(), SIGHUP)
        try pane.waitFor("INTAKE-EXIT:0")
        let id = try #require(try pane.listed().first?["id"] as? String)
        #expect(ShellTmuxTests.value("patient.name", in: try pane.exported(id)) as? String == "Müller Zoë")
    }

    @Test("LANG=C: Müller Zoë typed in Latin-1 (a burst, no pause) is stored as typed, and the keys after it count")
    func latin1NameInTheCLocale() throws {
        let pane = try ShellTmux(["new"], environment: ["LANG": "C", "LC_ALL": "C"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        // "Müller Zoë" in Latin-1, sent in one write.
        try pane.tmux(["send-keys", "-t", "intake", "-H", "4d", "fc", "6c", "6c", "65", "72", "20", "5a", "6f", "eb"])
        pane.pause(0.15)
        try pane.press("Tab")
        pane.pause(0.3)
        kill(try pane.intakePID(), SIGHUP)
        try pane.waitFor("INTAKE-EXIT:0")
        let id = try #require(try pane.listed().first?["id"] as? String)
        let record = try pane.exported(id)
        #expect(ShellTmuxTests.value("patient.name", in: record) as? String == "Müller Zoë")
    }

    @Test("a Latin-1 locale: a name with characters Latin-1 has not is shown with '?' and the message line says so")
    func standInsAreSaid() throws {
        let store = StoreScratch()
        let id = try store.importRecord(StoreSamples.record(name: "王芳 Zoë"))
        let latin1 = "de_DE.ISO-8859-1"  // read by its name when not installed
        let pane = try ShellTmux(["open", id, "--db", store.db, "--screen", "patient"], environment: ["LANG": latin1, "LC_ALL": latin1])
        defer { pane.close() }
        let screen = try pane.waitFor("Characters this terminal's locale cannot show are shown as '?'.")
        #expect(screen.contains("? ?  Zo"), "each of the two wide characters is a question mark and a space")
        try pane.press("C-c")
        pane.pause(0.3)
        #expect(ShellTmuxTests.value("patient.name", in: try store.exportedRecord(id)) as? String == "王芳 Zoë")
    }
}
