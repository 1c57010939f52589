import Glibc
import Testing
@testable import PlainText

/// Issue 14 item 3: one width table, held to glibc's `wcwidth` (the function ncurses places
/// characters with) on every assigned code point where glibc knows the width.
@Suite("The width table agrees with glibc's wcwidth")
struct WidthTableTests {
    @Test("every assigned scalar glibc gives a width is that wide here")
    func agreesWithGlibc() throws {
        // C.UTF-8 for this thread only (uselocale): the other tests keep the process's locale.
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "no C.UTF-8 locale on this machine")
        let previous = uselocale(utf8)
        defer { uselocale(previous); freelocale(utf8) }
        // Glibc's Swift module leaves wcwidth out (it is an X/Open extension): look it up in libc.
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"), "no wcwidth in libc")
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
        var checked = 0
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let glibc = Int(wcwidth(wchar_t(value)))
            guard glibc >= 0 else { continue }  // controls and what glibc's Unicode has not got
            checked += 1
            let ours = DisplayWidth.width(ofScalar: scalar)
            if ours != glibc { disagreements.append(String(format: "U+%04X glibc %d here %d", value, glibc, ours)) }
        }
        #expect(checked > 250_000, "glibc knew only \(checked) scalars: not a UTF-8 wcwidth")
        #expect(disagreements.isEmpty, "\(disagreements.count) differ, e.g. \(disagreements.prefix(12)); run make-width-table.py")
    }

    @Test("a grapheme is as wide as the scalar the terminal is sent for it (tmux 3.3: ⚕️ and ❤️ are 1)")
    func graphemes() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)      // combining acute: one cell
        #expect(DisplayWidth.of("각" as Character) == 2)             // Hangul syllable
        #expect(DisplayWidth.of("\u{1100}\u{1161}" as Character) == 2)  // conjoining jamo: the lead's width
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👩‍⚕️" as Character) == 2)          // shown as 👩
        #expect(DisplayWidth.of("⚕️" as Character) == 1)             // text-presentation base, VS16 adds nothing
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)           // the modifier is left out
        #expect(DisplayWidth.of("\u{200D}" as Character) == 0)
    }
}
