import Testing
@testable import PlainText
import IntakeTestSupport

@Suite("Wrapping text to a width")
struct TextWrapTests {
    @Test("plain ASCII is cut on bytes exactly where the grapheme walk cuts it")
    func asciiAgreesWithGraphemes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab cd  efghij\nklm nopqrstuvwxyz0123456789 .,;-")
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...90, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let width = Int.random(in: 1...24, using: &generator)
            #expect(TextWrap.printableASCIILines(text, width: width) == TextWrap.graphemeLines(text, width: width),
                    "\(text.debugDescription) at \(width)")
        }
    }

    @Test("words longer than the width are cut, spaces collapse, empty lines stay")
    func shapes() {
        #expect(TextWrap.lines("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(TextWrap.lines("a  b\n\nc", width: 10) == ["a b", "", "c"])
        #expect(TextWrap.lines("", width: 5) == [""])
        #expect(TextWrap.lines("señora Núñez", width: 6) == ["señora", "Núñez"])
    }

    @Test("ASCII width counts printable bytes; other text goes by graphemes")
    func widths() {
        #expect(DisplayWidth.of("T-score -2.7") == 12)
        #expect(DisplayWidth.of("a\u{7}b") == 2)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.asciiWidth("é") == nil)
    }

    @Test("every width from 1 to 12 ends, a grapheme wider than the width shows as a placeholder",
          arguments: 1...12)
    func alwaysAdvances(width: Int) throws {
        // Issue 12 item 1: "! 中" at width 1 never advanced and froze the program.
        let lines = try #require(Deadline.run { TextWrap.lines("! 中文字 名前 👩‍⚕️x", width: width) },
                                 "wrapping at width \(width) did not end")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(lines)")
        if width == 1 {
            #expect(lines == ["!"] + Array(repeating: TextWrap.placeholder, count: 6) + ["x"])
        } else {
            #expect(lines.joined().contains("中文字"))
        }
    }
}
