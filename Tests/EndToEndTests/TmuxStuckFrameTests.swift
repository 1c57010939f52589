import Foundation
import Testing

/// Issue 12 item 1: SIGTERM and SIGHUP end the desk even when a frame does not come back. Here the
/// frame waits on a printer (`lp` that never answers): before, SIGTERM crashed the program (the
/// read of lp's output was interrupted) and left the terminal raw with the patient on screen.
@Suite("intake in tmux: stopped while a frame hangs", .serialized)
struct TmuxStuckFrameTests {
    @Test("F5 with an lp that hangs, then SIGTERM: ended within seconds, exit 70, screen cleared, answers kept")
    func stopWhilePrinting() throws {
        let scratch = StoreScratch()
        let bin = scratch.path + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        let lp = scratch.file("bin/lp", "#!/bin/sh\nexec sleep 30\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lp)
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let pane = try ShellTmux(["new"], environment: ["PATH": path])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Zoe Wu")
        try pane.press("Tab")
        for _ in 0..<7 { try pane.press("C-n") }
        try pane.waitFor("F5 Print")
        try pane.press("F5")
        pane.pause(1)  // the frame is now waiting on lp
        let pid = try pane.intakePID()
        let stopped = Date()
        kill(pid, SIGTERM)
        try pane.waitForExit(of: pid, timeout: 12)
        #expect(Date().timeIntervalSince(stopped) < 10, "the watchdog's grace is 5 seconds")
        let screen = try pane.waitFor("INTAKE-EXIT:70")
        #expect(screen.contains("did not answer the stop signal"), "said on stderr")
        #expect(!screen.contains("Zoe Wu"), "the screen was cleared: no patient name left on it")
        let id = try #require(try pane.listed().first?["id"] as? String)
        #expect(ShellTmuxTests.value("patient.name", in: try pane.exported(id)) as? String == "Zoe Wu")
    }
}
