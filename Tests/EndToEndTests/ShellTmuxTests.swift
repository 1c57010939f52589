import Foundation
import Testing

/// The real `intake` binary in tmux: typed in, finished, signed, hung up, killed, resized.
/// Serialized: tmux panes and the two cores are shared.
@Suite("intake in tmux", .serialized)
struct ShellTmuxTests {
    /// One step of the scripted intake: keys (tmux names, or text to type) and the record
    /// fields (JSON paths) that are certainly committed once the step is done.
    struct Step {
        /// Pressed before `text` is typed.
        var lead: [String] = []
        var keys: [String] = []
        var text: String?
        var committed: [String] = []
    }

    /// A short new intake in the order of the screens (record fields the keys commit).
    static let script: [Step] = [
        Step(lead: ["Tab"], text: "Maria Lopez"),   // past Preferred language, the first question
        Step(keys: ["Tab"], committed: ["patient.name"]),
        Step(keys: ["Tab"]),
        Step(text: "1950-03-04"),
        Step(keys: ["Tab"], committed: ["patient.birthDate"]),
        Step(keys: ["Space"], committed: ["patient.sex"]),
        Step(keys: ["PgDn"]),
        Step(text: "160"),
        Step(keys: ["Tab"], committed: ["body.height"]),
        Step(text: "60"),
        Step(keys: ["Tab"], committed: ["body.weight"]),
    ]

    func run(_ steps: ArraySlice<Step>, on pane: ShellTmux) throws {
        for step in steps {
            for key in step.lead { try pane.press(key) }
            if let text = step.text { try pane.type(text) }
            for key in step.keys { try pane.press(key) }
            pane.pause(0.15)
        }
    }

    static func value(_ path: String, in record: [String: Any]) -> Any? {
        var node: Any? = record
        for part in path.split(separator: ".") { node = (node as? [String: Any])?[String(part)] }
        return node
    }

    @Test("A new intake typed in, finished and signed; the summary is read off the pane")
    func newIntakeToSummary() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try run(Self.script[...], on: pane)
        try pane.press("F10")                       // jumps to the first error: menopause status
        try pane.press("Down", "Down", "Space")     // no periods for 12 months or more
        try pane.press("F10")                       // jumps to the symptoms
        try pane.waitFor("Step 4 of 8: Symptoms")
        try pane.press("C-f")                       // jump to the pain score by caption
        try pane.type("Pain now")
        try pane.press("Enter")
        try pane.type("6")
        try pane.press("Tab", "Tab")
        try pane.type("10")
        try pane.press("Tab", "Space", "Tab", "Space")
        try pane.press("F10")                       // no red-flag answer: it asks first
        let question = try pane.waitFor("Red flags: 15 questions not asked.")
        #expect(question.contains("F10 again: finish anyway"))
        try pane.press("F10")
        let summary = try pane.waitFor("Sign the intake")
        #expect(summary.contains("Step 8 of 8: Review"))
        #expect(summary.contains("Urgency: URGENT"))
        #expect(summary.contains("RF-FX"))
        try pane.signIn()
        try pane.waitFor("Signed by J. Martin")
        try pane.press("C-c")                       // leave the record: home
        try pane.waitFor("Today's intakes")
        #expect(pane.screen.contains("signed"))
        try pane.press("C-c")
        try pane.waitFor("INTAKE-EXIT:0")
        let listed = try pane.listed()
        #expect(listed.count == 1)
        #expect(listed.first?["status"] as? String == "signed")
        let record = try pane.exported(try #require(listed.first?["id"] as? String))
        #expect(Self.value("symptoms.painScore", in: record) as? Int == 6)
        #expect(Self.value("history.menopause.status", in: record) as? String == "postmenopausal")
    }

    @Test("SIGHUP saves the field being typed, restores the terminal and exits 0")
    func hangUpSaves() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try run(Self.script[0..<4], on: pane)       // the birth date typed, not yet left
        kill(try pane.intakePID(), SIGHUP)
        try pane.waitFor("INTAKE-EXIT:0")
        let id = try #require(try pane.listed().first?["id"] as? String)
        let record = try pane.exported(id)
        #expect(Self.value("patient.name", in: record) as? String == "Maria Lopez")
        #expect(Self.value("patient.birthDate", in: record) as? String == "1950-03-04")
        #expect(try pane.listed().first?["session"] as? String != "active", "the claim was released")
    }

    @Test("kill -9 at random moments of a scripted intake: every field committed before the kill is stored")
    func killNineKeepsCommittedFields() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3 {
            let stop = Int.random(in: 1...Self.script.count, using: &generator)
            let pane = try ShellTmux(["new"])
            defer { pane.close() }
            try pane.waitFor("Step 1 of 8: Patient")
            try run(Self.script[0..<stop], on: pane)
            pane.pause(0.3)
            let pid = try pane.intakePID()
            kill(pid, SIGKILL)
            try pane.waitForExit(of: pid)
            let id = try #require(try pane.listed().first?["id"] as? String)
            let record = try pane.exported(id)
            for path in Self.script[0..<stop].flatMap(\.committed) {
                #expect(Self.value(path, in: record) != nil, "round \(round): killed after step \(stop), \(path) missing")
            }
        }
    }

    @Test("80x24 and 120x40 with a resize: home and the Patient step redraw at the new size")
    func resizes() throws {
        let pane = try ShellTmux([], width: 80, height: 24)
        defer { pane.close() }
        try pane.waitFor("Today's intakes")
        try pane.resize(width: 120, height: 40)
        pane.pause(0.5)
        var lines = pane.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 40)
        #expect(lines.prefix(40).last?.contains("Up/Down choose") == true, "the keys line moved to row 40")
        try pane.press("Enter")
        let wide = try pane.waitFor("Step 1 of 8: Patient")
        #expect(wide.contains("Urgency now"))
        try pane.resize(width: 80, height: 24)
        pane.pause(0.5)
        lines = pane.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(24).joined(separator: "\n").contains("Step 1 of 8: Patient"))
        #expect(lines.prefix(24).last?.contains("F1 Help") == true)
        try pane.press("Tab")   // past Preferred language, the first question
        try pane.type("Ana")
        try pane.press("Tab")
        try pane.waitFor("OsteoIntake - Ana")
    }

    @Test("TERM unset: one line saying how to fix it, exit 78, nothing stored")
    func termUnset() throws {
        let scratch = StoreScratch()
        let db = scratch.path + "/db/intake.sqlite"
        let result = try StoreBinaries.intake(["new"], environment: ["TERM": "", "INTAKE_DB": db])
        #expect(result.status == 78)
        #expect(result.stderr.contains("TERM=xterm-256color"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
