import Foundation
import Testing

/// Issue 11, item 10d and 10e: `intake home --accessible` (and `intake --accessible`) lists today's
/// intakes line by line and takes `new`, `open N`, `search TEXT`, `quit` from standard input, running
/// the line-by-line intake of the record chosen; `--idle-minutes` says its default once.
@Suite("intake home --accessible, line by line", .serialized)
struct HomeLineModeTests {
    let scratch = StoreScratch()

    var environment: [String: String] {
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_CONFIG_HOME": scratch.path + "/config"]
    }

    /// Today's local date, as the program dates a new intake.
    static var today: String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = .current
        format.dateFormat = "yyyy-MM-dd"
        return format.string(from: Date())
    }

    func run(_ arguments: [String], _ input: String) throws -> (status: Int32, out: String, err: String) {
        let run = try StreamRunner.run(arguments + ["--db", scratch.db], input: .pipe(input), environment: environment)
        #expect(!run.timedOut, "waited for more input")
        #expect(!run.wroteEscapes, "no terminal control sequence in line mode")
        return (run.status, String(decoding: run.stdout, as: UTF8.self), run.stderr)
    }

    @Test("it lists today's intakes (urgency, status, time, age, name; emergencies first), opens one by its number, comes back, searches, quits")
    func listOpenSearchQuit() throws {
        _ = try scratch.importRecord(StoreSamples.record(name: "Zoë Ångström", visitDate: Self.today), name: "zoe.json")
        let emergency = StoreSamples.record(name: "Emil Brandt", birthDate: "1941-06-30", visitDate: Self.today)
            .replacingOccurrences(of: "\"saddleNumbness\": false", with: "\"saddleNumbness\": true")
        _ = try scratch.importRecord(emergency, name: "emil.json")
        let (status, out, err) = try run(["home", "--accessible"], "open 2\n\nexit\nopen 9\nsearch zoe\nfrobnicate\nquit\n")
        #expect(status == 0, "\(err)")
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Today's intakes (\(Self.today))"), "\(out)")
        #expect(lines.contains { $0.hasPrefix("     Urgency      Status") })
        let first = try #require(lines.first { $0.hasPrefix("  1  ") }, "\(out)")
        #expect(first.hasPrefix("  1  EMERGENCY") && first.hasSuffix("Emil Brandt"), "emergencies first: \(first)")
        let second = try #require(lines.first { $0.hasPrefix("  2  ") }, "\(out)")
        #expect(second.contains("draft") && second.hasSuffix("Zoë Ångström"), "\(second)")
        #expect(second.range(of: #"\d\d:\d\d +\d+  Zoë"#, options: .regularExpression) != nil, "time and age: \(second)")
        // open 2 runs the line-by-line intake of Zoë's draft; exit comes back to the list
        #expect(out.contains("Step 1 of 8: Patient"), "\(out)")
        #expect(out.contains("[now: Zoë Ångström]"), "\(out)")
        #expect(out.contains("There is no intake 9 in the list; it has 2."), "\(out)")
        #expect(out.contains("Intakes matching \"zoe\""), "\(out)")
        #expect(out.contains("Not understood: \"frobnicate\""), "\(out)")
        #expect(lines.filter { $0.hasPrefix("Type new, open N") }.count >= 5)
    }

    @Test("`new` starts a draft dated today and asks its questions line by line; `intake --accessible` is the home list too")
    func newThenQuit() throws {
        let (status, out, err) = try run(["--accessible"], "new\n\nAda Lovelace\nexit\nquit\n")
        #expect(status == 0, "\(err)")
        #expect(out.contains("No intakes yet today."), "\(out)")
        #expect(out.contains("Step 1 of 8: Patient"), "\(out)")
        let list = try StoreBinaries.intake(["list", "--db", scratch.db], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("Ada Lovelace"), "the name typed is saved: \(list.stdout)")
        #expect(out.contains("  1  NOT SCREENED draft"), "the new draft is listed when the list comes back: \(out)")
    }

    @Test("the end of input ends it (exit 0); from a pipe without --accessible it is refused as before")
    func endOfInputAndRefusal() throws {
        let (status, out, _) = try run(["home", "--accessible"], "")
        #expect(status == 0)
        #expect(out.contains("Today's intakes"))
        let refused = try run(["home"], "quit\n")
        #expect(refused.status == 64)
        #expect(refused.err.contains("--accessible"), "\(refused.err)")
    }

    @Test("--idle-minutes help says its default once")
    func idleMinutesHelp() throws {
        let help = try StoreBinaries.intake(["home", "--help"], environment: environment)
        let text = help.stdout.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: #" +"#, with: " ",
                                                                                              options: .regularExpression)
        let option = try #require(text.range(of: "--idle-minutes <minutes> ").map { String(text[$0.upperBound...]) })
        let entry = String(option.prefix { $0 != "-" })
        #expect(entry.contains("(default: 5.0)"), "\(entry)")
        #expect(!entry.contains("default 5"), "said twice: \(entry)")
    }
}
