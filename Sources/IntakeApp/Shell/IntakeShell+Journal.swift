import Catalog
import Foundation
import IntakeModel
import IntakeStore

/// What the journal said at the last check: how many answers wait for the server, where they are
/// kept, and answers the server refused later for the record open here.
public struct ShellJournalCheck: Sendable {
    public var status: JournaledIntakeStore.Status
    public var held: JournaledIntakeStore.HeldAnswers?
}

/// The shell's side of the offline journal (`JournaledIntakeStore`, used when the records server
/// is remote): the status line says how many answers wait for the server, and answers the server
/// refused later (another desk changed the record meanwhile) come back to the desk as the
/// conflict prompt of any save. The journal is read by an effect (`checkJournal`) after every
/// frame and at every idle tick, never from the reducer.
extension IntakeShell {
    /// "Offline: 3 answers waiting", or nil when nothing waits for the server.
    var offlineText: String? {
        guard offlineWaiting > 0 else { return nil }
        return offlineWaiting == 1 ? strings(.shellOfflineWaitingOne) : strings(.shellOfflineWaiting, ["count": String(offlineWaiting)])
    }

    /// After a frame or an idle tick, when the store is a records server behind the journal.
    mutating func checkJournalIfRemote() {
        guard services.store.isRemote else { return }
        var heldFor: String?
        if case .record(let open) = mode, prompt == nil, open.isEditableHere, saving == nil { heldFor = open.id }
        emit(.checkJournal(recordID: heldFor))
    }

    /// The journal's answer: the waiting count for the status line, and held answers taken back.
    mutating func journalChecked(_ check: ShellJournalCheck) {
        let waiting = check.status.isOffline ? check.status.waiting : 0
        if waiting != offlineWaiting { redrawAfterFrame = true }
        offlineWaiting = waiting
        journalPath = check.status.journalPath
        if let held = check.held, case .record(let open) = mode, open.isEditableHere {
            takeBack(held, into: open)
            redrawAfterFrame = true
        }
    }

    /// Answers the server did not take go back into the record's unsaved answers. Another desk's
    /// change of the same answer is asked about (one answer: the field's prompt; several: the
    /// record's); answers they left alone are put onto their record and saved again.
    mutating func takeBack(_ held: JournaledIntakeStore.HeldAnswers, into open: OpenRecord) {
        var open = open
        switch held.reason {
        case .refused(.takenOver(_, let holder)):
            open.unsaved = held.changes + open.unsaved
            fenced(open, holder: holder)
        case .refused(let error):
            open.unsaved = held.changes + open.unsaved
            mode = .record(open)
            message = strings(.shellSaveFailed, ["reason": error.message()])
        case .conflict(let conflict):
            let stored = conflict.current
            var clean: [FieldChange] = []
            var clashing: [(change: FieldChange, theirs: String??)] = []
            for change in Self.lastPerField(held.changes) {
                let theirs = open.screen.answerText(ofField: change.field, in: stored.record)
                if case .some(let value) = theirs {
                    if value == change.newValue { continue }  // they gave the same answer
                    if value == change.oldValue { clean.append(change); continue }  // they left it alone
                }
                clashing.append((change, theirs))
            }
            open.base = stored.record
            open.version = stored.version
            open.unsaved = clashing.map(\.change) + clean + open.unsaved
            mode = .record(open)
            if clashing.isEmpty {
                save(then: .adopting(saying: nil))
                return
            }
            if clashing.count == 1, let first = clashing.first, case .some(let theirs) = first.theirs {
                prompt = .conflict(conflict, FieldConflict(
                    change: first.change, caption: open.screen.caption(ofField: first.change.field) ?? first.change.field,
                    mine: first.change.newValue, theirs: theirs))
            } else {
                prompt = .conflict(conflict, nil)
            }
        }
    }

    /// One change per field, in the order the fields were first changed: from the first value
    /// replaced to the last one typed.
    static func lastPerField(_ changes: [FieldChange]) -> [FieldChange] {
        var merged: [FieldChange] = []
        for change in changes {
            if let index = merged.firstIndex(where: { $0.field == change.field }) {
                merged[index].newValue = change.newValue
            } else {
                merged.append(change)
            }
        }
        return merged
    }

    /// Quitting while answers wait for the server: the first time says how many and where they
    /// are kept (as of the last check); true when the program may stop.
    mutating func mayQuit() -> Bool {
        guard offlineWaiting > 0, !quitWarned, let journalPath else { return true }
        quitWarned = true
        message = strings(.shellOfflineQuit, ["waiting": offlineText ?? "", "path": journalPath])
        return false
    }

    /// A lifecycle step refused because the server cannot be reached: `offline` in words, else
    /// the usual "Not saved".
    func notDone(_ failure: ShellStoreFailure, offline: TextKey) -> String {
        if case .store(.serverUnreachable) = failure { return strings(offline) }
        return strings(.shellSaveFailed, ["reason": failure.text(in: strings.language)])
    }
}
