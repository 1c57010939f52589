import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire

/// `--accessible` / `TERM=dumb` for `new`, `open`, `resume` and `kiosk`: the intake line by line
/// (`AccessibleIntake`), with the same effects performed as on the full screen: each answer
/// committed as it is given, finishing marks the record completed, alerts acknowledged and
/// prints audited. A draft open at another live desk is not taken over here (use the screen).
enum ShellLineMode {
    /// `resuming` (`intake resume`) starts at the field last edited, as the full screen does.
    /// `language` is the staff's (the intake's until the record names the patient's). A kiosk
    /// patient is asked the language first (`KioskLanguageChoice.ask`) unless `kioskLanguage`
    /// (`intake kiosk --language`) chose it.
    static func run(store: any IntakeRecordStore, recordID: String, step: StepID, kiosk: Bool, resuming: Bool = false,
                    dateConvention: DateConvention = .yearMonthDay, language: Language = .english,
                    kioskLanguage: Language? = nil) throws {
        let actor = AuditActor.current()
        let desk = DeskSession.current()
        let stored = try store.load(recordID)
        if stored.status.isEditable,
           case .heldByAnotherSession(let holder, _) = try store.claim(recordID, session: desk, actor: actor) {
            throw StoreError.heldByAnotherSession(id: recordID, holder: holder)
        }
        defer { try? store.release(recordID, session: desk) }
        if !stored.status.isEditable { try store.appendAudit(recordID, action: .open, actor: actor) } // claim audits it
        var session = IntakeSession(record: stored.record, clock: SystemIntakeClock(), mode: kiosk ? .kiosk : .staff,
                                    step: step, language: language, dateConvention: dateConvention)
        if resuming, stored.status.isEditable { _ = session.focusLastEdited(try store.fieldsLastEdited(recordID)) }
        var version = stored.version
        var status = stored.status
        func perform(_ effect: SessionEffect, _ session: IntakeSession) throws {
            guard status.isEditable else { return }
            switch effect {
            case .saveAnswer, .entryAdded, .entryRemoved:
                guard let change = IntakeScreen.shellEffect(effect), case .commit(let field) = change else { return }
                switch try store.saveAnswer(field, record: session.record, recordID: recordID, expectedVersion: version,
                                            actor: actor, session: desk) {
                case .saved(let newVersion): version = newVersion
                case .conflict(let conflict): say(said(.cliMessageNotSavedHere, ["conflict": conflict.message(language: StaffText.language)]))
                }
                sayRefusedLater(store, recordID)
            case .finish:
                do {
                    let done = try store.complete(recordID, expectedVersion: version, actor: actor)
                    version = done.version
                    status = done.status
                } catch StoreError.serverUnreachable where store is JournaledIntakeStore {
                    say(Catalog(language)(.shellNotFinishedOffline))
                }
            case .alertAcknowledged(let alert, let staffName):
                try store.appendAudit(recordID, action: .alertAcknowledged,
                                      field: alert.rules.map(\.rawValue).joined(separator: ","),
                                      oldValue: nil, newValue: staffName, actor: actor)
            case .print:
                switch ShellSheetPrinter.print(try store.load(recordID),
                                               acknowledgements: try store.sheetAlertAcknowledgements(recordID)) {
                case .printed(let job):
                    try store.appendAudit(recordID, action: .print, field: nil, oldValue: nil, newValue: job, actor: actor)
                    say(said(.shellPrinted, ["printer": job]))
                case .failed(let why): say(said(.shellPrintFailed, ["reason": why]))
                }
            default: break
            }
        }
        if kiosk, stored.status.isEditable, stored.record.patient?.language == nil {
            var input = StandardInputReader()
            guard let chosen = kioskLanguage ?? KioskLanguageChoice.ask(input: &input, output: .standardOutput) else { return }
            let language = ItemAddress("patient.language")
            for effect in session.apply(.setAnswer(language, .code(chosen.rawValue))) {
                try perform(effect, session)
            }
            // chosen before the first question: not asked again first (as on the kiosk's screens)
            if session.focus == language {
                for effect in session.apply(.nextField) { try perform(effect, session) }
            }
        }
        _ = try AccessibleIntake(session: session, input: .standardInput, output: .standardOutput)
            .run(effectsWithSession: perform)
    }

    /// `intake home --accessible`: the home list line by line (`HomeLineMode`); the intake chosen
    /// (`new`, `open N`) runs line by line as `intake new` / `intake open ID` do, then the list
    /// comes back, until `quit` or the end of input. A record that cannot be opened (a draft open
    /// at another desk) is said in one line and the list comes back.
    static func runHome(store: any IntakeRecordStore, dateConvention: DateConvention = .yearMonthDay,
                        language: Language = .english) throws {
        let clock = SystemShellClock()
        var home = HomeLineMode(store: store, today: clock.today(), timeZone: clock.timeZone, dateConvention: dateConvention,
                                strings: Catalog(language), input: .standardInput, output: .standardOutput)
        while true {
            let target: (id: String, step: StepID)
            switch home.next() {
            case .quit: return
            case .new: target = try NewCommand.newDraft(store)
            case .open(let id, let step): target = (id, step)
            }
            do {
                try run(store: store, recordID: target.id, step: target.step, kiosk: false, dateConvention: dateConvention,
                        language: language)
            } catch let error as StoreError {
                say(error.message(language: language))
            }
        }
    }

    /// Through the offline journal an answer reaches the server after it was typed: one the server
    /// refused since (another desk changed the record) is taken back and said, as a conflict is.
    static func sayRefusedLater(_ store: any IntakeRecordStore, _ recordID: String) {
        guard let journal = store as? JournaledIntakeStore, let held = try? journal.takeHeldAnswers(for: recordID) else { return }
        switch held.reason {
        case .conflict(let conflict): say(said(.cliMessageNotSavedHere, ["conflict": conflict.message(language: StaffText.language)]))
        case .refused(let error): say(error.message(language: StaffText.language))
        }
    }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
