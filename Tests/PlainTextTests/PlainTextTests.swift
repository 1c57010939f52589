import Testing
import PlainText

@Suite("Display width, wrapping, truncating and sanitising, as the sheet uses them")
struct PlainTextTests {
    @Test("accented, Polish and combining letters are one column; CJK characters are two")
    func widths() {
        #expect(DisplayWidth.of("José Ángel Núñez") == 16)
        #expect(DisplayWidth.of("Małgorzata Wiśniewska") == 21)
        #expect(DisplayWidth.of("Jose\u{301}") == 4)
        #expect(DisplayWidth.of("山田 花子") == 9)
        #expect(DisplayWidth.of("김민준") == 6)
    }

    @Test("wrapping never exceeds the width and breaks CJK text between characters")
    func wrapping() {
        let lines = TextWrap.lines("张伟明张伟明张伟明张伟明", width: 7)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(lines.joined() == "张伟明张伟明张伟明张伟明")
        #expect(TextWrap.lines("one two three", width: 7) == ["one two", "three"])
    }

    @Test("truncation ends with an ellipsis and keeps within the width")
    func truncation() {
        #expect(Truncation.truncated("山田花子山田花子", toWidth: 7) == "山田花…")
        #expect(DisplayWidth.of(Truncation.truncated("Wiśniewska-Kowalczyk", toWidth: 10)) == 10)
        #expect(Truncation.truncated("short", toWidth: 10) == "short")
    }

    @Test("truncation at a word ends where a word ends, never inside one (Spanish runs longer)")
    func truncationAtWord() {
        #expect(Truncation.truncatedAtWord("Densitometría y análisis", toWidth: 21) == "Densitometría y…")
        #expect(Truncation.truncatedAtWord("Densitometría y análisis", toWidth: 24) == "Densitometría y análisis")
        #expect(Truncation.truncatedAtWord("Densitometría", toWidth: 6) == "Densi…", "a first word too wide is cut: something shows")
        #expect(Truncation.wholeWords("Edad: 76 años, dolor", toWidth: 13) == "Edad: 76")
        #expect(Truncation.wholeWords("Edad: 76 años", toWidth: 3) == "")
    }

    @Test("padding aligns by display width")
    func padding() {
        #expect(DisplayWidth.of(Truncation.padded("山田", toWidth: 10)) == 10)
        #expect(Truncation.padded("Ñ", toWidth: 3) == "Ñ  ")
    }

    @Test("escape sequences, C0/C1 controls and bidi controls are removed; tabs and newlines become spaces")
    func sanitising() {
        #expect(Sanitizer.collapsedLine("A\u{1B}[1;31mB\u{1B}[0m") == "AB")
        #expect(Sanitizer.collapsedLine("A\u{9B}31mB") == "AB")
        #expect(Sanitizer.collapsedLine("x\u{1B}]0;title\u{07}y") == "xy")
        #expect(Sanitizer.collapsedLine("a\u{202E}b\u{2066}c\u{200F}d") == "abcd")
        #expect(Sanitizer.collapsedLine("line\none\ttab\r\n") == "line one tab")
        #expect(Sanitizer.collapsedLine("\u{0}\u{7F}\u{85}ok") == "ok")
        #expect(Sanitizer.collapsedLine("שרה כהן") == "שרה כהן")
        #expect(Sanitizer.collapsedLine("👩‍⚕️") == "👩‍⚕️")
    }
}
