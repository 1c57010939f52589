import Foundation
import IntakeModel
import IntakeStore

/// The shell's side of the offline journal (`JournaledIntakeStore`, used when the records server
/// is remote): the status line says how many answers wait for the server, and answers the server
/// refused later (another desk changed the record meanwhile) come back to the desk as the
/// conflict prompt of any save.
extension IntakeShell {
    var journal: JournaledIntakeStore? { services.store as? JournaledIntakeStore }

    /// "Offline: 3 answers waiting", or nil when nothing waits for the server.
    var offlineText: String? {
        guard offlineWaiting > 0 else { return nil }
        return offlineWaiting == 1 ? strings[.offlineWaitingOne] : strings.format(.offlineWaiting, String(offlineWaiting))
    }

    /// After every frame and at every idle tick. True when the screen must be drawn again.
    mutating func checkJournal() -> Bool {
        guard let journal else { return false }
        let status = journal.status
        let waiting = status.isOffline ? status.waiting : 0
        var changed = waiting != offlineWaiting
        offlineWaiting = waiting
        if case .record(var open) = mode, prompt == nil, open.isEditableHere,
           let held = try? journal.takeHeldAnswers(for: open.id) {
            takeBack(held, into: &open)
            changed = true
        }
        return changed
    }

    /// Answers the server did not take go back into the record's unsaved answers. Another desk's
    /// change of the same answer is asked about (one answer: the field's prompt; several: the
    /// record's); answers they left alone are put onto their record and saved again.
    mutating func takeBack(_ held: JournaledIntakeStore.HeldAnswers, into open: inout OpenRecord) {
        switch held.reason {
        case .refused(.takenOver(_, let holder)):
            open.unsaved = held.changes + open.unsaved
            fenced(open, holder: holder)
        case .refused(let error):
            open.unsaved = held.changes + open.unsaved
            mode = .record(open)
            message = strings.format(.saveFailed, Self.describe(error))
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
            if clashing.isEmpty {
                if flush(&open, policy: .refuse) { adopt(&open) }
                if case .record = mode { mode = .record(open) }
                return
            }
            mode = .record(open)
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
    /// are kept; true when the program may stop.
    mutating func mayQuit() -> Bool {
        guard let journal, !quitWarned else { return true }
        let status = journal.status
        guard status.isOffline else { return true }
        quitWarned = true
        offlineWaiting = status.waiting
        message = strings.format(.offlineQuit, offlineText ?? "", status.journalPath)
        return false
    }

    /// A lifecycle step refused because the server cannot be reached: `offline` in words, else
    /// the usual "Not saved".
    func notDone(_ error: Error, offline: ShellStrings.Text) -> String {
        if case StoreError.serverUnreachable? = error as? StoreError { return strings[offline] }
        return strings.format(.saveFailed, Self.describe(error))
    }
}
