import Foundation
import Testing

/// Issue 13, item 6, on the real binary: `intake resume ID` opens where the clerk left off.
@Suite("Resume where the clerk left off (tmux)", .serialized)
struct TmuxResumeTests {
    @Test("80x24: a birth date typed, the program quit; 'intake resume ID' opens with the cursor in that field")
    func resumeOnBirthDate() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Maria Lopez")
        try pane.press("Tab")
        pane.pause(0.15)
        try pane.press("Tab")
        try pane.type("1950-03-04")
        try pane.press("Tab")   // leaves the birth date: committed and audited
        pane.pause(0.3)
        try pane.press("C-c")   // leaves the record
        try pane.waitFor("+ New intake")
        try pane.press("C-c")   // quits
        try pane.waitFor("INTAKE-EXIT:0")
        let id = try #require(try pane.listed().first?["id"] as? String)

        let resumed = try ShellTmux(["resume", id], environment: ["INTAKE_DB": pane.databasePath])
        defer { resumed.close() }
        let screen = try resumed.waitFor("Step 1 of 8: Patient")
        _ = try resumed.waitFor("1950-03-04")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("1950-03-04") }, "\(screen)")
        #expect(try resumed.cursor().row == row, "the cursor is not in the birth date:\n\(screen)")
        try resumed.press("C-c")
        try resumed.waitFor("+ New intake")
    }
}
