import Foundation
import Testing

/// The real `intake new` in tmux. Serialized: one full-screen program at a time.
@Suite("intake new in a real terminal (tmux)", .serialized)
struct TmuxNewIntakeTests {
    let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]
    var command: String { TmuxDriver.intakeBinary + " new" }

    @Test("at 80x24: the name field has focus and the cursor, typing and Tab fill the form, F10 finishes")
    func fillAt80x24() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let t = try TmuxDriver(command: command, width: 80, height: 24, environment: env)
        defer { t.stop() }
        try t.waitFor("Reason for visit")
        let start = try t.cursor()
        #expect(start.row == 2 && start.column == 26)
        try t.type("José Müller")
        try t.send("Tab")
        try t.type("1950-03-31")
        try t.send("Tab", "Space", "Down", "Down", "Down", "Space", "Tab", "Space", "Tab")
        try t.type("72")
        let screen = try t.waitFor("[72")
        #expect(screen.contains("[José Müller"))
        #expect(screen.contains("[1950-03-31]"))
        #expect(screen.contains("[x] Diabetes") && screen.contains("[x] Allergies"))
        #expect(screen.contains("(*) Yes"))
        let c = try t.cursor()
        #expect(c.row == 10 && c.column == 28) // after "72" in the weight box
        try t.send("Escape", "Escape")
        #expect(try t.screen().contains("Reason for visit")) // Esc never quits
        try t.send("F10")
        let after = try t.waitFor("EXIT=0")
        #expect(after.contains("Demo finished"))
    }

    @Test("at 120x40 with a side panel; resizing to 80x24, to a tiny window and back keeps input and focus")
    func resizeAt120x40() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let t = try TmuxDriver(command: command, width: 120, height: 40, environment: env)
        defer { t.stop() }
        try t.waitFor("About this screen")
        try t.type("Ann Lee")
        try t.send("Tab")
        try t.type("1950")
        try t.resize(width: 80, height: 24)
        var screen = try t.waitFor("[Ann Lee")
        #expect(!screen.contains("About this screen"))
        try t.resize(width: 20, height: 6)
        try t.waitFor("enlarge")
        try t.resize(width: 120, height: 40)
        screen = try t.waitFor("About this screen")
        #expect(screen.contains("[Ann Lee"))
        #expect(screen.contains("[1950"))
        try t.type("-03-31")
        #expect(try t.waitFor("[1950-03-31]").contains("[1950-03-31]"))
        try t.send("C-c")
        try t.waitFor("EXIT=0")
    }

    @Test("a bracketed paste with a newline and an escape sequence lands as plain text in one field")
    func paste() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let t = try TmuxDriver(command: command, width: 80, height: 24, environment: env)
        defer { t.stop() }
        try t.waitFor("Reason for visit")
        try t.paste("Ann\nLee\u{1B}[31m!")
        let screen = try t.waitFor("[Ann Lee!")
        #expect(screen.contains("> Full name"))
        try t.send("C-c")
        try t.waitFor("EXIT=0")
    }

    @Test("a malformed --theme file is reported with file, line and column and the default is used")
    func malformedTheme() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("osteo-theme-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.toml")
        try "name = \"bad\"\n[roles.focus\nfg = 3\n".write(to: file, atomically: true, encoding: .utf8)
        let t = try TmuxDriver(command: command + " --theme " + file.path, width: 100, height: 30, environment: env)
        defer { t.stop() }
        let screen = try t.waitFor("Reason for visit")
        #expect(screen.contains("bad.toml:2:"))
        #expect(screen.contains("Using the built-in theme: "))
        try t.send("C-c")
        try t.waitFor("EXIT=0")
    }

    @Test("at the end of input (a dropped link) the program exits at once instead of spinning")
    func endOfInput() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let t = try TmuxDriver(command: command + " < /dev/null", width: 80, height: 24, environment: env)
        defer { t.stop() }
        let screen = try t.waitFor("EXIT=0", timeout: 5)
        #expect(screen.contains("Demo closed"))
    }

    @Test("after SIGTSTP and SIGCONT the screen is repainted and nothing typed is lost")
    func suspendAndResume() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let t = try TmuxDriver(command: command, width: 80, height: 24, environment: env)
        defer { t.stop() }
        try t.waitFor("Reason for visit")
        try t.type("Ann")
        try t.waitFor("[Ann")
        let pid = try #require(try t.programPID())
        // Under tmux the program's process group is orphaned, so the kernel discards the stop
        // itself; the program still gives the terminal back and takes it again.
        kill(pid, SIGTSTP)
        Thread.sleep(forTimeInterval: 0.2)
        kill(pid, SIGCONT)
        try t.waitFor("Reason for visit")
        try t.type(" Lee")
        #expect(try t.waitFor("[Ann Lee").contains("> Full name"))
        try t.send("C-c")
        try t.waitFor("EXIT=0")
    }

    @Test("SIGTERM and SIGHUP end the program with the terminal restored")
    func signals() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        for signal in [SIGTERM, SIGHUP] {
            let t = try TmuxDriver(command: command, width: 80, height: 24, environment: env)
            defer { t.stop() }
            try t.waitFor("Reason for visit")
            let pid = try #require(try t.programPID())
            kill(pid, signal)
            let screen = try t.waitFor("EXIT=0")
            #expect(screen.contains("Demo closed"))
            #expect(!screen.contains("Reason for visit")) // back on the normal screen
        }
    }
}

@Suite("intake new where the terminal is odd")
struct OddTerminalTests {
    func run(_ args: [String], environment: [String: String], input: String = "") throws -> (status: Int32, out: String, err: String) {
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "TERM")
        for (k, v) in environment { env[k] = v }
        let r = try TmuxProcess.run([TmuxDriver.intakeBinary] + args, environment: env, input: input)
        return (r.status, r.output, r.error)
    }

    @Test("an unknown TERM gives one clear line and exit status 78")
    func unknownTerm() throws {
        let r = try run(["new"], environment: ["TERM": "foo"])
        #expect(r.status == 78)
        #expect(r.err == "intake: TERM 'foo' is not known to terminfo; try TERM=xterm-256color\n")
    }

    @Test("an unset TERM gives one clear line and exit status 78")
    func unsetTerm() throws {
        let r = try run(["new"], environment: [:])
        #expect(r.status == 78)
        #expect(r.err.contains("TERM is not set"))
    }

    @Test("TERM=dumb asks the questions line by line and validates the same way")
    func dumbTerminal() throws {
        let r = try run(["new"], environment: ["TERM": "dumb"], input: "Ann Lee\n1950-02-30\n1950-02-28\n")
        #expect(r.status == 0)
        #expect(r.out.contains("Full name (? for help)"))
        #expect(r.out.contains("Date of birth: not a date."))
        #expect(r.out.contains("Demo closed")) // input ended before the last question
    }
}
