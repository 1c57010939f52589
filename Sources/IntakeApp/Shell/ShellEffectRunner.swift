import Foundation
import IntakeModel
import IntakeStore

/// The edge of the shell: the one place that calls the store, the printer and the staff
/// credential check. Performs one `ShellEffect` and gives its result back as a `ShellAction`
/// (nil when nothing waits for it).
public struct ShellEffectRunner: Sendable {
    public let services: ShellServices

    public init(services: ShellServices) { self.services = services }

    public func perform(_ effect: ShellEffect) -> ShellAction? {
        let store = services.store
        let actor = services.actor
        let session = services.session
        switch effect {
        case .list(let query):
            return .listed(attempt { try store.list(query) })
        case .createDraft(let record):
            return .draftCreated(attempt { try store.createDraft(record, actor: actor) })
        case .load(let id, .watch) where store is JournaledIntakeStore:
            // a records server: read in the background, the answer taken at the next tick
            guard let seen = (store as? JournaledIntakeStore)?.watchedRecord(id) else { return nil }
            return .loaded(.watch, .success(seen))
        case .load(let id, let purpose):
            return .loaded(purpose, attempt { try store.load(id) })
        case .claim(let id, let purpose):
            return .claimed(purpose, attempt { try store.claim(id, session: session, actor: actor) })
        case .takeOver(let opening):
            return .tookOver(opening, failure { try store.takeOver(opening.stored.id, session: session, actor: actor) })
        case .readOpening(let opening):
            return .openingRead(opening, attempt {
                let acknowledged = Set(try store.alertAcknowledgements(opening.stored.id).flatMap(\.rules))
                // the field last edited is a convenience: a trail that cannot say opens on the step
                let lastEdited = opening.resuming ? ((try? store.fieldsLastEdited(opening.stored.id)) ?? []) : []
                return (acknowledgedRules: acknowledged, fieldsLastEdited: lastEdited)
            })
        case .saveAnswer(let save):
            return .answerSaved(attempt {
                try store.saveAnswer(save.change, record: save.record, recordID: save.recordID,
                                     expectedVersion: save.expectedVersion, onConflict: save.policy,
                                     actor: actor, session: session)
            })
        case .heartbeat(let id):
            return .heartbeatSent(failure { try store.heartbeat(id, session: session) })
        case .release(let id):
            try? store.release(id, session: session)
            return nil
        case .complete(let id, let version):
            return .completed(attempt { try store.complete(id, expectedVersion: version, actor: actor) })
        case .sign(let id, let version, let staffName):
            return .signed(staffName: staffName, attempt {
                try store.sign(id, expectedVersion: version, staffName: staffName, actor: actor)
            })
        case .amend(let id, let version, let reason):
            return .amended(attempt { try store.amend(id, expectedVersion: version, reason: reason, actor: actor) })
        case .appendAudit(let row, let then):
            let failed = failure {
                try store.appendAudit(row.recordID, action: row.action, field: row.field, oldValue: row.oldValue,
                                      newValue: row.newValue, actor: actor)
            }
            return then == .nothing ? nil : .audited(then, failed)
        case .printSheet(let stored):
            return .printed(services.printSheet(stored))
        case .checkStaff(let login, let secret, let purpose):
            return .staffChecked(login: login, purpose: purpose, services.staff.authenticate(login: login, secret: secret))
        case .checkJournal(let recordID):
            guard let journal = store as? JournaledIntakeStore else { return nil }
            let held = recordID.flatMap { try? journal.takeHeldAnswers(for: $0) }
            return .journalChecked(ShellJournalCheck(status: journal.status, held: held))
        }
    }

    private func attempt<T>(_ body: () throws -> T) -> Result<T, ShellStoreFailure> {
        do { return .success(try body()) } catch { return .failure(ShellStoreFailure(error)) }
    }

    private func failure(_ body: () throws -> Void) -> ShellStoreFailure? {
        do { try body(); return nil } catch { return ShellStoreFailure(error) }
    }
}
