import Testing
@testable import TerminalUI

@Suite("Terminals whose locale is not UTF-8")
struct TerminalCharsetTests {
    /// "Müller Zoë" as a Latin-1 terminal sends it.
    static let latin1Name: [UInt8] = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x5A, 0x6F, 0xEB]

    func typed(_ bytes: [UInt8], charset: TerminalCharset) -> String {
        var d = KeyDecoder(charset: charset)
        let keys = d.feed(bytes: bytes) + d.flushPendingEscape()
        return String(keys.compactMap { if case .character(let c) = $0 { c } else { nil } })
    }

    @Test("the codeset names of nl_langinfo and of locale names give the charset; C is UTF-8 or Latin-1")
    func codesets() {
        #expect(TerminalCharset(codeset: "UTF-8") == .utf8)
        #expect(TerminalCharset(codeset: "utf8") == .utf8)
        #expect(TerminalCharset(codeset: "ISO-8859-1") == .latin1)
        #expect(TerminalCharset(codeset: "ISO-8859-15") == .latin9)
        #expect(TerminalCharset(codeset: "ANSI_X3.4-1968") == .utf8OrLatin1)
        #expect(TerminalCharset(localeName: "de_DE.ISO-8859-15@euro") == .latin9)
        #expect(TerminalCharset(localeName: "de_DE.UTF-8") == .utf8)
        #expect(TerminalCharset(localeName: "C") == .utf8OrLatin1)
        #expect(TerminalCharset(localeName: "POSIX") == .utf8OrLatin1)
    }

    @Test("Latin-1 bytes for Müller Zoë are that name in a Latin-1 or C locale")
    func latin1Name() {
        #expect(typed(Self.latin1Name, charset: .latin1) == "Müller Zoë")
        // in C the last byte (ë, a UTF-8 lead byte) is read once the next key shows it is not UTF-8
        #expect(typed(Self.latin1Name + [0x09], charset: TerminalCharset(codeset: "ANSI_X3.4-1968")) == "Müller Zoë")
        #expect(typed(Self.latin1Name, charset: .latin9) == "Müller Zoë")
        #expect(typed([0xA4, 0xBD], charset: .latin9) == "€œ")
    }

    @Test("keys typed after a byte that is not UTF-8 are not lost, in any charset")
    func burstAfterInvalidByte() {
        let burst: [UInt8] = [0xFC] + Array("ller\tZo".utf8) + [0x1B, 0x5B, 0x41] + Array("ab".utf8)
        var d = KeyDecoder(charset: .latin1)
        #expect(d.feed(bytes: burst) + d.flushPendingEscape()
            == [.character("ü"), .character("l"), .character("l"), .character("e"), .character("r"), .tab,
                .character("Z"), .character("o"), .up, .character("a"), .character("b")])
        var u = KeyDecoder(charset: .utf8)
        #expect(u.feed(bytes: burst) + u.flushPendingEscape()
            == [.character("l"), .character("l"), .character("e"), .character("r"), .tab,
                .character("Z"), .character("o"), .up, .character("a"), .character("b")])
    }

    @Test("text is shown in the terminal's charset; a character it has not is a stand-in, said once")
    func output() {
        #expect(TerminalCharset.latin1.encode("Müller Zoë") == (Self.latin1Name, false))
        #expect(TerminalCharset.latin1.encode("Zoë 中 €") == ([0x5A, 0x6F, 0xEB, 0x20, 0x3F, 0x20, 0x3F], true))
        #expect(TerminalCharset.latin9.encode("€¤") == ([0xA4, 0x3F], true))
        #expect(TerminalCharset.utf8.encode("中") == (Array("中".utf8), false))
    }

    @Test("the C locale: UTF-8 from a UTF-8 terminal and Latin-1 from a Latin-1 one are both read as typed")
    func cLocaleReadsBoth() {
        let c = TerminalCharset.utf8OrLatin1
        #expect(typed(Array("Müller Zoë\t".utf8), charset: c) == "Müller Zoë")
        #expect(typed(Self.latin1Name + [0x09], charset: c) == "Müller Zoë")
        #expect(c.encode("Müller 中") == (Array("Müller 中".utf8), false), "shown as UTF-8")
        #expect(c.decode(Array("Müller Zoë".utf8)) == "Müller Zoë")
        #expect(c.decode(Self.latin1Name) == "Müller Zoë")
    }

    @Test("line mode text read in the terminal's charset")
    func decodeLines() {
        #expect(TerminalCharset.latin1.decode(Self.latin1Name) == "Müller Zoë")
        #expect(TerminalCharset.utf8.decode(Array("Müller Zoë".utf8)) == "Müller Zoë")
    }
}
