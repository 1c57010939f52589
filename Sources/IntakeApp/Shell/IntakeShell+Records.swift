import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI

extension IntakeShell {
    // MARK: - home

    mutating func goHome() {
        var home = HomeScreen(today: services.clock.today(), timeZone: services.clock.timeZone, strings: strings,
                              dateConvention: configuration.dateConvention)
        load(into: &home, search: "")
        mode = .home(home)
    }

    /// Today's intakes, or those matching the search (any day).
    func load(into home: inout HomeScreen, search: String) {
        let query = search.isEmpty ? RecordQuery(visitDate: home.today, limit: 500)
            : RecordQuery(search: search, limit: 500, dateConvention: home.dateConvention)
        do { home.setRows(try services.store.list(query)) } catch { home.message = Self.describe(error) }
    }

    mutating func perform(_ action: HomeScreen.Action) {
        guard case .home(var home) = mode else { return }
        switch action {
        case .none: return
        case .search(let text): load(into: &home, search: text); mode = .home(home)
        case .openNew: startNewIntake()
        case .open(let summary) where summary.status == .inProgress: resume(summary.id)
        case .open(let summary): open(summary.id, step: .summary)
        case .quit: if mayQuit() { isFinished = true }
        }
    }

    // MARK: - opening and leaving a record

    /// Creates a draft dated today (local date, injected clock) and opens it on the Patient step.
    public mutating func startNewIntake() {
        let record = IntakeRecord(visitDate: services.clock.today())
        do {
            let stored = try services.store.createDraft(record, actor: services.actor)
            open(stored.id, step: .patient, askBeforeTakingOver: false)
        } catch {
            failOpening(error)
        }
    }

    /// Opens a stored record on a step; a draft held by another desk is taken over only after asking.
    public mutating func open(_ recordID: String, step: StepID, askBeforeTakingOver: Bool = true) {
        do {
            let stored = try services.store.load(recordID)
            if stored.status.isEditable, let holder = stored.session.holder, holder.token != services.session.token,
               askBeforeTakingOver {
                prompt = .takeOver(stored, step: step)
                return
            }
            try claimAndShow(stored, step: step, force: false)
        } catch {
            failOpening(error)
        }
    }

    /// Claims an editable draft (taking it over when `force`), audits the open, shows it.
    mutating func claimAndShow(_ stored: StoredRecord, step: StepID, force: Bool) throws {
        if stored.status.isEditable {
            if force {
                try services.store.takeOver(stored.id, session: services.session, actor: services.actor)
            } else if case .heldByAnotherSession(let holder, _) = try services.store.claim(
                stored.id, session: services.session, actor: services.actor) {
                throw StoreError.heldByAnotherSession(id: stored.id, holder: holder.label)
            }
        }
        // `claim` audits the open of an editable draft itself
        if !stored.status.isEditable || force {
            try services.store.appendAudit(stored.id, action: .open, actor: services.actor)
        }
        var screen = makeScreen(stored.record, step: step)
        if resumingRecordID == stored.id {
            resumingRecordID = nil
            if stored.status.isEditable { focusLastEdited(&screen, recordID: stored.id) }
        }
        let alertEffects = screen.showUnacknowledgedAlert(acknowledgedRules: try acknowledgedRules(stored.id))
        mode = .record(OpenRecord(stored: stored, screen: screen, now: services.clock.now()))
        if stored.status == .signed { message = strings[.readOnly] }
        for effect in alertEffects { perform(effect) }
    }

    /// A draft another desk has, shown to read only: not claimed, nothing saved, the other desk
    /// named on the message line; Esc goes back to the list. Audited `open`.
    mutating func showReadOnly(_ stored: StoredRecord, step: StepID) throws {
        try services.store.appendAudit(stored.id, action: .open, field: nil, oldValue: nil, newValue: "read only",
                                       actor: services.actor)
        var open = OpenRecord(stored: stored, screen: makeScreen(stored.record, step: step), now: services.clock.now())
        let holder = stored.session.holder?.label ?? "?"
        open.heldElsewhere = holder
        mode = .record(open)
        message = strings.format(.readOnlyHeld, holder)
    }

    /// The emergency rules a member of staff has acknowledged on this record (audit trail).
    func acknowledgedRules(_ recordID: String) throws -> Set<String> {
        Set(try services.store.alertAcknowledgements(recordID).flatMap(\.rules))
    }

    /// The record's screen, told the terminal's size.
    func makeScreen(_ record: IntakeRecord, step: StepID) -> any ShellRecordScreen {
        var screen = services.makeScreen(record, step, configuration.kiosk)
        _ = screen.respond(to: .resize(terminalSize))
        return screen
    }

    mutating func failOpening(_ error: Error) {
        if configuration.kiosk {
            mode = .locked
        } else if case .home = mode {
        } else {
            goHome()
        }
        message = strings.format(.openFailed, Self.describe(error))
    }

    /// Saves, gives up the draft and returns home (kiosk: stays on the record).
    mutating func leaveRecord() {
        guard !configuration.kiosk else { return }
        let notSaved = closeRecord()
        goHome()
        if let notSaved { message = notSaved }
    }

    /// Commits every answer left and releases the claim. Never overwrites another session.
    /// Returns what could not be saved, in words ("Not saved: what was typed in Date of birth ..."),
    /// or nil when everything typed is stored.
    @discardableResult
    mutating func closeRecord() -> String? {
        guard case .record(var open) = mode else { return nil }
        if open.isEditableHere {
            // `.hangUp` asks the screen to commit the field being typed; only commits are kept
            open.unsaved += open.screen.respond(to: .hangUp).compactMap { effect -> FieldChange? in
                if case .commit(let change) = effect { return change } else { return nil }
            }
        }
        let saved = flush(&open, policy: .refuse)
        guard case .record = mode else { return nil }  // taken over at another desk: said already
        if open.isEditableHere { try? services.store.release(open.id, session: services.session) }
        mode = .record(open)
        let unreadable = open.screen.unreadableFields
        if !unreadable.isEmpty {
            let names = unreadable.map { "\"\($0)\"" }.joined(separator: ", ")
            return strings.format(unreadable.count == 1 ? .notSavedUnreadableOne : .notSavedUnreadable, names)
        }
        return saved ? nil : strings[.notSavedStore]
    }

    // MARK: - effects of the record screen

    mutating func perform(_ effect: ShellScreenEffect) {
        guard case .record(var open) = mode else { return }
        switch effect {
        case .commit(let change):
            // Committed after this key's frame (`afterFrame`), or first by the effect that needs
            // it stored (save, print, finish, leaving, an acknowledged alert).
            open.unsaved.append(change)
        case .saveNow:
            if flush(&open, policy: .refuse) { message = strings[.saved] }
        case .print:
            print(&open)
        case .finish where !configuration.kiosk:
            // The summary and the sign prompt are drawn first; the record is committed and marked
            // completed right after that frame (`afterFrame`), before any other key is read, and
            // a failure takes the prompt back and says why.
            open.completionPending = true
            askForSignature()
        case .finish:
            finish(&open)
            return
        case .alertAcknowledged(let rules, let staffName):
            _ = flush(&open, policy: .refuse)
            do {
                try services.store.appendAudit(open.id, action: .alertAcknowledged, field: rules.joined(separator: ","),
                                               oldValue: nil, newValue: staffName, actor: services.actor)
                message = strings.format(.alertAcknowledged, staffName)
            } catch { message = strings.format(.saveFailed, Self.describe(error)) }
        case .handOver:
            // the draft stays in progress for the front desk; audited, then the next patient
            mode = .record(open)
            closeRecord()
            try? services.store.appendAudit(open.id, action: .handedOver, actor: services.actor)
            if configuration.kiosk { startNewIntake() } else { goHome() }
            message = strings[.kioskHandedOver]
            return
        case .alertShown(let rules):
            do {
                try services.store.appendAudit(open.id, action: .alertShown, field: rules.joined(separator: ","),
                                               oldValue: nil, newValue: nil, actor: services.actor)
            } catch { message = strings.format(.saveFailed, Self.describe(error)) }
        case .staffNeededForAlert:
            mode = .record(open)
            askForStaff(.acknowledgeAlert)
            return
        case .leave:
            mode = .record(open)
            leaveRecord()
            return
        }
        if case .record = mode { mode = .record(open) }
    }

    /// Commits the answers not yet saved, in order. Returns true when all are saved. A conflict
    /// stops and asks (unless `policy` is `.overwrite`); a store error keeps them for F2.
    ///
    /// Each save puts only the answer that changed onto the stored record this desk last read
    /// (`open.base`), and audits the value it replaced there and the value written. When another
    /// desk saved meanwhile: if it left this answer alone the answer is put onto their record and
    /// saved without asking (the screen then shows their answers too); if it changed the same
    /// answer, the prompt shows both values.
    mutating func flush(_ open: inout OpenRecord, policy: ConflictPolicy) -> Bool {
        var policy = policy
        var merged = false
        while let change = open.unsaved.first {
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
            do {
                let outcome = try services.store.saveAnswer(
                    audited, record: record, recordID: open.id, expectedVersion: open.version,
                    onConflict: policy, actor: services.actor, session: services.session)
                switch outcome {
                case .saved(let version):
                    open.version = version
                    open.base = record
                    open.unsaved.removeFirst()
                    open.lastHeartbeat = services.clock.now()
                    policy = .refuse
                case .conflict(let conflict):
                    let stored = conflict.current
                    if let list, policy != .overwrite, stored.status.isEditable {
                        let theirsUnchanged = list.same(stored.record, open.base)
                        if theirsUnchanged || list.same(stored.record, screen.record) {
                            // they left this list alone (or made it the same): merge, no question
                            open.base = stored.record
                            open.version = stored.version
                            if !theirsUnchanged { open.unsaved.removeAll { screen.list(ofField: $0.field)?.id == list.id } }
                            merged = true
                            continue
                        }
                        prompt = .conflict(conflict, FieldConflict(
                            change: change, caption: list.caption, mine: list.words(screen.record),
                            theirs: list.words(stored.record), listID: list.id))
                        return false
                    }
                    guard policy != .overwrite, stored.status.isEditable,
                          case .some(let theirs) = screen.answerText(ofField: change.field, in: stored.record) else {
                        prompt = .conflict(conflict, nil)
                        return false
                    }
                    if theirs == audited.oldValue || theirs == audited.newValue {
                        // they left this answer alone (or gave the same one): merge, no question
                        open.base = stored.record
                        open.version = stored.version
                        if theirs == audited.newValue { open.unsaved.removeFirst() }
                        merged = true
                        continue
                    }
                    prompt = .conflict(conflict, FieldConflict(
                        change: change, caption: screen.caption(ofField: change.field) ?? change.field,
                        mine: audited.newValue, theirs: theirs))
                    return false
                }
            } catch StoreError.takenOver(_, let holder) {
                fenced(open, holder: holder)
                return false
            } catch {
                message = strings.format(.saveFailed, Self.describe(error))
                return false
            }
        }
        if merged { adopt(&open) }
        return true
    }

    /// Shows the stored record (`open.base`, another desk's answers merged in) on the screen; an
    /// emergency alert their answers fire is shown and audited as any other.
    mutating func adopt(_ open: inout OpenRecord) {
        for case .alertShown(let rules) in open.screen.adopt(open.base) {
            try? services.store.appendAudit(open.id, action: .alertShown, field: rules.joined(separator: ","),
                                            oldValue: nil, newValue: nil, actor: services.actor)
        }
    }

    /// Another desk took this draft over: the store refuses this desk's writes. Says who and from
    /// where, and which answers typed here were not saved (on screen only, never logged), then
    /// goes back to the list.
    mutating func fenced(_ open: OpenRecord, holder: String) {
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
            let value = change.newValue.map { "\"\($0)\"" } ?? strings[.takenOverCleared]
            return "\(caption) \(value)"
        }
        let body = lost.isEmpty ? strings.format(.takenOverNothingLost, holder)
            : strings.format(.takenOverBody, holder, lost.joined(separator: "; "))
        if configuration.kiosk { mode = .locked } else { goHome() }
        prompt = .notice(title: strings[.takenOverTitle], body: body, keys: strings[.takenOverKeys])
    }

    /// At every idle tick, what the store holds for the open record: a desk whose draft another
    /// desk took over is told now, not at its next save; a read-only view shows the other desk's
    /// latest answers (and an emergency they raise) instead of the answers it opened with.
    mutating func watchStoredRecord() {
        guard case .record(var open) = mode, prompt == nil, !open.completionPending,
              let stored = try? services.store.load(open.id) else { return }
        if open.isEditableHere, let holder = stored.session.holder, holder.token != services.session.token {
            fenced(open, holder: holder.label)
            return
        }
        guard open.heldElsewhere != nil, stored.version != open.version else { return }
        open.version = stored.version
        open.base = stored.record
        open.status = stored.status
        if let holder = stored.session.holder { open.heldElsewhere = holder.label }
        for case .alertShown(let rules) in open.screen.adopt(stored.record) {
            try? services.store.appendAudit(open.id, action: .alertShown, field: rules.joined(separator: ","),
                                            oldValue: nil, newValue: nil, actor: services.actor)
        }
        mode = .record(open)
    }

    mutating func heartbeatIfDue() {
        guard case .record(var open) = mode, open.isEditableHere else { return }
        let now = services.clock.now()
        guard now.timeIntervalSince(open.lastHeartbeat) >= configuration.heartbeatSeconds else { return }
        do {
            try services.store.heartbeat(open.id, session: services.session)
        } catch StoreError.heldByAnotherSession(_, let holder) {
            fenced(open, holder: holder)
            return
        } catch {}
        open.lastHeartbeat = now
        mode = .record(open)
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? StoreError { return e.message() }
        return String(describing: error)
    }
}
