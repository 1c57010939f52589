import Testing
@testable import TerminalUI
import PlainText

@Suite("Screen cells and display widths")
struct ScreenTests {
    @Test("widths: ASCII 1, CJK 2, composed and decomposed accents 1, emoji 2, ZWJ sequence 2")
    func widths() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("中" as Character) == 2)
        #expect(DisplayWidth.of("é" as Character) == 1)
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👩‍⚕️" as Character) == 2)
        #expect(DisplayWidth.of("José 中文") == 9)
    }

    @Test("pasting a smaller screen copies its cells and roles in place, clipped at the edge")
    func paste() {
        var form = Screen(size: Size(width: 4, height: 2))
        form.write("abcd", at: Position(row: 0, column: 0), role: .label)
        form.write("ef", at: Position(row: 1, column: 0), role: .error)
        var frame = Screen(size: Size(width: 6, height: 3))
        frame.write("zzzzzz", at: Position(row: 2, column: 0), role: .text)
        frame.paste(form, at: Position(row: 0, column: 3))
        #expect(frame.line(0) == "   abc")
        #expect(frame.line(1) == "   ef")
        #expect(frame.line(2) == "zzzzzz")
        #expect(frame[0, 3].role == .label && frame[1, 3].role == .error && frame[0, 2].role == .text)
    }

    @Test("a wide character takes two cells and the next is a continuation")
    func wideCells() {
        var s = Screen(size: Size(width: 6, height: 1))
        s.write("a中b", at: Position(row: 0, column: 0), role: .text)
        #expect(s[0, 1].text == "中")
        #expect(s[0, 2].isContinuation)
        #expect(s.line(0) == "a中b")
    }

    @Test("writes are clipped to the screen and a wide character cut by the edge becomes a blank")
    func clipping() {
        var s = Screen(size: Size(width: 4, height: 1))
        s.write("abc中", at: Position(row: 0, column: 0), role: .text)
        #expect(s.line(0) == "abc")
        s.write("xyz", at: Position(row: 5, column: 0), role: .text)
        s.write("zz", at: Position(row: 0, column: -1), role: .text)
        #expect(s.line(0) == "zbc")
    }

    @Test("escape sequences, controls and bidi overrides in data never reach a cell")
    func sanitized() {
        var s = Screen(size: Size(width: 30, height: 1))
        s.write("Ann\u{1B}[2J\u{1B}]0;x\u{07}\u{202E}Lee\r\n\u{9B}31m", at: Position(row: 0, column: 0), role: .text)
        #expect(s.line(0) == "AnnLee")
        #expect(s[0, 6].text == " " && s[0, 7].text == " ")
        for c in s.cells { #expect(c.text.unicodeScalars.allSatisfy { !Sanitizer.isUnsafe($0) }) }
    }
}
