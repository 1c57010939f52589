import Foundation
import PlainText
import Testing

/// Issue 14 item 3: the one width table agrees with the terminal for emoji and combining marks.
/// Each grapheme is sent to tmux as CursesTerminal sends it (its first scalar and the zero-width
/// marks after it; an emoji sequence shows as its first emoji), then a '|': the cursor must stand
/// where `DisplayWidth` says.
@Suite("Grapheme widths as tmux shows them", .serialized)
struct TmuxGraphemeWidthTests {
    static let samples: [Character] = ["e\u{301}", "中", "각", "😀", "👩‍⚕️", "⚕️", "❤️", "👍🏽", "🇩🇪", "é", "a\u{308}\u{323}"]

    /// What the terminal gets for a grapheme (CursesTerminal.wideChars).
    static func sent(_ grapheme: Character) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in grapheme.unicodeScalars {
            if scalars.isEmpty { scalars.append(scalar); continue }
            if scalar.value == 0x200D { continue }
            guard DisplayWidth.width(ofScalar: scalar) == 0, scalars.count < 5 else { break }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    @Test("the cursor after each grapheme stands where DisplayWidth says", arguments: samples)
    func terminalAgrees(_ grapheme: Character) throws {
        let octal = Array((Self.sent(grapheme) + "|").utf8).map { "\\" + String($0, radix: 8) }.joined()
        let pane = try TmuxDriver(command: "printf '\(octal)'; sleep 30", width: 40, height: 5, environment: ["LANG": "C.UTF-8"])
        defer { pane.stop() }
        try pane.waitFor("|")
        #expect(try pane.cursor().column == DisplayWidth.of(grapheme) + 1, "\(grapheme.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
