import Foundation
import IntakeStore

extension IntakeShell {
    /// The result of an effect, back from the edge: the step that waited for it goes on.
    mutating func receive(_ result: ShellAction) {
        switch result {
        case .listed(let rows): listed(rows)
        case .draftCreated(let created): draftCreated(created)
        case .loaded(.open(let step, let ask), let loaded): loadedForOpening(loaded, step: step, askBeforeTakingOver: ask)
        case .loaded(.print, let loaded): loadedForPrinting(loaded)
        case .loaded(.watch, let loaded): if case .success(let stored) = loaded { watched(stored) }
        case .claimed(.open(let opening), let outcome): claimResult(outcome, opening)
        case .claimed(.afterAmending, let outcome):
            if case .failure(let failure) = outcome { message = strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)]) }
        case .tookOver(let opening, let failure):
            if let failure { failOpening(failure) } else { claimed(opening) }
        case .openingRead(let opening, let read):
            switch read {
            case .success(let facts):
                show(opening, acknowledgedRules: facts.acknowledgedRules, fieldsLastEdited: facts.fieldsLastEdited)
            case .failure(let failure): failOpening(failure)
            }
        case .answerSaved(let outcome): answerSaved(outcome)
        case .heartbeatSent(let failure): heartbeatSent(failure)
        case .completed(let outcome): completed(outcome)
        case .signed(let staffName, let outcome): signed(outcome, staffName: staffName)
        case .amended(let outcome): amended(outcome)
        case .audited(let then, let failure): audited(then, failure: failure)
        case .printed(let outcome): printed(outcome)
        case .staffChecked(let login, _, let member): staffChecked(login: login, member: member)
        case .journalChecked(let check): journalChecked(check)
        case .key, .frameDrawn, .idle, .heartbeatDue, .watchDue, .start, .open, .resume, .startNewIntake, .stop: break
        }
    }

    /// An audit row was written, or not: said where it matters, opening goes on.
    private mutating func audited(_ then: ShellAfterAudit, failure: ShellStoreFailure?) {
        switch then {
        case .nothing: break
        case .sayFailure:
            if let failure { message = strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)]) }
        case .sayAcknowledged(let staffName):
            if let failure {
                message = strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)])
            } else {
                message = strings(.shellAlertAcknowledged, ["name": staffName])
            }
        case .sayPrinted(let where_):
            if let failure {
                message = strings(.shellPrintFailed, ["reason": failure.text(in: strings.language)])
            } else {
                message = strings(.shellPrinted, ["printer": where_])
            }
        case .continueOpening(let opening):
            if let failure { return failOpening(failure) }
            if opening.readOnly {
                show(opening, acknowledgedRules: [], fieldsLastEdited: [])
            } else {
                emit(.readOpening(opening))
            }
        }
    }
}
