import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

@Suite("Shell: idle lock and kiosk mode")
struct ShellPrivacyTests {
    @Test("After the idle time the screen is cleared of patient data and locked; the draft was saved")
    func idleLock() throws {
        var h = try ShellHarness(idleMinutes: 5)
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Beatriz Saldaña")
        h.clock.advance(minutes: 4.9)
        h.tick()
        #expect(!h.shell.isLocked, "not before the idle time")
        h.clock.advance(minutes: 0.2)
        h.tick()
        #expect(h.shell.isLocked)
        #expect(!h.screen.contains("Beatriz"))
        #expect(!h.screen.contains("Saldaña"))
        #expect(h.screen.contains("Screen locked"))
        #expect(h.screen.contains("5 minutes"))
        #expect(try h.store.load(id).record.patient?.name == "Beatriz Saldaña", "the field being typed was saved")
        #expect(try h.store.load(id).session.holder == nil)
    }

    @Test("Unlocking lands on the home screen, not in the record")
    func unlockGoesHome() throws {
        var h = try ShellHarness(idleMinutes: 1)
        h.press(.enter)
        h.type("Wu")
        h.clock.advance(minutes: 2)
        h.tick()
        h.press(.character("x"), .tab, .enter, .escape)
        #expect(h.shell.isLocked, "keys, Enter and Esc do not unlock")
        #expect(!h.screen.contains("Wu"), "nothing behind the lock is shown before a member of staff signs in")
        h.press(.backTab)
        for _ in 0..<3 { h.press(.backspace) }
        h.signIn()
        #expect(h.isHome)
        #expect(h.openRecordID == nil)
        #expect(h.screen.contains("Wu"), "the home list shows today's intakes again")
    }

    @Test("The idle time counts from the last key")
    func keysKeepItOpen() throws {
        var h = try ShellHarness(idleMinutes: 5)
        h.press(.enter)
        for _ in 0..<4 {
            h.clock.advance(minutes: 3)
            h.type("a")
            h.tick()
        }
        #expect(!h.shell.isLocked)
    }

    @Test("The draft's heartbeat is kept fresh while the record is open, even without keys")
    func heartbeatWhileOpen() throws {
        var h = try ShellHarness(idleMinutes: 30)
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.clock.advance(minutes: 2)
        h.tick()
        guard case .active(let holder, let beat) = try h.store.load(id).session else {
            Issue.record("the draft is not held by a live session"); return
        }
        #expect(holder.token == h.session.token)
        #expect(beat == h.clock.now())
    }

    @Test("Kiosk: no home list, and Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing")
    func kioskIgnoresControls() throws {
        var h = try ShellHarness(kiosk: true)
        let id = try #require(h.openRecordID, "kiosk opens a new draft at once")
        h.type("Pat")
        h.press(.control("c"), .control("z"), .control("\\"))
        #expect(!h.shell.isFinished)
        #expect(h.openRecordID == id)
        h.press(.tab)
        #expect(try h.store.load(id).record.patient?.name == "Pat", "the keys were dropped, typing goes on")
        #expect(!h.screen.contains("New intake"))
    }

    @Test("Kiosk: when the patient finishes, the record is completed, the screen clears and a new draft is ready")
    func kioskResetsAfterFinish() throws {
        var h = try ShellHarness(kiosk: true)
        let first = try #require(h.openRecordID)
        h.type("Pat Doe")
        h.press(.function(10))
        #expect(try h.store.load(first).status == .completed)
        let second = try #require(h.openRecordID)
        #expect(second != first)
        #expect(!h.screen.contains("Pat Doe"))
        #expect(h.screen.contains("Step 1 of 8: Patient"))
        #expect(h.screen.contains("Thank you"))
        #expect(!h.screen.contains("Sign"), "no signing in kiosk mode")
    }
}

@Suite("Shell: nothing typed is lost without a word")
struct ShellUnreadableFieldTests {
    @Test("a half-typed date of birth at the idle lock: the lock says it was not saved, naming the field, not the text")
    func lockSaysWhatWasNotSaved() throws {
        var h = try ShellHarness(idleMinutes: 1)
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Wu")
        h.press(.tab)
        h.type("1950-13")
        h.clock.advance(minutes: 1.5)
        h.tick()
        #expect(h.shell.isLocked)
        let words = h.screen.replacingOccurrences(of: "|", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Not saved: what was typed in \"Date of birth\" could not be read"))
        #expect(!h.screen.contains("1950-13"), "never the patient's text on the lock screen")
        #expect(!h.screen.contains("Everything typed was saved"))
        #expect(try h.store.load(id).record.patient?.name == "Wu", "what could be read was saved")
    }

    @Test("leaving with Ctrl-C says the same on the home screen; with nothing half-typed it says nothing")
    func leavingSaysSo() throws {
        var h = try ShellHarness()
        h.press(.enter)
        h.type("Wu")
        h.press(.tab)
        h.type("31/02")
        h.press(.control("c"))
        #expect(h.isHome)
        #expect(h.screen.contains("Not saved: what was typed in \"Date of birth\""))
        h.press(.enter)
        h.type("Li")
        h.press(.control("c"))
        #expect(!h.screen.contains("Not saved"))
    }
}
