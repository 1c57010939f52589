import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import PlainText

extension IntakeShell {
    // MARK: - finish, sign, amend, print

    /// Saves, marks the record completed; staff are asked to sign, a kiosk patient's screen is
    /// cleared and a new draft is ready for the next patient. False when the store refused (the
    /// message or the conflict prompt says why).
    @discardableResult
    mutating func finish(_ open: inout OpenRecord) -> Bool {
        guard flush(&open, policy: .refuse) else {
            if case .record = mode { mode = .record(open) }
            return false
        }
        do {
            if open.status == .inProgress || open.status == .amended {
                let done = try services.store.complete(open.id, expectedVersion: open.version, actor: services.actor)
                open.version = done.version
                open.status = done.status
            }
        } catch {
            mode = .record(open)
            message = notDone(error, offline: .notFinishedOffline)
            return false
        }
        mode = .record(open)
        if configuration.kiosk {
            closeRecord()
            startNewIntake()
            message = strings[.kioskReady]
        } else {
            askForSignature()
        }
        return true
    }

    /// "Finished": a member of staff signs with their own sign-in, or signs later (Esc).
    mutating func askForSignature() {
        message = strings[.finished]
        askForStaff(.sign)
    }

    mutating func sign(staffName: String) {
        guard case .record(var open) = mode else { return }
        do {
            let signed = try services.store.sign(open.id, expectedVersion: open.version, staffName: staffName,
                                                 actor: services.actor)
            open.version = signed.version
            open.status = signed.status
            open.signature = signed.signature
            try? services.store.release(open.id, session: services.session)
            mode = .record(open)
            let at = signed.signature.map { services.clock.clockTime(of: $0.signedAt) } ?? ""
            message = strings.format(.signedBy, staffName, at)
        } catch {
            message = notDone(error, offline: .notSignedOffline)
        }
    }

    mutating func amend(reason: String) {
        guard case .record(var open) = mode else { return }
        do {
            let amended = try services.store.amend(open.id, expectedVersion: open.version, reason: reason,
                                                   actor: services.actor)
            open.version = amended.version
            open.status = amended.status
            _ = try services.store.claim(open.id, session: services.session, actor: services.actor)
            open.lastHeartbeat = services.clock.now()
            mode = .record(open)
            message = strings[.amended]
        } catch {
            message = strings.format(.saveFailed, Self.describe(error))
        }
    }

    /// Prints the sheet of the saved record; a successful print is audited.
    mutating func print(_ open: inout OpenRecord) {
        guard flush(&open, policy: .refuse) else { return }
        do {
            let stored = try services.store.load(open.id)
            switch services.printSheet(stored) {
            case .printed(let where_):
                try services.store.appendAudit(open.id, action: .print, field: nil, oldValue: nil, newValue: where_,
                                               actor: services.actor)
                message = strings.format(.printed, where_)
            case .failed(let why):
                message = strings.format(.printFailed, why)
            }
        } catch {
            message = strings.format(.printFailed, Self.describe(error))
        }
    }

    // MARK: - prompts

    mutating func handlePrompt(_ key: Key) {
        guard let current = prompt else { return }
        switch current {
        case .conflict(let conflict, let field):
            if key == .character("r") || key == .character("R") {
                if let field { takeTheirs(conflict, field) } else { reload(conflict) }
            }
            if key == .character("k") || key == .character("K") {
                if let field { keepMine(conflict, field) } else { keepMine() }
            }
        case .takeOver(let stored, let step):
            if key == .character("y") || key == .character("Y") {
                prompt = nil
                do { try claimAndShow(stored, step: step, force: true) } catch { failOpening(error) }
            } else if key == .character("r") || key == .character("R") {
                prompt = nil
                do { try showReadOnly(stored, step: step) } catch { failOpening(error) }
            } else if key == .character("n") || key == .character("N") || key == .escape {
                prompt = nil
                message = strings[.notTakenOver]
            }
        case .notice:
            // closed on purpose only: typing on does not throw away what it says (the answers a
            // taken-over desk could not save)
            if key == .enter || key == .escape { prompt = nil }
        case .signIn(let form):
            handleSignIn(key, form)
        case .amend(var editor):
            switch key {
            case .escape: prompt = nil
            case .enter:
                let text = Sanitizer.displayLine(editor.text).trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else { message = strings[.nameNeeded]; return }
                prompt = nil
                amend(reason: text)
            default:
                _ = editor.handle(key)
                prompt = .amend(editor)
            }
        }
    }

    /// Drops this desk's unsaved answers and shows the version the other session saved.
    mutating func reload(_ conflict: SaveConflict) {
        prompt = nil
        guard case .record(var open) = mode else { return }
        let step = open.screen.step
        open = OpenRecord(stored: conflict.current, screen: makeScreen(conflict.current.record, step: step),
                          now: services.clock.now())
        mode = .record(open)
        message = strings[.reloaded]
    }

    /// Both desks changed one answer and the clerk takes theirs: this desk's change of it is
    /// dropped, the screen shows the stored record, and the other answers left are saved on it.
    mutating func takeTheirs(_ conflict: SaveConflict, _ field: FieldConflict) {
        prompt = nil
        guard case .record(var open) = mode else { return }
        open.base = conflict.current.record
        open.version = conflict.current.version
        if let listID = field.listID {
            // their list is kept whole: this desk's changes inside it go
            open.unsaved.removeAll { open.screen.list(ofField: $0.field)?.id == listID }
        } else if open.unsaved.first == field.change {
            open.unsaved.removeFirst()
        }
        if flush(&open, policy: .refuse) {
            adopt(&open)
            message = strings[.reloaded]
        }
        if case .record = mode { mode = .record(open) }
    }

    /// Both desks changed one answer and the clerk keeps this desk's: only that answer is written
    /// over theirs (audited as an overwrite, the replaced value theirs); their other answers stay.
    mutating func keepMine(_ conflict: SaveConflict, _ field: FieldConflict) {
        prompt = nil
        guard case .record(var open) = mode else { return }
        open.base = conflict.current.record
        open.version = conflict.current.version
        if flush(&open, policy: .overwriteField) {
            adopt(&open)
            message = strings[.overwritten]
        }
        if case .record = mode { mode = .record(open) }
    }

    /// Saves this desk's answers over the other session's change (the user chose to; audited).
    mutating func keepMine() {
        prompt = nil
        guard case .record(var open) = mode else { return }
        if flush(&open, policy: .overwrite) { message = strings[.overwritten] }
        if case .record = mode { mode = .record(open) }
    }
}
