import Foundation
import Testing

/// Issue 11, item 10: a theme that cannot be loaded is said on the message line of the screen, not
/// only on stderr after the program has ended.
@Suite("Start-up notices in tmux", .serialized)
struct TmuxStartupNoticeTests {
    @Test("intake --theme with a theme that does not exist: the home screen opens and its message line says so")
    func badThemeOnTheMessageLine() throws {
        let pane = try ShellTmux(["home", "--theme", "no-such-theme"])
        defer { pane.close() }
        let screen = try pane.waitFor("Today's intakes")
        // the message line wraps a long message over the bottom rows (at most three)
        let bottom = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }.suffix(3)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(bottom.contains("Using the built-in theme"))
        #expect(bottom.contains("no-such-theme"))
    }
}
