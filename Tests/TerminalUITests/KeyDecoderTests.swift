import Testing
@testable import TerminalUI

@Suite("Key decoding")
struct KeyDecoderTests {
    func decode(_ bytes: [UInt8]) -> [Key] {
        var d = KeyDecoder()
        return d.feed(bytes: bytes) + d.flushPendingEscape()
    }
    func decode(_ s: String) -> [Key] { decode(Array(s.utf8)) }

    @Test("UTF-8 text becomes characters, including accents and CJK")
    func text() {
        #expect(decode("aé中") == [.character("a"), .character("é"), .character("中")])
    }

    @Test("invalid UTF-8 bytes are dropped and the text around them survives")
    func invalidUTF8() {
        #expect(decode([0x61, 0xFF, 0xC3, 0x62, 0x80, 0xE4, 0xB8, 0xAD]) == [.character("a"), .character("b"), .character("中")])
    }

    @Test("arrows, Home/End and page keys in CSI and SS3 forms")
    func navigation() {
        #expect(decode("\u{1B}[A\u{1B}OB\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(decode("\u{1B}[H\u{1B}[F\u{1B}[1~\u{1B}[4~\u{1B}[5~\u{1B}[6~") == [.home, .end, .home, .end, .pageUp, .pageDown])
        #expect(decode("\u{1B}[1;5A") == [.up])
        #expect(decode("\u{1B}[Z") == [.backTab])
    }

    @Test("F1 to F12 in xterm, VT100 and Linux console forms")
    func functionKeys() {
        #expect(decode("\u{1B}OP\u{1B}OS\u{1B}[15~\u{1B}[21~\u{1B}[24~") == [.function(1), .function(4), .function(5), .function(10), .function(12)])
        #expect(decode("\u{1B}[[A") == [.function(1)])
    }

    @Test("Esc then a digit within the ESC delay is an F-key; Esc 0 is F10")
    func escDigit() {
        #expect(decode("\u{1B}1") == [.function(1)])
        #expect(decode("\u{1B}0") == [.function(10)])
        #expect(decode("\u{1B}5") == [.function(5)])
    }

    @Test("a lone Esc is only reported after the ESC delay")
    func loneEscape() {
        var d = KeyDecoder()
        #expect(d.feed(byte: 0x1B) == [])
        #expect(d.isWaitingAfterEscape)
        #expect(d.flushPendingEscape() == [.escape])
    }

    @Test("Ctrl and Alt combinations")
    func modifiers() {
        #expect(decode([0x01, 0x18, 0x07]) == [.control("a"), .control("x"), .control("g")])
        #expect(decode("\u{1B}x") == [.alt("x")])
        #expect(decode([0x09, 0x0D, 0x7F]) == [.tab, .enter, .backspace])
    }

    @Test("a bracketed paste is one event with controls and escape sequences removed")
    func paste() {
        let keys = decode("\u{1B}[200~Ann\u{1B}[31m Lee\u{07}\r\nline2\u{202E}x\u{1B}[201~")
        #expect(keys == [.paste("Ann Lee\nline2x")])
    }

    @Test("a paste over 64 KiB is refused as one event and input after it still works")
    func hugePaste() {
        let big = [UInt8](repeating: 0x41, count: 1 << 20)
        let keys = decode(Array("\u{1B}[200~".utf8) + big + Array("\u{1B}[201~".utf8) + [0x62])
        #expect(keys == [.pasteRefused(byteCount: 1 << 20), .character("b")])
    }

    @Test("bidi overrides and C1 controls typed are dropped")
    func bidiTyped() {
        #expect(decode("a\u{202E}b\u{2066}c") == [.character("a"), .character("b"), .character("c")])
        #expect(decode([0xC2, 0x9B, 0x61]) == [.character("a")])
    }
}
