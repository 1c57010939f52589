import Foundation
import Testing

/// Screen commands never type piped text into a record and never draw into a file: without a
/// terminal on standard input or output they refuse in one line (exit 64) before anything is
/// opened or saved; line by line only with --accessible.
@Suite("screen commands without a terminal", .serialized)
struct ScreenWithoutTerminalTests {
    let scratch = StoreScratch()
    let terminal = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

    /// The record as `intake export` writes it (sorted keys, so the same record gives the same text).
    func exported(_ id: String) throws -> String {
        let result = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test("printf 'exit\\n' | intake open ID: refused in one line, exit 64, the record unchanged")
    func openFromPipe() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let before = try exported(id)
        let run = try StreamRunner.run(["open", "--db", scratch.db, id], input: .pipe("exit\n"), environment: terminal)
        #expect(!run.timedOut)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("intake open: standard input is not a terminal; the intake screens need one"),
                "\(run.stderr)")
        #expect(run.stderr.contains("--accessible"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!run.stderr.contains("Zoë"))
        #expect(run.stdout.isEmpty)
        #expect(try exported(id) == before)
    }

    @Test("intake open ID > file: refused, exit 64, no escape byte in the file, the record unchanged")
    func openIntoFile() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let before = try exported(id)
        let run = try StreamRunner.run(["open", "--db", scratch.db, id], input: .terminal, environment: terminal)
        #expect(!run.timedOut)
        #expect(run.status == 64)
        #expect(run.stderr == "intake open: standard output is not a terminal; the intake screens need one "
                + "(nothing was saved). Use 'intake export ID' to write a record to a file.\n")
        #expect(!run.wroteEscapes)
        #expect(run.stdout.isEmpty)
        #expect(try exported(id) == before)
    }

    @Test("home, new and kiosk from a pipe or into a file are refused and create no database",
          arguments: [["home"], ["new"], ["kiosk"]])
    func nothingCreated(arguments: [String]) throws {
        for input in [StreamRunner.Input.pipe("Ann\n"), .terminal] {
            let run = try StreamRunner.run(arguments + ["--db", scratch.db], input: input, environment: terminal)
            #expect(!run.timedOut)
            #expect(run.status == 64, "\(arguments) \(input): \(run.stderr)")
            #expect(run.stderr.hasPrefix("intake \(arguments[0]): standard "), "\(run.stderr)")
            #expect(!run.wroteEscapes)
            #expect(!FileManager.default.fileExists(atPath: scratch.db))
        }
    }

    @Test("TERM=dumb from a pipe is refused too; with --accessible the lines are answers, and 'exit' only leaves")
    func lineModeOnlyWhenAsked() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let before = try exported(id)
        let dumb = try StreamRunner.run(["open", "--db", scratch.db, id], input: .pipe("exit\n"), environment: ["TERM": "dumb"])
        #expect(dumb.status == 64)
        #expect(dumb.stderr.contains("standard input is not a terminal"))
        #expect(try exported(id) == before)
        let asked = try StreamRunner.run(["open", "--db", scratch.db, id, "--accessible"], input: .pipe("exit\n"),
                                         environment: terminal)
        #expect(asked.status == 0, "\(asked.stderr)")
        #expect(String(decoding: asked.stdout, as: UTF8.self).contains("Step 1 of 8: Patient"))
        #expect(!asked.wroteEscapes)
        #expect(try exported(id) == before)
    }

    @Test("the demo, which saves nothing, asks line by line from a pipe and refuses to draw into a file")
    func demo() throws {
        let piped = try StreamRunner.run(["demo"], input: .pipe("Ann Lee\n"), environment: terminal)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(String(decoding: piped.stdout, as: UTF8.self).contains("Full name (? for help)"))
        #expect(!piped.wroteEscapes)
        let intoFile = try StreamRunner.run(["demo"], input: .terminal, environment: terminal)
        #expect(intoFile.status == 64)
        #expect(intoFile.stderr == "intake demo: standard output is not a terminal; the intake screens need one "
                + "(nothing was saved). Run it in a terminal.\n")
        #expect(intoFile.stdout.isEmpty)
    }

    @Test("in tmux: printf 'exit\\n' | intake open ID shows the refusal on the screen and leaves the record")
    func openFromPipeInTmux() throws {
        try #require(TmuxDriver.isAvailable, "tmux is needed (.ci/run installs it)")
        let id = try scratch.importRecord(StoreSamples.record())
        let before = try exported(id)
        let quote = { (s: String) in "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = "printf 'exit\\n' | env TERM=xterm-256color LANG=C.UTF-8 "
            + [StoreBinaries.url("intake").path, "open", "--db", scratch.db, id].map(quote).joined(separator: " ")
        let pane = try TmuxDriver(command: command, width: 80, height: 24)
        defer { pane.stop() }
        let screen = try pane.waitFor("EXIT=")
        #expect(screen.contains("intake open: standard input is not a terminal;"), "\(screen)")
        #expect(screen.contains("EXIT=64"), "\(screen)")
        #expect(try exported(id) == before)
    }
}
