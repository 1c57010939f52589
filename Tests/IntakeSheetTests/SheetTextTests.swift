import Testing
@testable import IntakeSheet

@Suite("Display width, wrapping and sanitising")
struct SheetTextTests {
    @Test("accented, Polish and combining letters are one column; CJK characters are two")
    func widths() {
        #expect(SheetText.width("José Ángel Núñez") == 16)
        #expect(SheetText.width("Małgorzata Wiśniewska") == 21)
        #expect(SheetText.width("Jose\u{301}") == 4)
        #expect(SheetText.width("山田 花子") == 9)
        #expect(SheetText.width("김민준") == 6)
    }

    @Test("wrapping never exceeds the width and breaks CJK text between characters")
    func wrapping() {
        let lines = SheetText.wrapped("张伟明张伟明张伟明张伟明", to: 7)
        #expect(lines.allSatisfy { SheetText.width($0) <= 7 })
        #expect(lines.joined() == "张伟明张伟明张伟明张伟明")
        #expect(SheetText.wrapped("one two three", to: 7) == ["one two", "three"])
    }

    @Test("truncation ends with an ellipsis and keeps within the width")
    func truncation() {
        #expect(SheetText.truncated("山田花子山田花子", to: 7) == "山田花…")
        #expect(SheetText.width(SheetText.truncated("Wiśniewska-Kowalczyk", to: 10)) == 10)
        #expect(SheetText.truncated("short", to: 10) == "short")
    }

    @Test("padding aligns by display width")
    func padding() {
        #expect(SheetText.width(SheetText.padded("山田", to: 10)) == 10)
        #expect(SheetText.padded("Ñ", to: 3) == "Ñ  ")
    }

    @Test("escape sequences, C0/C1 controls and bidi controls are removed; tabs and newlines become spaces")
    func sanitising() {
        #expect(SheetText.sanitised("A\u{1B}[1;31mB\u{1B}[0m") == "AB")
        #expect(SheetText.sanitised("A\u{9B}31mB") == "AB")
        #expect(SheetText.sanitised("x\u{1B}]0;title\u{07}y") == "xy")
        #expect(SheetText.sanitised("a\u{202E}b\u{2066}c\u{200F}d") == "abcd")
        #expect(SheetText.sanitised("line\none\ttab\r\n") == "line one tab")
        #expect(SheetText.sanitised("\u{0}\u{7F}\u{85}ok") == "ok")
        #expect(SheetText.sanitised("שרה כהן") == "שרה כהן")
        #expect(SheetText.sanitised("👩‍⚕️") == "👩‍⚕️")
    }
}
