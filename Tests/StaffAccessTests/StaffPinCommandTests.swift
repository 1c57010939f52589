import Catalog
import Foundation
import StaffAccess
import Testing

@Suite("intake staff-pin: a piped PIN in, a [[staff.pins]] block out")
struct StaffPinCommandTests {
    func intake() throws -> String {
        try #require(CommandRunner.intake, "the intake binary was not found beside the tests or in .build/debug").path
    }

    @Test("the printed block, pasted under [staff] in a clinic.toml, lets the PIN sign in")
    func pipedPIN() throws {
        let run = try CommandRunner.run(try intake(), ["staff-pin", "--login", "jm", "--name", "J. Martin"], input: "2468\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.prefix(3) == ["[[staff.pins]]", "login = \"jm\"", "name = \"J. Martin\""])
        #expect(lines.last?.hasPrefix("hash = \"$y$") == true)
        #expect(!run.stdout.contains("2468"))

        let folder = try StaffSettingsTests.ConfigFolder("name = \"Riverside\"\n[staff]\npam = false\n" + run.stdout)
        defer { folder.done() }
        let (authenticator, problems) = StaffAccessConfiguration.load(environment: folder.environment, language: .english)
        #expect(problems == [])
        #expect(authenticator.authenticate(login: "jm", secret: "2468") == StaffMember(login: "jm", name: "J. Martin"))
        #expect(authenticator.authenticate(login: "jm", secret: "2467") == nil)
    }

    @Test("without --name the login is the name; a CR LF line ending is not part of the PIN")
    func defaultName() throws {
        let run = try CommandRunner.run(try intake(), ["staff-pin", "--login", "ak"], input: "abcd\r\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let entries = StaffAccessConfiguration.parse("[staff]\n" + run.stdout, file: "c", language: .english).configuration.pins
        #expect(entries.map(\.name) == ["ak"])
        #expect(PINList(entries).authenticate(login: "ak", secret: "abcd") != nil)
    }

    @Test("a short PIN, no PIN, or a login with a space prints nothing and fails, saying why")
    func refusals() throws {
        let short = try CommandRunner.run(try intake(), ["staff-pin", "--login", "jm"], input: "246\n")
        #expect(short.status != 0)
        #expect(short.stdout == "")
        #expect(short.stderr == "intake staff-pin: a PIN must be at least 4 characters\n")

        let none = try CommandRunner.run(try intake(), ["staff-pin", "--login", "jm"], input: "")
        #expect(none.status != 0)
        #expect(none.stdout == "")
        #expect(none.stderr == "intake staff-pin: no PIN on standard input\n")

        let spaced = try CommandRunner.run(try intake(), ["staff-pin", "--login", "j m"], input: "2468\n")
        #expect(spaced.status != 0)
        #expect(spaced.stdout == "")
        #expect(spaced.stderr.contains("--login must be one word"))
    }
}
