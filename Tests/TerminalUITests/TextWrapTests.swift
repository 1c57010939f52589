import Testing
@testable import TerminalUI

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
            #expect(TextView.wrapPrintableASCII(text, width: width) == TextView.wrapGraphemes(text, width: width),
                    "\(text.debugDescription) at \(width)")
        }
    }

    @Test("words longer than the width are cut, spaces collapse, empty lines stay")
    func shapes() {
        #expect(TextView.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(TextView.wrap("a  b\n\nc", width: 10) == ["a b", "", "c"])
        #expect(TextView.wrap("", width: 5) == [""])
        #expect(TextView.wrap("señora Núñez", width: 6) == ["señora", "Núñez"])
    }

    @Test("ASCII width counts printable bytes; other text goes by graphemes")
    func widths() {
        #expect(DisplayWidth.of("T-score -2.7") == 12)
        #expect(DisplayWidth.of("a\u{7}b") == 2)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.asciiWidth("é") == nil)
    }
}
