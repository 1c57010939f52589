import Foundation
import Testing

/// Two desks in two tmux panes on one database: desk B takes over desk A's draft.
@Suite("Two desks in tmux: a take-over fences the old desk", .serialized)
struct TmuxTakeOverTests {
    @Test("B takes over A's draft; A's next answer is refused, A is told by whom and what was not saved, and goes home")
    func oldDeskFenced() throws {
        let a = try ShellTmux(["new"])
        defer { a.close() }
        try a.waitFor("Step 1 of 8: Patient")
        try a.press("Tab")   // past Preferred language, the first question
        try a.type("Anna")
        try a.press("Tab")
        a.pause(0.3)
        let id = try #require(try a.listed().first?["id"] as? String)
        let b = try ShellTmux(["resume", id], environment: ["INTAKE_DB": a.databasePath])
        defer { b.close() }
        try b.waitFor("Take")
        try b.press("y")
        try b.waitFor("Step 1 of 8: Patient")
        try a.press("BTab")
        try a.press("End")  // the name's text is selected on arrival: End keeps it to add to it
        try a.type(" Mine")
        try a.press("Tab")
        let told = try a.waitFor("Taken over at another desk")
        let flat = told.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "| ")) }
            .joined(separator: " ")
        #expect(flat.contains("took this intake over"))
        let bTerminal = try b.tmux(["display-message", "-p", "-t", "intake", "#{pane_tty}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "/dev/", with: "")
        #expect(flat.contains("on \(bTerminal)"), "who and from where: B's desk label, with its terminal")
        #expect(flat.contains("Not saved here"))
        #expect(flat.contains("Anna Mine"))
        try a.press("Enter")
        try a.waitFor("OsteoIntake - front desk")
        let record = try a.exported(id)
        #expect(ShellTmuxTests.value("patient.name", in: record) as? String == "Anna")
        try b.press("C-c")
    }
}
