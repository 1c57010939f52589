import Foundation
import Testing

/// Issue 13, item 6: `intake resume ID` opens on the field last edited, line by line as on the
/// screen.
@Suite("intake resume --accessible starts where the clerk left off", .serialized)
struct LineModeResumeTests {
    let scratch = StoreScratch()

    var environment: [String: String] {
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_CONFIG_HOME": scratch.path + "/config"]
    }

    func run(_ arguments: [String], _ input: String) throws -> String {
        let run = try StreamRunner.run(arguments + ["--db", scratch.db], input: .pipe(input), environment: environment)
        #expect(!run.timedOut, "waited for more input")
        #expect(run.status == 0, "\(run.stderr)")
        return String(decoding: run.stdout, as: UTF8.self)
    }

    @Test("name and date of birth typed, exit; resume asks the date of birth first, with its answer, and keeps the name")
    func resumeAsksTheLastEditedQuestionFirst() throws {
        _ = try run(["new", "--accessible"], "\nAda Lovelace\n\n1950-02-03\nexit\n")
        let list = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"], environment: environment)
        let id = try #require(list.stdout.range(of: #"[A-Z0-9]{4}-[A-Z0-9]{4}"#, options: .regularExpression)
            .map { String(list.stdout[$0]) }, "\(list.stdout)")
        let out = try run(["resume", id, "--accessible"], "\nexit\n")
        let lines = out.split(separator: "\n").map(String.init)
        let firstQuestion = try #require(lines.firstIndex { $0.hasPrefix("Step 1 of 8") }.map { lines[$0 + 1] }, "\(out)")
        #expect(firstQuestion == "Date of birth [now: 3 February 1950, age 76]", "\(out)")
        #expect(!out.contains("Full name"), "the name, typed before, is not asked again: \(out)")
    }
}
