import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI

extension IntakeShell {
    // MARK: - home

    /// The home list; back from a record opened from it, with the search and the selection it had
    /// (an Enter then opens the same row again, never a new blank intake by surprise).
    mutating func goHome() {
        // the clinic's words, even when leaving a Spanish patient's intake (`strings` is its language)
        var home = HomeScreen(today: services.clock.today(), timeZone: services.clock.timeZone, strings: configuration.strings,
                              dateConvention: configuration.dateConvention, size: terminalSize)
        if var before = homeBeforeRecord {
            before.today = home.today
            before.message = nil
            home = before
        }
        homeBeforeRecord = nil
        mode = .home(home)
        emit(.list(home.query(search: home.searchText)))
    }

    /// The terminal was resized: a home search lists the matches that now fit (read again).
    mutating func homeResized() {
        guard case .home(var home) = mode else { return }
        let changed = home.fit(terminalSize)
        mode = .home(home)
        if changed && !home.searchText.isEmpty { emit(.list(home.query(search: home.searchText))) }
    }

    /// The home list's rows, or why they could not be read.
    mutating func listed(_ result: Result<[RecordSummary], ShellStoreFailure>) {
        guard case .home(var home) = mode else { return }
        switch result {
        case .success(let rows): home.setRows(rows)
        case .failure(let failure): home.message = failure.text(in: strings.language)
        }
        mode = .home(home)
    }

    mutating func perform(_ action: HomeScreen.Action) {
        guard case .home(let home) = mode else { return }
        switch action {
        case .none: return
        case .search(let text): emit(.list(home.query(search: text)))
        case .openNew: beginNewIntake()
        case .open(let summary) where summary.status == .inProgress:
            homeBeforeRecord = home
            beginResuming(summary.id)
        case .open(let summary):
            homeBeforeRecord = home
            beginOpening(summary.id, step: .summary)
        case .quit: if mayQuit() { isFinished = true }
        }
    }

    // MARK: - opening and leaving a record

    /// Creates a draft dated today (local date, injected clock) and opens it on the Patient step;
    /// `saying` goes on the message line once it is open (or could not be).
    /// In kiosk mode the patient first chooses the language (`KioskLanguageChoice`), unless
    /// `--language` chose it for every patient.
    mutating func beginNewIntake(saying: String? = nil) {
        guard configuration.kiosk else {
            messageAfterOpening = saying
            return createDraft(language: nil)
        }
        if let language = configuration.kioskLanguage {
            messageAfterOpening = saying
            return createDraft(language: language)
        }
        mode = .choosingLanguage(KioskLanguageChoice())
        message = saying
    }

    /// A draft dated today, in `language` when one was chosen (its `patient.language`).
    mutating func createDraft(language: Language?) {
        var record = IntakeRecord(visitDate: services.clock.today())
        if let language { record.patient = Patient(language: language.rawValue) }
        emit(.createDraft(record))
    }

    mutating func draftCreated(_ result: Result<StoredRecord, ShellStoreFailure>) {
        switch result {
        case .success(let stored): beginOpening(stored.id, step: .patient, askBeforeTakingOver: false)
        case .failure(let failure): failOpening(failure)
        }
    }

    /// Opens a stored record on a step; a draft held by another desk is taken over only after asking.
    mutating func beginOpening(_ recordID: String, step: StepID, askBeforeTakingOver: Bool = true) {
        emit(.load(recordID: recordID, for: .open(step: step, askBeforeTakingOver: askBeforeTakingOver)))
    }

    mutating func loadedForOpening(_ result: Result<StoredRecord, ShellStoreFailure>, step: StepID, askBeforeTakingOver: Bool) {
        guard case .success(let stored) = result else {
            if case .failure(let failure) = result { failOpening(failure) }
            return
        }
        let resuming = resumingRecordID == stored.id
        if stored.status.isEditable, let holder = stored.session.holder, holder.token != services.session.token,
           askBeforeTakingOver {
            prompt = .takeOver(stored, step: step)
            return
        }
        if resuming { resumingRecordID = nil }
        claim(ShellOpening(stored: stored, step: step, resuming: resuming))
    }

    /// Claims an editable draft (taking it over when `force`), audits the open, shows it.
    mutating func claim(_ opening: ShellOpening) {
        if opening.stored.status.isEditable {
            emit(opening.force ? .takeOver(opening) : .claim(recordID: opening.stored.id, for: .open(opening)))
        } else {
            claimed(opening)
        }
    }

    /// The claim is this desk's (or the record is not editable): `claim` audits the open of an
    /// editable draft itself, other opens are audited here.
    mutating func claimed(_ opening: ShellOpening) {
        if !opening.stored.status.isEditable || opening.force {
            emit(.appendAudit(ShellAuditRow(opening.stored.id, .open), then: .continueOpening(opening)))
        } else {
            emit(.readOpening(opening))
        }
    }

    mutating func claimResult(_ result: Result<ClaimOutcome, ShellStoreFailure>, _ opening: ShellOpening) {
        switch result {
        case .failure(let failure): failOpening(failure)
        case .success(.heldByAnotherSession(let holder, _)):
            failOpening(.store(.heldByAnotherSession(id: opening.stored.id, holder: holder)))
        case .success: claimed(opening)
        }
    }

    /// Shows the record claimed (or read only), focused where the clerk left off when resuming,
    /// with the alert again for every emergency no member of staff has acknowledged.
    mutating func show(_ opening: ShellOpening, acknowledgedRules: Set<String>, fieldsLastEdited: [String]) {
        let stored = opening.stored
        var screen = makeScreen(stored.record, step: opening.step)
        if opening.readOnly {
            var open = OpenRecord(stored: stored, screen: screen, now: services.clock.now())
            let holder = stored.session.holder?.label(in: strings.language) ?? "?"
            open.heldElsewhere = holder
            mode = .record(open)
            message = strings(.shellReadOnlyHeld, ["desk": holder])
            openingEnded()
            return
        }
        if opening.resuming, stored.status.isEditable {
            // the latest edited field the screen still shows (an answer set aside, or a removed
            // entry, is skipped); nothing found leaves the screen on its step
            for field in fieldsLastEdited.prefix(20) where screen.focus(onField: field) { break }
        }
        let alertEffects = screen.showUnacknowledgedAlert(acknowledgedRules: acknowledgedRules)
        mode = .record(OpenRecord(stored: stored, screen: screen, now: services.clock.now()))
        if stored.status == .signed { message = strings(.shellReadOnly) }
        for effect in alertEffects { perform(effect) }
        openingEnded()
    }

    /// A draft another desk has, shown to read only: not claimed, nothing saved, the other desk
    /// named on the message line; Esc goes back to the list. Audited `open`.
    mutating func showReadOnly(_ stored: StoredRecord, step: StepID) {
        let opening = ShellOpening(stored: stored, step: step, readOnly: true)
        emit(.appendAudit(ShellAuditRow(stored.id, .open, newValue: "read only"), then: .continueOpening(opening)))
    }

    /// The record's screen, told the terminal's size.
    func makeScreen(_ record: IntakeRecord, step: StepID) -> any ShellRecordScreen {
        var screen = services.makeScreen(record, step, configuration.kiosk)
        _ = screen.respond(to: .resize(terminalSize))
        return screen
    }

    mutating func failOpening(_ failure: ShellStoreFailure) {
        resumingRecordID = nil
        if configuration.kiosk {
            mode = .locked
        } else if case .home = mode {
        } else {
            goHome()
        }
        message = strings(.shellOpenFailed, ["reason": failure.text(in: strings.language)])
        openingEnded()
    }

    /// A new draft's opening is over: what was to be said then is said.
    private mutating func openingEnded() {
        if let text = messageAfterOpening {
            message = text
            messageAfterOpening = nil
        }
    }

    /// Saves, gives up the draft and returns home (kiosk: stays on the record).
    mutating func leaveRecord() {
        guard !configuration.kiosk else { return }
        close(then: .home)
    }

    // MARK: - effects of the record screen

    mutating func perform(_ effect: ShellScreenEffect) {
        guard case .record(var open) = mode else { return }
        switch effect {
        case .commit(let change):
            // Committed after this key's frame (`frameDrawn`), or first by the effect that needs
            // it stored (save, print, finish, leaving, an acknowledged alert).
            open.unsaved.append(change)
            mode = .record(open)
        case .saveNow:
            save(then: .sayingSaved)
        case .print:
            save(then: .printing)
        case .finish where !configuration.kiosk:
            // The summary and the sign prompt are drawn first; the record is committed and marked
            // completed right after that frame (`frameDrawn`), before any other key is read, and
            // a failure takes the prompt back and says why.
            open.completionPending = true
            mode = .record(open)
            askForSignature()
        case .finish:
            save(then: .completing)
        case .alertAcknowledged(let rules, let staffName):
            save(then: .auditingAcknowledgement(recordID: open.id, rules: rules, staffName: staffName))
        case .handOver:
            // the draft stays in progress for the front desk; audited, then the next patient
            close(then: .handOver(recordID: open.id))
        case .alertShown(let rules):
            emit(.appendAudit(ShellAuditRow(open.id, .alertShown, field: rules.joined(separator: ",")), then: .sayFailure))
        case .staffNeededForAlert:
            askForStaff(.acknowledgeAlert)
        case .leave:
            leaveRecord()
        }
    }

    /// At every idle tick, what the store holds for the open record: a desk whose draft another
    /// desk took over is told now, not at its next save; a read-only view shows the other desk's
    /// latest answers (and an emergency they raise) instead of the answers it opened with.
    /// On the home list the same tick reads the list again (same search), so a record another desk
    /// or a kiosk saved, an emergency first of all, appears without a key.
    mutating func watchStoredRecord() {
        if case .home(let home) = mode, prompt == nil {
            emit(.list(home.query(search: home.searchText)))
            return
        }
        guard case .record(let open) = mode, prompt == nil, !open.completionPending else { return }
        emit(.load(recordID: open.id, for: .watch))
    }

    mutating func watched(_ stored: StoredRecord) {
        guard case .record(var open) = mode, prompt == nil, !open.completionPending, open.id == stored.id else { return }
        if open.isEditableHere, let holder = stored.session.holder, holder.token != services.session.token {
            fenced(open, holder: holder)
            return
        }
        guard open.heldElsewhere != nil, stored.version != open.version else { return }
        open.version = stored.version
        open.base = stored.record
        open.status = stored.status
        if let holder = stored.session.holder { open.heldElsewhere = holder.label(in: strings.language) }
        for case .alertShown(let rules) in open.screen.adopt(stored.record) {
            emit(.appendAudit(ShellAuditRow(open.id, .alertShown, field: rules.joined(separator: ",")), then: .nothing))
        }
        mode = .record(open)
    }

    mutating func heartbeatIfDue() {
        guard case .record(var open) = mode, open.isEditableHere else { return }
        let now = services.clock.now()
        guard now.timeIntervalSince(open.lastHeartbeat) >= configuration.heartbeatSeconds else { return }
        open.lastHeartbeat = now
        mode = .record(open)
        emit(.heartbeat(recordID: open.id))
    }

    mutating func heartbeatSent(_ failure: ShellStoreFailure?) {
        guard case .store(.heldByAnotherSession(_, let holder)) = failure, case .record(let open) = mode else { return }
        fenced(open, holder: holder)
    }
}
