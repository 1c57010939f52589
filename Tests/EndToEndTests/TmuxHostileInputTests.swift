import Foundation
import Testing

/// Issue 12, item 6 (input), in a real pane: an OSC title, a DCS, an APC and a CSI too long for
/// any key sent into a field type nothing; a bracketed paste whose end never comes stops
/// swallowing keys after a second, so Ctrl-C works again.
@Suite("Hostile input bytes in tmux", .serialized)
struct TmuxHostileInputTests {
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test("ESC ] 0;OWNED BEL, a DCS, an APC and ESC[ + 20 nines + ~ type nothing into the name")
    func terminalStringsTypeNothing() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Ana")
        try pane.send(bytes: Self.bytes("\u{1B}]0;OWNED\u{07}"))
        try pane.send(bytes: Self.bytes("\u{1B}[" + String(repeating: "9", count: 20) + "~"))
        try pane.send(bytes: Self.bytes("\u{1B}Pq#0;2;0;0;0\u{1B}\\\u{1B}_APC\u{1B}\\"))
        try pane.type("B")
        let shown = try pane.waitFor("[AnaB")
        #expect(!shown.contains("OWNED") && !shown.contains("999") && !shown.contains("APC"), "\(shown)")
    }

    @Test("ESC[200~ without ESC[201~: after a second the paste ends, keys are typed and Ctrl-C leaves")
    func unterminatedPasteLetsKeysThrough() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.send(bytes: Self.bytes("\u{1B}[200~Ana"))
        pane.pause(1.3)
        try pane.type("B")
        try pane.waitFor("[AnaB")
        try pane.send(bytes: Self.bytes("\u{1B}[200~x"))
        pane.pause(1.3)
        try pane.press("C-c")
        try pane.waitFor("Today's intakes")
    }
}
