import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Take-over fences the old desk: its saves are refused by the store")
struct TakeOverFenceTests {
    let clock = ManualClock()
    let processes = FakeProcesses(alive: [100, 200])
    let desk1 = DeskSession(token: "t-1", pid: 100, host: "desk-1", osUser: "anna")
    let desk2 = DeskSession(token: "t-2", pid: 200, host: "desk-1", osUser: "ben")

    @Test("after desk 2 takes over, desk 1's save is refused with takenOver naming desk 2, and nothing changes", arguments: Backend.allCases)
    func oldDeskRefused(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        try store.takeOver(draft.id, session: desk2, actor: backOffice)
        let before = try store.load(draft.id)
        let auditBefore = try store.auditTrail(draft.id).count
        var mine = before.record
        mine.patient?.name = "Mine"
        #expect(throws: StoreError.takenOver(id: draft.id, holder: desk2)) {
            try store.saveAnswer(FieldChange(field: "patient.name", oldValue: "José Álvarez", newValue: "Mine"),
                                 record: mine, recordID: draft.id, expectedVersion: before.version,
                                 onConflict: .overwrite, actor: frontDesk, session: desk1)
        }
        let after = try store.load(draft.id)
        #expect(after.version == before.version)
        #expect(after.record == before.record)
        #expect(try store.auditTrail(draft.id).count == auditBefore)
        #expect(StoreError.takenOver(id: draft.id, holder: desk2).message().contains(desk2.label))
    }

    @Test("the new holder saves; a save with no session (a command) or the holder's own token is not fenced", arguments: Backend.allCases)
    func holderSaves(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        try store.takeOver(draft.id, session: desk2, actor: backOffice)
        var theirs = draft.record
        theirs.patient?.name = "Theirs"
        let outcome = try store.saveAnswer(FieldChange(field: "patient.name", oldValue: "José Álvarez", newValue: "Theirs"),
                                           record: theirs, recordID: draft.id, expectedVersion: draft.version,
                                           actor: backOffice, session: desk2)
        #expect(outcome == .saved(version: draft.version + 1))
        #expect(try store.load(draft.id).record.patient?.name == "Theirs")
    }
}
