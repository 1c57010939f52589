import Testing
@testable import TerminalUI
import PlainText

@Suite("Bad input and odd terminals")
struct RobustnessTests {
    @Test("escape sequences and bidi overrides typed or pasted never reach the screen")
    func hostileText() {
        var p = Sample.pilot()
        p.feed(bytes: Array("A\u{1B}[2Jnn\u{202E}".utf8))
        p.paste("Lee\u{1B}]0;evil\u{07}\u{2066}\r\nX")
        #expect(p.model.form.value(of: "name") == .text("AnnLee X"))
        for cell in p.screen.cells { #expect(cell.text.unicodeScalars.allSatisfy { !Sanitizer.isUnsafe($0) }) }
    }

    @Test("invalid UTF-8 typed into a field is dropped and the valid text kept")
    func invalidUTF8() {
        var p = Sample.pilot()
        p.feed(bytes: [0x4A, 0xC3, 0x28, 0xFF, 0x6F, 0xE2, 0x82, 0x73, 0xC3, 0xA9])
        #expect(p.model.form.value(of: "name") == .text("J(osé"))
    }

    @Test("a 1 MiB paste is refused with a message and nothing entered is lost")
    func hugePaste() {
        var p = Sample.pilot()
        p.type("Ann")
        p.paste(String(repeating: "x", count: 1 << 20))
        #expect(p.model.form.value(of: "name") == .text("Ann"))
        #expect(p.text.contains("Paste refused: 1048576 bytes"))
    }

    @Test("a pasted newline never moves on from a one-line field")
    func pasteNewline() {
        var p = Sample.pilot()
        p.paste("Ann\nLee\n")
        #expect(p.model.form.focusedField?.id == "name")
        #expect(p.model.form.value(of: "name") == .text("Ann Lee "))
    }

    @Test("resizing to 1x1 shows a notice, keeps every edit and the focus, and comes back whole")
    func tinyResize() {
        var p = Sample.pilot()
        p.type("Ann"); p.press(.tab); p.type("1950-03-31")
        let before = p.text
        p.resize(to: Size(width: 1, height: 1))
        #expect(p.screen.size == Size(width: 1, height: 1))
        p.resize(to: Size(width: 40, height: 10))
        #expect(p.text.contains("Please enlarge the window to at"))
        #expect(p.cursor == nil)
        p.type("zzz") // nothing changes while nothing can be seen
        p.resize(to: Size(width: 80, height: 24))
        #expect(p.text == before)
        #expect(p.model.form.focusedField?.id == "dob")
        #expect(p.cursor == Position(row: 3, column: 35))
    }

    @Test("keys faster than the screen refreshes are all applied, with fewer frames than keys")
    func fastKeys() {
        let terminal = MemoryTerminal()
        terminal.enqueue(bytes: Array("JohnSmith\t1990-01-31\t \u{1B}[B \t".utf8))
        var app = FormApp(form: Sample.form())
        AppRunner().run(&app, on: terminal)
        #expect(app.form.value(of: "name") == .text("JohnSmith"))
        #expect(app.form.value(of: "conditions") == .checked([0, 1]))
        #expect(terminal.frames.count < 10)
    }

    @Test("at the end of input the runner stops instead of spinning")
    func endOfInput() {
        let terminal = MemoryTerminal()
        terminal.enqueue(keys: [.character("A")])
        var app = FormApp(form: Sample.form())
        AppRunner(idleInterval: 0.01).run(&app, on: terminal)
        #expect(app.isFinished && !app.isCompleted)
        #expect(app.form.value(of: "name") == .text("A"))
    }

    @Test("the cursor sits after wide and accented text at its display column")
    func wideCursor() {
        var p = Sample.pilot()
        p.type("中文e\u{301}")
        #expect(p.cursor == Position(row: 2, column: 26 + 5))
    }
}
