import Foundation
import Testing

/// Issue 11, item 2, on the real binary at 80x24: the emergency alert stays until a member of
/// staff deals with it, is audited when shown and when acknowledged, comes back when the record
/// is opened again, and `intake list` puts the emergency first.
@Suite("The emergency alert in tmux", .serialized)
struct TmuxEmergencyAlertTests {
    /// From the Patient step to "yes" on the first red-flag question.
    static func raiseEmergency(_ pane: ShellTmux) throws {
        try pane.waitFor("Step 1 of 8: Patient")
        for _ in 0..<4 { try pane.press("C-n") }
        try pane.waitFor("Step 5 of 8: Red flags")
        try pane.press("Space")
    }

    @Test("kiosk: a typed name or a wrong PIN never closes it; a staff PIN does, and both are audited with who")
    func kioskPatientCannotCloseIt() throws {
        let pane = try ShellTmux(["kiosk"])
        defer { pane.close() }
        try pane.waitFor("English / Español")   // the patient chooses the language first
        try pane.press("e")
        try Self.raiseEmergency(pane)
        try pane.waitFor("Please go to the front desk now")
        try pane.type("Any Name")
        try pane.press("Enter")
        try pane.waitFor("Acknowledge the emergency")
        try pane.signIn(login: "patient", pin: "1234")
        try pane.waitFor("Not recognised")
        try pane.press("Escape")
        let after = try pane.waitFor("Please go to the front desk now")
        #expect(after.contains("your answers"), "still the patient's kiosk view")
        try pane.press("Enter")
        try pane.signIn()
        try pane.waitFor("Alert acknowledged by J. Martin")
        let id = try #require(try pane.listed().first?["id"] as? String)
        let audit = try pane.intake(["audit", id]).stdout
        #expect(audit.contains("alert-shown"))
        #expect(audit.contains("alert-acknowledged") && audit.contains("J. Martin"))
        #expect(audit.contains("sign-in-refused"))
        #expect(!audit.contains("1234"), "no PIN in the audit trail")
    }

    @Test("staff: Ctrl-C cannot leave it; unacknowledged it comes back when the record is opened; the list shows it first")
    func comesBackUntilAcknowledged() throws {
        let pane = try ShellTmux(["new"])
        defer { pane.close() }
        try Self.raiseEmergency(pane)
        try pane.waitFor("EMERGENCY: get a clinician now")
        try pane.press("C-c")
        try pane.waitFor("stays until a member of staff acknowledges it")
        kill(try pane.intakePID(), SIGHUP)          // the desk goes away with the alert showing
        try pane.waitFor("INTAKE-EXIT:0")
        let listed = try pane.listed()
        let id = try #require(listed.first?["id"] as? String)
        #expect(listed.first?["urgency"] as? String == "emergency")

        let reopened = try ShellTmux(["open", id], environment: ["INTAKE_DB": pane.databasePath])
        defer { reopened.close() }
        try reopened.waitFor("EMERGENCY: get a clinician now")
        try reopened.press("Enter")
        try reopened.signIn()
        try reopened.waitFor("Alert acknowledged by J. Martin")
        try reopened.press("C-c")
        try reopened.waitFor("Today's intakes")
        #expect(reopened.screen.contains("EMERGENCY"), "the home list shows the urgency")
        try reopened.press("Down", "Enter")        // opens where it was left: the red-flag step
        let again = try reopened.waitFor("Step 5 of 8: Red flags")
        #expect(!again.contains("get a clinician now"), "acknowledged: it does not come back")

        let table = try pane.intake(["list"]).stdout
        #expect(table.hasPrefix("URGENCY"))
        #expect(table.split(separator: "\n").dropFirst().first?.hasPrefix("EMERGENCY") == true)
        #expect(!table.contains("\u{1B}"), "no colour codes when the output is not a terminal")
    }
}
