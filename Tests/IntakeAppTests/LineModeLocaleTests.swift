import Glibc
import Testing
import TerminalUI
@testable import IntakeApp

/// Issue 13, item 5: line mode on a terminal whose locale is not UTF-8.
@Suite("Line mode in a Latin-1 locale")
struct LineModeLocaleTests {
    /// Reads every line of `bytes` with the standard input reader in `charset`.
    func lines(_ bytes: [UInt8], charset: TerminalCharset) -> [String] {
        var buffer = bytes
        return buffer.withUnsafeMutableBytes { raw -> [String] in
            guard let file = fmemopen(raw.baseAddress, raw.count, "r") else { return [] }
            defer { fclose(file) }
            var reader = StandardInputReader(charset: charset, file: file)
            var out: [String] = []
            while let line = reader.readLine(for: .staffName) { out.append(line) }
            return out
        }
    }

    @Test("the reader reads Müller Zoë from Latin-1 bytes in a Latin-1 or C locale, not U+FFFD")
    func latin1Name() {
        let typed: [UInt8] = [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x20, 0x5A, 0x6F, 0xEB, 0x0D, 0x0A, 0x79, 0x65, 0x73]
        #expect(lines(typed, charset: .latin1) == ["Müller Zoë", "yes"])
        #expect(lines(typed, charset: TerminalCharset(codeset: "ANSI_X3.4-1968")) == ["Müller Zoë", "yes"])
        #expect(lines(Array("Müller Zoë\n".utf8), charset: .utf8) == ["Müller Zoë"])
    }
}
