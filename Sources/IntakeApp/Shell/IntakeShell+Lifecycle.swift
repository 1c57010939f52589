import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import PlainText

extension IntakeShell {
    // MARK: - finish, sign, amend, print

    /// The answers are saved (`save(then: .completing)`): marks the record completed; staff are
    /// asked to sign, a kiosk patient's screen is cleared and a new draft is ready for the next
    /// patient. When the store refuses, the message or the conflict prompt says why.
    mutating func complete() {
        guard case .record(let open) = mode else { return }
        if open.status == .inProgress || open.status == .amended {
            emit(.complete(recordID: open.id, expectedVersion: open.version))
        } else {
            completed()
        }
    }

    mutating func completed(_ result: Result<StoredRecord, ShellStoreFailure>) {
        guard case .record(var open) = mode else { return }
        switch result {
        case .failure(let failure):
            message = notDone(failure, offline: .shellNotFinishedOffline)
            redrawAfterFrame = true
        case .success(let done):
            open.version = done.version
            open.status = done.status
            mode = .record(open)
            completed()
        }
    }

    private mutating func completed() {
        if configuration.kiosk {
            close(then: .nextPatient)
        } else {
            askForSignature()
        }
    }

    /// "Finished": a member of staff signs with their own sign-in, or signs later (Esc).
    mutating func askForSignature() {
        message = strings(.shellFinished)
        askForStaff(.sign)
    }

    mutating func sign(staffName: String) {
        guard case .record(let open) = mode else { return }
        emit(.sign(recordID: open.id, expectedVersion: open.version, staffName: staffName))
    }

    mutating func signed(_ result: Result<StoredRecord, ShellStoreFailure>, staffName: String) {
        guard case .record(var open) = mode else { return }
        switch result {
        case .failure(let failure):
            message = notDone(failure, offline: .shellNotSignedOffline)
        case .success(let signed):
            open.version = signed.version
            open.status = signed.status
            open.signature = signed.signature
            emit(.release(recordID: open.id))
            mode = .record(open)
            let at = signed.signature.map { services.clock.clockTime(of: $0.signedAt) } ?? ""
            message = strings(.shellSignedBy, ["name": staffName, "time": at])
        }
    }

    mutating func amend(reason: String) {
        guard case .record(let open) = mode else { return }
        emit(.amend(recordID: open.id, expectedVersion: open.version, reason: reason))
    }

    /// Amended: this desk claims the record again to change it.
    mutating func amended(_ result: Result<StoredRecord, ShellStoreFailure>) {
        guard case .record(var open) = mode else { return }
        switch result {
        case .failure(let failure):
            message = strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)])
        case .success(let amended):
            open.version = amended.version
            open.status = amended.status
            open.lastHeartbeat = services.clock.now()
            mode = .record(open)
            message = strings(.shellAmended)
            emit(.claim(recordID: open.id, for: .afterAmending))
        }
    }

    /// The saved record is loaded for printing (`save(then: .printing)`): its sheet is printed.
    mutating func loadedForPrinting(_ result: Result<StoredRecord, ShellStoreFailure>) {
        switch result {
        case .success(let stored): emit(.printSheet(stored))
        case .failure(let failure): message = strings(.shellPrintFailed, ["reason": failure.text(in: strings.language)])
        }
    }

    /// A successful print is audited.
    mutating func printed(_ outcome: ShellPrintOutcome) {
        guard case .record(let open) = mode else { return }
        switch outcome {
        case .printed(let where_):
            emit(.appendAudit(ShellAuditRow(open.id, .print, newValue: where_), then: .sayPrinted(where_)))
        case .failed(let why):
            message = strings(.shellPrintFailed, ["reason": why])
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
                let resuming = resumingRecordID == stored.id
                if resuming { resumingRecordID = nil }
                claim(ShellOpening(stored: stored, step: step, force: true, resuming: resuming))
            } else if key == .character("r") || key == .character("R") {
                prompt = nil
                showReadOnly(stored, step: step)
            } else if key == .character("n") || key == .character("N") || key == .escape {
                prompt = nil
                message = strings(.shellNotTakenOver)
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
                guard !text.isEmpty else { message = strings(.shellNameNeeded); return }
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
        message = strings(.shellReloaded)
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
        mode = .record(open)
        save(then: .adopting(saying: strings(.shellReloaded)))
    }

    /// Both desks changed one answer and the clerk keeps this desk's: only that answer is written
    /// over theirs (audited as an overwrite, the replaced value theirs); their other answers stay.
    mutating func keepMine(_ conflict: SaveConflict, _ field: FieldConflict) {
        prompt = nil
        guard case .record(var open) = mode else { return }
        open.base = conflict.current.record
        open.version = conflict.current.version
        mode = .record(open)
        save(then: .adopting(saying: strings(.shellOverwritten)), policy: .overwriteField)
    }

    /// Saves this desk's answers over the other session's change (the user chose to; audited).
    mutating func keepMine() {
        prompt = nil
        guard case .record = mode else { return }
        save(then: .saying(strings(.shellOverwritten)), policy: .overwrite)
    }
}
