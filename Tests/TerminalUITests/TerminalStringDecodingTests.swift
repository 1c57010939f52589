import Testing
@testable import TerminalUI

/// Issue 12, item 6 (input): strings a terminal or a hostile paste sends (OSC, DCS, SOS, PM, APC)
/// and CSI sequences too long for any key are consumed whole; a paste or string whose end never
/// comes ends when input pauses, so it cannot swallow the keys typed after it (Ctrl-C included).
@Suite("Terminal strings, overlong CSI and unterminated pastes")
struct TerminalStringDecodingTests {
    func decode(_ s: String) -> [Key] {
        var d = KeyDecoder()
        return d.feed(bytes: Array(s.utf8)) + d.flushPendingEscape()
    }

    @Test("ESC ] 0;OWNED BEL types nothing; the key after it is read")
    func oscEndedByBell() {
        #expect(decode("\u{1B}]0;OWNED\u{07}a") == [.character("a")])
    }

    @Test("OSC, DCS, SOS, PM and APC ended by ST (ESC \\) type nothing")
    func stringsEndedBySTTypeNothing() {
        for introducer in ["]", "P", "X", "^", "_"] {
            #expect(decode("x\u{1B}\(introducer)1;OWNED\u{1B}\\y") == [.character("x"), .character("y")], "ESC \(introducer)")
        }
    }

    @Test("the 8-bit forms (U+0090, U+009D ... ended by U+009C) type nothing")
    func eightBitStrings() {
        #expect(decode("\u{9D}0;OWNED\u{9C}a\u{90}q\u{9C}b\u{9F}x\u{07}c") == [.character("a"), .character("b"), .character("c")])
    }

    @Test("an Esc inside a string that is not ST ends it and starts a key (an arrow here)")
    func escapeInsideString() {
        #expect(decode("\u{1B}]0;OWNED\u{1B}[A") == [.up])
    }

    @Test("CAN and SUB cancel a string")
    func cancelledString() {
        #expect(decode("\u{1B}]0;OW\u{18}a\u{1B}Pq\u{1A}b") == [.character("a"), .character("b")])
    }

    @Test("a CSI with more than 16 parameter bytes is consumed to its final byte; nothing of it is typed")
    func overlongCSI() {
        #expect(decode("\u{1B}[" + String(repeating: "9", count: 20) + "~a") == [.character("a")])
        #expect(decode("\u{1B}[" + String(repeating: "1;", count: 400) + "mb") == [.character("b")])
        #expect(decode("\u{1B}[1;5A") == [.up], "an ordinary CSI key still works")
    }

    @Test("an SS3 cut short by an Esc does not eat it: a paste after ESC O is still one paste (found by the key fuzzer, seed 2)")
    func cutSS3() {
        #expect(decode("\u{1B}O\u{1B}[200~AAA\u{1B}[201~") == [.paste("AAA")])
        #expect(decode("\u{1B}O\u{1B}[A") == [.up])
    }

    @Test("a string longer than the limit ends there")
    func stringLimit() {
        let body = String(repeating: "x", count: KeyDecoder.stringLimit)
        #expect(decode("\u{1B}]" + body + "a") == [.character("a")])
    }

    @Test("ESC[200~ without its end: the paste ends after a 1 s pause and Ctrl-C is a key again")
    func unterminatedPasteEndsWhenInputPauses() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: Array("\u{1B}[200~abc".utf8), at: 1.0) == [])
        #expect(d.escapeDeadline == 1.0 + KeyDecoder.unterminatedLimit)
        #expect(d.feed(bytes: [0x03], at: 1.5) == [], "within the pause a byte is still the paste's")
        #expect(d.advance(to: 2.4) == [])
        #expect(d.advance(to: 2.5) == [.paste("abc")])
        #expect(d.feed(bytes: [0x03], at: 2.6) == [.control("c")])
    }

    @Test("an unterminated paste cut in its end marker keeps the text, not the marker's start")
    func pasteCutInItsEndMarker() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: Array("\u{1B}[200~Ann\u{1B}[20".utf8), at: 0) == [])
        #expect(d.advance(to: 5) == [.paste("Ann")])
    }

    @Test("an unterminated OSC ends after a 1 s pause; the key after it is typed")
    func unterminatedStringEndsWhenInputPauses() {
        var d = KeyDecoder()
        #expect(d.feed(bytes: Array("\u{1B}]0;OWNED".utf8), at: 1.0) == [])
        #expect(d.isInsideString)
        #expect(d.feed(bytes: Array("a".utf8), at: 2.2) == [.character("a")])
        #expect(!d.isPending)
    }

    @Test("a long paste that keeps coming is not cut by the pause limit")
    func slowPasteStaysWhole() {
        var d = KeyDecoder()
        var keys = d.feed(bytes: Array("\u{1B}[200~".utf8), at: 0)
        for i in 0..<30 { keys += d.feed(bytes: Array("ab".utf8), at: Double(i) * 0.5) }
        keys += d.feed(bytes: Array("\u{1B}[201~".utf8), at: 15.2)
        #expect(keys == [.paste(String(repeating: "ab", count: 30))])
    }
}
