import Foundation
import IntakeStore
import TerminalUI

extension IntakeShell {
    /// One key: to the question on screen, the home list, the lock or the record screen.
    mutating func handle(_ key: Key) {
        if key == .hangUp { hangUp(); return }
        if case .resize(let newSize) = key {
            terminalSize = newSize
            if case .record(var open) = mode { _ = open.screen.respond(to: key); mode = .record(open) }
            homeResized()
            return
        }
        lastInput = services.clock.now()
        if configuration.kiosk && [.control("c"), .control("z"), .control("\\")].contains(key) { return }
        message = nil
        if prompt != nil { handlePrompt(key); return }
        if configuration.kiosk && Self.leaveKioskKeys.contains(key) { askForStaff(.leaveKiosk); return }
        heartbeatAfterKey = true
        switch mode {
        case .locked: askForStaff(.unlock, detail: lockText)
        case .choosingLanguage(var choice):
            heartbeatAfterKey = false
            if let language = choice.handle(key) {
                createDraft(language: language)
            } else {
                mode = .choosingLanguage(choice)
            }
        case .home(var home):
            let action = home.handle(key)
            mode = .home(home)
            perform(action)
        case .record(var open):
            if !configuration.kiosk && Self.goesBackToList(key, open) { leaveRecord(); heartbeatAfterKey = false; return }
            if open.isReadOnly && !Self.allowedWhenReadOnly(key) {
                heartbeatAfterKey = false
                if let holder = open.heldElsewhere {
                    message = strings(.shellReadOnlyHeld, ["desk": holder])
                } else if KeyTable.key(key, means: .amend) {
                    prompt = .amend(LineEditor(maxLength: 200))
                } else {
                    message = strings(.shellReadOnly)
                }
                return
            }
            if !configuration.kiosk && KeyTable.key(key, means: .leave) {
                heartbeatAfterKey = false
                // An emergency alert is dealt with before the record is left (it also comes back
                // whenever the record is opened until a member of staff acknowledges it).
                if open.screen.hasPendingAlert { message = strings(.shellAlertNeedsStaff); return }
                leaveRecord()
                return
            }
            let effects = open.screen.respond(to: key)
            if !effects.isEmpty, effects.allSatisfy({ if case .commit = $0 { true } else { false } }) {
                // Answers left by this key are saved after its frame is drawn (`frameDrawn`).
                for case .commit(let change) in effects { open.unsaved.append(change) }
                mode = .record(open)
            } else {
                mode = .record(open)
                for effect in effects { perform(effect) }
            }
        }
    }

    /// The frame of the last key is drawn: the credential typed is checked, a finished intake is
    /// marked completed, the answers left are saved. Says in `redrawAfterFrame` whether the screen
    /// must be drawn again.
    mutating func frameDrawn() {
        if checkPendingSignIn() { redrawAfterFrame = true; return }
        if case .record(var open) = mode, open.completionPending {
            open.completionPending = false
            mode = .record(open)
            prompt = nil
            save(then: .completing)
            return
        }
        guard case .record(let open) = mode, !open.unsaved.isEmpty, prompt == nil else { return }
        save(then: .frame(shownMessage: message))
    }
}
