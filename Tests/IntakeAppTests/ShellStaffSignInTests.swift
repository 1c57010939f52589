import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import Testing
import TerminalUI

extension ShellMode {
    /// An emergency alert is on the open record's screen.
    var showsAlert: Bool { if case .record(let open) = self { return open.screen.hasPendingAlert } else { return false } }
}

/// Issue 11, items 2 and 8: the staff member's own credential where it matters, and an emergency
/// alert that stays until a member of staff deals with it.
@Suite("Shell: staff sign-in, the lock and the emergency alert")
struct ShellStaffSignInTests {
    func realScreens(kiosk: Bool = false) throws -> ShellHarness { try ShellHarness.realScreens(kiosk: kiosk) }

    /// Opens a new intake and answers "yes" to saddle numbness on the Red flags step.
    func raiseEmergency(_ h: inout ShellHarness) throws -> String {
        if h.openRecordID == nil { h.press(.enter) }
        let id = try #require(h.openRecordID)
        for _ in 0..<4 { h.press(.control("n")) }
        #expect(h.screen.contains("Step 5 of 8: Red flags"))
        h.press(.character(" "))                  // Yes, on the first question
        #expect(h.shell.mode.showsAlert)
        return id
    }

    @Test("the lock screen asks a member of staff to sign in and clears the terminal's scrollback")
    func lockAsksForStaff() throws {
        var h = try ShellHarness(idleMinutes: 1)
        h.press(.enter)
        h.clock.advance(minutes: 1)
        h.tick()
        let frame = h.shell.render(size: h.size)
        #expect(frame.clearsHistory, "patient data cannot be scrolled back to")
        #expect(frame.text.contains("Screen locked"))
        #expect(frame.text.contains("1 minute without a key press"), "one minute, not '1 minutes'")
        #expect(frame.text.contains("User name:") && frame.text.contains("Password or PIN:"))
        #expect(!frame.text.contains("Everything typed was saved"))
    }

    @Test("five wrong tries lock signing in for a minute; each refusal and the lock are audited without the secret")
    func fiveWrongTries() throws {
        var h = try ShellHarness(idleMinutes: 1)
        h.clock.advance(minutes: 1)
        h.tick()
        #expect(h.shell.isLocked)
        for attempt in 1...4 {
            h.signIn("jm", "000\(attempt)")
            #expect(h.screen.contains("\(5 - attempt) tr"), "tries left are counted down")
            h.press(.backTab)
            for _ in 0..<2 { h.press(.backspace) }
        }
        h.signIn("jm", "0005")
        #expect(h.screen.contains("locked for 60 seconds"))
        h.press(.backTab, .backspace, .backspace)
        h.signIn()                                 // the right PIN, but locked
        #expect(h.shell.isLocked)
        #expect(h.screen.contains("locked for"))
        h.clock.advance(minutes: 1.1)
        h.press(.backTab, .backspace, .backspace)
        h.signIn()
        #expect(h.isHome)
        let trail = try h.store.auditTrail(DeskAudit.recordID)
        #expect(trail.filter { $0.action == .signInRefused }.count == 4)
        #expect(trail.filter { $0.action == .signInLocked }.count == 1)
        #expect(trail.last?.action == .unlock && trail.last?.newValue == "J. Martin")
        #expect(!trail.contains { ($0.newValue ?? "").contains("000") || ($0.field ?? "").contains("000") },
                "no PIN in the audit trail")
    }

    @Test("an emergency alert: shown is audited, Ctrl-C cannot leave it, only a staff sign-in acknowledges it, with who")
    func alertNeedsStaff() throws {
        var h = try realScreens()
        let id = try raiseEmergency(&h)
        #expect(try h.store.auditTrail(id).contains { $0.action == .alertShown && $0.field == "RF-CES" })
        h.press(.control("c"))
        #expect(h.openRecordID == id, "Ctrl-C does not leave a record with its alert unacknowledged")
        #expect(h.screen.contains("stays until a member of staff acknowledges it"))
        h.press(.enter)
        #expect(h.screen.contains("Acknowledge the emergency"))
        h.signIn("jm", "9999")
        #expect(h.screen.contains("Not recognised"))
        h.press(.escape)                           // back to the alert, still there
        #expect(h.screen.contains("EMERGENCY: get a clinician now"))
        h.press(.enter)
        h.signIn()
        #expect(!h.screen.contains("EMERGENCY: get a clinician now"))
        let row = try #require(try h.store.auditTrail(id).last { $0.action == .alertAcknowledged })
        #expect(row.field == "RF-CES" && row.newValue == "J. Martin")
    }

    @Test("an emergency never acknowledged comes back whenever the record is opened; acknowledged, it does not")
    func alertReappears() throws {
        var h = try realScreens()
        let id = try raiseEmergency(&h)
        h.press(.hangUp)                           // the desk's session ends with the alert showing
        var again = h
        again.shell = IntakeShell(services: h.shell.services, configuration: h.shell.configuration)
        again.shell.open(id, step: .patient, askBeforeTakingOver: false)
        #expect(again.screen.contains("EMERGENCY: get a clinician now"))
        #expect(try again.store.auditTrail(id).filter { $0.action == .alertShown }.count == 2)
        again.press(.enter)
        again.signIn()
        again.press(.control("c"))
        #expect(again.isHome)
        again.shell.open(id, step: .patient)
        #expect(!again.screen.contains("EMERGENCY: get a clinician now"))
    }

    @Test("kiosk: a patient cannot close the alert by typing a name; staff sign in, and the kiosk stays the patient's view")
    func kioskAlert() throws {
        var h = try realScreens(kiosk: true)
        _ = try raiseEmergency(&h)
        #expect(h.screen.contains("Please go to the front desk now"))
        h.type("Any Name")
        h.press(.enter)
        h.type("Any Name")
        h.press(.tab)
        h.type("password")
        h.press(.enter)
        #expect(h.screen.contains("Not recognised"))
        h.press(.escape)
        #expect(h.screen.contains("Please go to the front desk now"), "still the kiosk's words: no staff view")
        h.press(.enter)
        h.signIn()
        #expect(!h.screen.contains("Please go to the front desk now"))
        #expect(!h.shell.mode.showsAlert)
        h.press(.control("n"), .control("n"), .control("n"))
        #expect(h.screen.contains("Thank you: that is the end of the questions."), "the patient's review: \(h.screen)")
        #expect(!h.screen.contains("EMERGENCY") && !h.screen.contains("Urgency") && !h.screen.contains("REC-"),
                "no triage shown to the patient after the acknowledgement")
    }

    @Test("leaving kiosk mode needs a staff sign-in: F12 asks, Esc goes back to the patient, signed in it ends and is audited")
    func leaveKiosk() throws {
        var h = try ShellHarness(kiosk: true)
        let id = try #require(h.openRecordID)
        h.type("Pat")
        h.press(.function(12))
        #expect(h.screen.contains("Leave kiosk mode"))
        h.press(.escape)
        #expect(!h.shell.isFinished)
        h.press(.function(12))
        h.signIn("pat", "1234")
        #expect(!h.shell.isFinished)
        h.press(.escape, .function(12))
        h.signIn()
        #expect(h.shell.isFinished)
        #expect(try h.store.load(id).record.patient?.name == "Pat", "the patient's answers were saved")
        #expect(try h.store.auditTrail(id).contains { $0.action == .kioskLeft && $0.newValue == "J. Martin" })
    }
}
