import Foundation
import Testing

/// Issue 11, item 1, on the real binary at 80x24: a kiosk patient finishes without answering the
/// red-flag questions. The program asks first, the patient leaves them for staff, and every
/// output (home screen, `intake assess`, the sheet) says the screen was not done, never routine.
@Suite("A red-flag screen not done, in tmux", .serialized)
struct TmuxRedFlagScreenTests {
    /// Name, birth date, sex, height, weight, days since the pain began, onset, trigger.
    static func typeTheLeastAnIntakeNeeds(_ pane: ShellTmux) throws {
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.type("Ana Kiosk")
        try pane.press("Tab")
        try pane.type("1950-03-04")
        try pane.press("Tab", "Right", "Space")     // Male
        try pane.press("F10")                       // the kiosk names what is still open, the red flags first
        try pane.waitFor("questions still need an answer")
        try pane.press("Enter")                     // answer them now: the first red-flag question
        try pane.waitFor("Step 5 of 8: Red flags")
        try Self.jump(to: "Height now", in: pane)
        try pane.waitFor("Step 2 of 8: History")
        try pane.type("160")
        try pane.press("Tab")
        try pane.type("60")
        try pane.press("Tab")
        try Self.jump(to: "Date the pain began", in: pane)
        try pane.waitFor("Step 4 of 8: Symptoms")
        try pane.press("Tab")
        try pane.type("10")
        try pane.press("Tab", "Right", "Space", "Tab", "Space")
    }

    /// Ctrl-F: to the field whose caption holds `caption`.
    static func jump(to caption: String, in pane: ShellTmux) throws {
        try pane.press("C-f")
        try pane.type(caption)
        try pane.press("Enter")
    }

    @Test("kiosk: a patient who cannot answer a required question leaves it for staff; the draft waits at the desk")
    func kioskHandsOver() throws {
        let pane = try ShellTmux(["kiosk", "--language", "en"])
        defer { pane.close() }
        try pane.waitFor("Step 1 of 8: Patient")
        try pane.type("Ana Unsure")
        try pane.press("F10")
        let asked = try pane.waitFor("questions still need an answer")
        #expect(asked.contains("- Date of birth") || asked.contains("- Sex"))
        let lines = asked.components(separatedBy: "\n")
        let redFlags = lines.firstIndex { $0.contains("14 questions about warning signs not answered yet.") }
        let others = lines.firstIndex { $0.contains("Also, 7 other questions still need an answer:") }
        #expect(redFlags != nil && others != nil && redFlags! < others!, "the red-flag questions are named first: \(asked)")
        #expect(asked.contains("- numbness or altered feeling"))
        let words = asked.replacingOccurrences(of: "|", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("If you are not sure of an answer, choose \"Unknown\""), "\(asked)")
        try pane.press("F10")
        try pane.waitFor("Staff will finish the intake with you")
        let record = try #require(try pane.listed().first { ($0["name"] as? String) == "Ana Unsure" })
        #expect(record["status"] as? String == "in-progress", "handed over, not completed")
        let audit = try pane.intake(["audit", try #require(record["id"] as? String)]).stdout
        #expect(audit.contains("handed-over"))
    }

    @Test("kiosk: F10 with no red-flag answer asks and names them; leaving them for staff stores a record shown as not screened")
    func kioskLeavesRedFlagsForStaff() throws {
        let pane = try ShellTmux(["kiosk", "--language", "en"])
        defer { pane.close() }
        try Self.typeTheLeastAnIntakeNeeds(pane)
        try pane.press("F10")
        let question = try pane.waitFor("questions about warning signs not answered yet")
        #expect(question.contains("14 questions"), "the staff-only examination is not asked of the patient")
        #expect(question.contains("new loss of bowel control"))
        #expect(question.contains("If you are not sure"))
        #expect(!question.contains("ROUTINE"))

        try pane.press("Enter")                     // answer them now: the first one is focused
        let redFlags = try pane.waitFor("Step 5 of 8: Red flags")
        #expect(redFlags.contains("> Numbness or a strange feeling"))
        #expect(redFlags.contains("Red flags 0/14"), "the patient is shown 14 questions")
        try pane.press("Right", "Space")            // No
        try pane.waitFor("Red flags 1/14")
        try pane.press("F10")
        try pane.waitFor("13 questions about warning signs not answered yet")
        try pane.press("F10")                       // not sure: leave them for staff
        try pane.waitFor("Please give the terminal back")

        let record = try #require(try pane.listed().first { $0["status"] as? String == "completed" })
        let id = try #require(record["id"] as? String)
        let assessed = try pane.intake(["print", id, "--text", pane.scratch.path + "/sheet.txt"])
        #expect(assessed.status == 0)
        let sheet = try String(contentsOfFile: pane.scratch.path + "/sheet.txt", encoding: .utf8)
        #expect(sheet.contains("URGENCY: Red-flag screen not done (14 of 15 questions not asked)"))
        #expect(sheet.contains("Staff must still ask:"))
        #expect(!sheet.contains("ROUTINE"))

        let file = pane.scratch.path + "/record.json"
        let exported = try pane.intake(["export", id, "--format", "json"])
        try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let summary = try pane.intake(["assess", file])
        #expect(summary.stdout.contains("Urgency: Red-flag screen not done (14 of 15 questions not asked)"))
        #expect(!summary.stdout.lowercased().contains("routine"))
        #expect(!summary.stdout.contains("REC-PHYSIO") && !summary.stdout.contains("REC-SELF-MANAGEMENT"))

        let home = try ShellTmux(["home"], environment: ["INTAKE_DB": pane.databasePath])
        defer { home.close() }
        try home.waitFor("Today's intakes")
        try home.waitFor("Ana Kiosk")
        try home.press("Down", "Down")              // past the kiosk's waiting draft, to Ana Kiosk
        let screen = try home.waitFor("Urgency: Red-flag screen not done (14 of 15 questions not asked)")
        #expect(screen.contains("> NOT SCREENED completed"))
        #expect(!screen.contains("ROUTINE"))
    }
}
