import Testing
@testable import TerminalUI

@Suite("Line editing")
struct LineEditorTests {
    @Test("Left and Right move by grapheme, so a decomposed accent is one step")
    func graphemes() {
        var e = LineEditor(text: "Jose\u{301}")
        #expect(e.text.count == 4)
        _ = e.handle(.left)
        _ = e.handle(.character("X"))
        #expect(e.text == "JosXe\u{301}")
    }

    @Test("a combining mark typed after a letter joins it")
    func combining() {
        var e = LineEditor()
        _ = e.handle(.character("e"))
        _ = e.handle(.character("\u{301}"))
        #expect(e.text == "é")
        #expect(e.cursor == 1)
    }

    @Test("Ctrl-A, Ctrl-E, Ctrl-K, Ctrl-U, Ctrl-W, Backspace and Delete")
    func keys() {
        var e = LineEditor(text: "Mary Ann Lee")
        _ = e.handle(.control("w"))
        #expect(e.text == "Mary Ann ")
        _ = e.handle(.control("a")); _ = e.handle(.delete)
        #expect(e.text == "ary Ann ")
        _ = e.handle(.control("e")); _ = e.handle(.backspace)
        #expect(e.text == "ary Ann")
        _ = e.handle(.left); _ = e.handle(.left); _ = e.handle(.control("k"))
        #expect(e.text == "ary A")
        _ = e.handle(.control("u"))
        #expect(e.text == "")
    }

    @Test("the maximum length holds for typing and pasting")
    func maxLength() {
        var e = LineEditor(maxLength: 5)
        _ = e.handle(.paste("abcdefgh"))
        #expect(e.text == "abcde")
        #expect(e.handle(.character("x")) == .handled)
        #expect(e.text == "abcde")
    }

    @Test("a pasted newline becomes a space and escape sequences are removed")
    func pasteNewline() {
        var e = LineEditor()
        _ = e.handle(.paste("Ann\nLee\u{1B}[31m"))
        #expect(e.text == "Ann Lee")
    }

    @Test("a long text scrolls so the cursor stays inside the box")
    func scrolling() {
        let e = LineEditor(text: "abcdefghijklmnop")
        let v = e.visible(width: 5)
        #expect(v.text == "mnop")
        #expect(v.cursorColumn == 4)
    }
}
