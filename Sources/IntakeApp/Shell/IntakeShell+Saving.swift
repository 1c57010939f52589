import Foundation
import IntakeModel
import IntakeStore
import Questionnaire

/// The answers of the open record being saved, one `saveAnswer` effect at a time.
struct ShellSaving: Sendable {
    var policy: ConflictPolicy
    /// Another desk's answers were merged in: the screen shows them once all is saved.
    var merged = false
    var then: ShellAfterSaving
    /// The answer whose save is out, as audited, and the list it belongs to.
    var change: FieldChange?
    var audited: FieldChange?
    var record: IntakeRecord?
    var list: ShellList?
}

/// What comes once the answers are saved (or could not be).
enum ShellAfterSaving: Sendable {
    /// After a key's frame: drawn again when the save has something to say.
    case frame(shownMessage: String?)
    /// F2: "Saved".
    case sayingSaved
    /// F5: the stored record is printed.
    case printing
    /// F10: the record is marked completed.
    case completing
    /// Leaving the record: the claim is given up, then `ShellAfterClosing`.
    case closing(ShellAfterClosing)
    /// A staff member acknowledged an alert: audited with their name.
    case auditingAcknowledgement(recordID: String, rules: [String], staffName: String)
    /// The clerk answered a conflict: the merged record is shown, and this is said.
    case adopting(saying: String?)
    /// The clerk kept this desk's answers over the other desk's: this is said.
    case saying(String)
}

/// Where the shell goes once a record is closed.
enum ShellAfterClosing: Sendable {
    case home
    case lock
    /// Hang-up or leaving kiosk mode: the program ends.
    case finishing
    /// Kiosk: the patient left answers for staff; audited, then the next patient.
    case handOver(recordID: String)
    /// Kiosk: the intake is complete; the next patient's draft.
    case nextPatient
}

extension IntakeShell {
    /// Commits the answers not yet saved, in order, then goes on with `then`. A conflict stops and
    /// asks (unless `policy` is `.overwrite`); a store error keeps them for F2.
    ///
    /// Each save puts only the answer that changed onto the stored record this desk last read
    /// (`open.base`), and audits the value it replaced there and the value written. When another
    /// desk saved meanwhile: if it left this answer alone the answer is put onto their record and
    /// saved without asking (the screen then shows their answers too); if it changed the same
    /// answer, the prompt shows both values.
    mutating func save(then: ShellAfterSaving, policy: ConflictPolicy = .refuse) {
        saving = ShellSaving(policy: policy, then: then)
        saveNext()
    }

    /// The next answer's save, or the end of saving.
    private mutating func saveNext() {
        guard var saving, case .record(var open) = mode else { return doneSaving(false) }
        guard let change = open.unsaved.first else {
            if saving.merged { adopt(&open); mode = .record(open) }
            return doneSaving(true)
        }
        let screen = open.screen
        var record = screen.record
        var audited = change
        let list = screen.list(ofField: change.field)
        if let list {
            // a change inside a list puts this desk's whole list onto the stored record
            record = list.copying(screen.record, open.base)
            if case .some(let old) = screen.answerText(ofField: change.field, in: open.base) {
                let new = screen.answerText(ofField: change.field, in: record) ?? nil
                if old != new { audited = FieldChange(field: change.field, oldValue: old, newValue: new) }
            }
        } else if case .some(let old) = screen.answerText(ofField: change.field, in: open.base),
           let put = screen.putting(change.field, onto: open.base) {
            record = put
            let new = screen.answerText(ofField: change.field, in: put) ?? nil
            // An answer dropped as hidden went with the save that hid it: its row keeps what it
            // dropped (the value the row before it wrote), so the trail still replays.
            let dropped = put == open.base && old == new && change.newValue == new
            audited = FieldChange(field: change.field, oldValue: dropped ? change.oldValue : old, newValue: new)
        }
        saving.change = change
        saving.audited = audited
        saving.record = record
        saving.list = list
        self.saving = saving
        emit(.saveAnswer(ShellAnswerSave(recordID: open.id, change: audited, record: record,
                                         expectedVersion: open.version, policy: saving.policy)))
    }

    /// The store's answer to one save.
    mutating func answerSaved(_ result: Result<SaveOutcome, ShellStoreFailure>) {
        guard var saving, case .record(var open) = mode, let change = saving.change, let audited = saving.audited,
              let record = saving.record else { return doneSaving(false) }
        let screen = open.screen
        switch result {
        case .failure(.store(.takenOver(_, let holder))):
            fenced(open, holder: holder)
            return doneSaving(false)
        case .failure(let failure):
            message = strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)])
            return doneSaving(false)
        case .success(.saved(let version)):
            open.version = version
            open.base = record
            open.unsaved.removeFirst()
            open.lastHeartbeat = services.clock.now()
            saving.policy = .refuse
        case .success(.conflict(let conflict)):
            let stored = conflict.current
            if let list = saving.list, saving.policy != .overwrite, stored.status.isEditable {
                let theirsUnchanged = list.same(stored.record, open.base)
                guard theirsUnchanged || list.same(stored.record, screen.record) else {
                    prompt = .conflict(conflict, FieldConflict(
                        change: change, caption: list.caption, mine: list.words(screen.record),
                        theirs: list.words(stored.record), listID: list.id))
                    mode = .record(open)
                    return doneSaving(false)
                }
                // they left this list alone (or made it the same): merge, no question
                open.base = stored.record
                open.version = stored.version
                if !theirsUnchanged { open.unsaved.removeAll { screen.list(ofField: $0.field)?.id == list.id } }
                saving.merged = true
            } else {
                guard saving.policy != .overwrite, stored.status.isEditable,
                      case .some(let theirs) = screen.answerText(ofField: change.field, in: stored.record) else {
                    prompt = .conflict(conflict, nil)
                    mode = .record(open)
                    return doneSaving(false)
                }
                guard theirs == audited.oldValue || theirs == audited.newValue else {
                    prompt = .conflict(conflict, FieldConflict(
                        change: change, caption: screen.caption(ofField: change.field) ?? change.field,
                        mine: audited.newValue, theirs: theirs))
                    mode = .record(open)
                    return doneSaving(false)
                }
                // they left this answer alone (or gave the same one): merge, no question
                open.base = stored.record
                open.version = stored.version
                if theirs == audited.newValue { open.unsaved.removeFirst() }
                saving.merged = true
            }
        }
        mode = .record(open)
        self.saving = saving
        saveNext()
    }

    /// Saving ended, all saved or not: what was waiting for it goes on.
    private mutating func doneSaving(_ saved: Bool) {
        guard let then = saving?.then else { return }
        saving = nil
        switch then {
        case .frame(let shownMessage):
            // drawn again only when the save has something to say (a store error, a conflict prompt)
            redrawAfterFrame = !saved || message != shownMessage || prompt != nil
        case .sayingSaved:
            if saved { message = strings(.shellSaved) }
        case .printing:
            if saved, case .record(let open) = mode { emit(.load(recordID: open.id, for: .print)) }
        case .completing:
            if saved { complete() } else { redrawAfterFrame = true }
        case .closing(let after):
            var notSaved: String?
            if case .record(let open) = mode {
                if open.isEditableHere { emit(.release(recordID: open.id)) }
                let unreadable = open.screen.unreadableFields
                if !unreadable.isEmpty {
                    let names = unreadable.map { "\"\($0)\"" }.joined(separator: ", ")
                    notSaved = unreadable.count == 1 ? strings(.shellNotSavedUnreadableOne, ["field": names])
                        : strings(.shellNotSavedUnreadable, ["fields": names])
                } else if !saved {
                    notSaved = strings(.shellNotSavedStore)
                }
            }
            closed(notSaved: notSaved, then: after)
        case .auditingAcknowledgement(let id, let rules, let staffName):
            emit(.appendAudit(ShellAuditRow(id, .alertAcknowledged, field: rules.joined(separator: ","), newValue: staffName),
                              then: .sayAcknowledged(staffName: staffName)))
        case .adopting(let text):
            guard saved, case .record(var open) = mode else { return }
            adopt(&open)
            mode = .record(open)
            if let text { message = text }
        case .saying(let text):
            if saved { message = text }
        }
    }

    // MARK: - closing

    /// Commits every answer left and gives up the claim (never over another session's change),
    /// then goes where `then` says, telling what could not be saved, in words ("Not saved: what
    /// was typed in Date of birth ...").
    mutating func close(then: ShellAfterClosing) {
        guard case .record(var open) = mode else { return closed(notSaved: nil, then: then) }
        if open.isEditableHere {
            // `.hangUp` asks the screen to commit the field being typed; only commits are kept
            open.unsaved += open.screen.respond(to: .hangUp).compactMap { effect -> FieldChange? in
                if case .commit(let change) = effect { return change } else { return nil }
            }
            mode = .record(open)
        }
        save(then: .closing(then))
    }

    private mutating func closed(notSaved: String?, then: ShellAfterClosing) {
        switch then {
        case .home:
            goHome()
            if let notSaved { message = notSaved }
        case .lock:
            message = nil
            mode = .locked
            intakeBeforeLock?.notSaved = notSaved
            // Field names only, never what was typed: the lock screen shows no patient data.
            askForStaff(.unlock, detail: [lockText, notSaved].compactMap { $0 }.joined(separator: " "))
        case .finishing:
            isFinished = true
        case .handOver(let id):
            emit(.appendAudit(ShellAuditRow(id, .handedOver), then: .nothing))
            if configuration.kiosk {
                beginNewIntake(saying: strings(.shellKioskHandedOver))
            } else {
                goHome()
                message = strings(.shellKioskHandedOver)
            }
        case .nextPatient:
            beginNewIntake(saying: strings(.shellKioskReady))
        }
    }

    /// Shows the stored record (`open.base`, another desk's answers merged in) on the screen; an
    /// emergency alert their answers fire is shown and audited as any other.
    mutating func adopt(_ open: inout OpenRecord) {
        for case .alertShown(let rules) in open.screen.adopt(open.base) {
            emit(.appendAudit(ShellAuditRow(open.id, .alertShown, field: rules.joined(separator: ",")), then: .nothing))
        }
    }

    /// Another desk took this draft over: the store refuses this desk's writes. Says who and from
    /// where, and which answers typed here were not saved (on screen only, never logged), then
    /// goes back to the list.
    mutating func fenced(_ open: OpenRecord, holder: DeskSession) {
        // the notice speaks the language of the intake it is about, title and keys too: its words
        // are taken now, before goHome() below puts the home screen (maybe the clinic's language) up
        let words = strings
        var open = open
        var changes = open.unsaved
        if open.status.isEditable {
            changes += open.screen.respond(to: .hangUp).compactMap { effect -> FieldChange? in
                if case .commit(let change) = effect { return change } else { return nil }
            }
        }
        var fields: [String] = []
        var last: [String: FieldChange] = [:]
        for change in changes {
            if last[change.field] == nil { fields.append(change.field) }
            last[change.field] = change
        }
        let lost = fields.compactMap { field -> String? in
            guard let change = last[field] else { return nil }
            let caption = open.screen.caption(ofField: field) ?? field
            let value = change.newValue.map { "\"\($0)\"" } ?? words(.shellTakenOverCleared)
            return "\(caption) \(value)"
        }
        let desk = holder.label(in: words.language)
        let body = lost.isEmpty ? words(.shellTakenOverNothingLost, ["desk": desk])
            : words(.shellTakenOverBody, ["desk": desk, "fields": lost.joined(separator: "; ")])
        intakeBeforeLock = nil      // another desk has it now
        if configuration.kiosk { mode = .locked } else { goHome() }
        prompt = .notice(title: words(.shellTakenOverTitle), body: body, keys: words(.shellTakenOverKeys))
    }
}
