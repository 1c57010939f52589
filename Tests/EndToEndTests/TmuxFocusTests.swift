import Foundation
import Testing

/// Issue 11, item 3, on the real binary: an answer is set only on an option the person can see.
@Suite("The focus in a real terminal (tmux)", .serialized)
struct TmuxFocusTests {
    @Test("80x24, History: 30 x Down in the long-term conditions, then Space: the ticked option is on the pane, under the cursor, in reverse video")
    func conditionsChecklistAt80x24() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("C-n")
        try pane.waitFor("Step 2 of 8: History")
        try pane.press("C-f")
        try pane.type("Long-term conditions")
        try pane.press("Enter")
        try pane.waitFor("[ ] Rheumatoid arthritis")
        for _ in 0..<30 { try pane.press("Down") }
        try pane.press("Space")
        let option = "[x] Swallowing problem"  // option 31, "oesophageal disorder"
        let screen = try pane.waitFor(option)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains(option) })
        #expect(try pane.cursor().row == row)
        let styled = pane.styledScreen.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(styled.count > row)
        #expect(Self.isReverse(at: option, in: String(styled[row])), "not in reverse video: \(styled[row].debugDescription)")
        #expect(!Self.isReverse(at: "[ ] ", in: String(styled[row - 1])), "the row above is highlighted too")
    }

    /// Whether the text at the first `needle` of a line captured with `capture-pane -e` is drawn in
    /// reverse video: the SGR sequences before it are replayed (38/48 colour arguments skipped).
    static func isReverse(at needle: String, in line: String) -> Bool {
        guard let end = line.range(of: needle)?.lowerBound else { return false }
        var reverse = false
        var rest = line[line.startIndex..<end]
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let m = rest.firstIndex(where: { !"0123456789;:".contains($0) }) else { break }
            let isSGR = rest[m] == "m"
            var parameters = rest[rest.startIndex..<m].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            rest = rest[rest.index(after: m)...]
            guard isSGR else { continue }
            if parameters.isEmpty { parameters = [0] }
            var index = 0
            while index < parameters.count {
                switch parameters[index] {
                case 0, 27: reverse = false
                case 7: reverse = true
                case 38, 48: index += parameters.indices.contains(index + 1) && parameters[index + 1] == 2 ? 4 : 2
                default: break
                }
                index += 1
            }
        }
        return reverse
    }
}
