import Testing
@testable import TerminalUI

@Suite("Accessible line mode")
struct LineModeTests {
    final class Script {
        var lines: [String]
        var output: [String] = []
        init(_ lines: [String]) { self.lines = lines }
        func read() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    func run(_ lines: [String]) -> (FormView, Script, Bool) {
        let script = Script(lines)
        var form = Sample.form()
        let mode = LineMode(readLine: script.read, write: { script.output.append($0) })
        let done = mode.run(&form)
        return (form, script, done)
    }

    @Test("asks the same questions one per line with the same validation")
    func sameQuestions() {
        let (form, script, done) = run(["Ann Lee", "1950-02-30", "1950-02-28", "1,4", "2", "160 lb", ""])
        #expect(done)
        #expect(form.value(of: "name") == .text("Ann Lee"))
        #expect(form.value(of: "dob") == .text("1950-02-28"))
        #expect(form.value(of: "conditions") == .checked([0, 3]))
        #expect(form.value(of: "insured") == .choice(1))
        #expect(form.value(of: "weight") == .quantity("160", unit: "lb"))
        #expect(script.output.contains("Date of birth: not a date. Type it as YYYY-MM-DD, for example 1950-03-31."))
        #expect(script.output.contains("  2. No"))
    }

    @Test("? shows the field's help and asks again")
    func help() {
        let (form, script, _) = run(["?", "Ann"])
        #expect(script.output.contains("As on the ID card."))
        #expect(form.value(of: "name") == .text("Ann"))
    }

    @Test("a required field keeps asking, and the end of input stops cleanly")
    func endOfInput() {
        let (_, script, done) = run(["", "  "])
        #expect(!done)
        #expect(script.output.filter { $0.hasPrefix("Full name (") }.count == 3)
        #expect(script.output.filter { $0 == "Full name: this answer is needed." }.count == 2)
    }

    @Test("control characters in answers are removed before they are kept or shown")
    func hostile() {
        let (form, _, _) = run(["Ann\u{1B}[2J\u{202E}Lee"])
        #expect(form.value(of: "name") == .text("AnnLee"))
    }
}
