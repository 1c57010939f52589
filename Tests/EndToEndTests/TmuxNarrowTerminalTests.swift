import Foundation
import Testing

/// Issue 12 item 1 on the real binary: with a field error holding 中 and the window resized to 12
/// columns or fewer, the program froze at 100% CPU and ignored SIGTERM. Now it answers at every
/// width, and SIGTERM given while it is narrow saves and exits 0.
@Suite("intake in a very narrow tmux window", .serialized)
struct TmuxNarrowTerminalTests {
    @Test("中 in a message, the window down to 1 column: it still answers, and SIGTERM saves and exits")
    func narrowWindowStillAnswers() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Zoë Wu")
        try pane.press("Tab", "C-f")
        try pane.type("中")
        try pane.press("Enter")
        try pane.waitFor("No field matches \"中\"")
        for width in [12, 9, 6, 3, 2, 1, 11] {
            try pane.resize(width: width, height: 24)
            pane.pause(0.3)
        }
        try pane.waitFor("enlarge", timeout: 10)  // drawn at 11 columns: the frame loop goes on
        let pid = try pane.intakePID()
        kill(pid, SIGTERM)
        try pane.waitForExit(of: pid, timeout: 10)
        try pane.resize(width: 80, height: 24)
        try pane.waitFor("INTAKE-EXIT:0")
        let id = try #require(try pane.listed().first?["id"] as? String)
        #expect(ShellTmuxTests.value("patient.name", in: try pane.exported(id)) as? String == "Zoë Wu")
        #expect(try pane.listed().first?["session"] as? String != "active", "the claim was released")
    }
}
