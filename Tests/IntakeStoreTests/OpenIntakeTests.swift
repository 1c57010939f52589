import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("OpenIntake: one record open at a desk")
struct OpenIntakeTests {
    let processes = FakeProcesses(alive: [100, 200])
    let desk1 = DeskSession(token: "t-1", pid: 100, host: "desk-1", osUser: "anna")
    let desk2 = DeskSession(token: "t-2", pid: 200, host: "desk-1", osUser: "ben")

    @Test("saves follow the desk's own version, and a change from another desk is a conflict until reloaded", arguments: Backend.allCases)
    func versionsFollowSaves(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var open = try OpenIntake.open(draft.id, in: store, session: desk1, actor: frontDesk)
        var record = open.current.record
        record.symptoms = Symptoms(painScore: 5)
        #expect(try open.save(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "5"), record: record)
                == .saved(version: 2))
        record.symptoms?.painScore = 6
        #expect(try open.save(FieldChange(field: "symptoms.painScore", oldValue: "5", newValue: "6"), record: record)
                == .saved(version: 3))
        _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: record,
                                 recordID: draft.id, expectedVersion: 3, actor: backOffice)
        record.symptoms?.painScore = 7
        guard case .conflict = try open.save(FieldChange(field: "symptoms.painScore", oldValue: "6", newValue: "7"),
                                             record: record) else {
            Issue.record("expected a conflict")
            return
        }
        try open.reload()
        #expect(open.current.version == 4)
        #expect(try open.save(FieldChange(field: "symptoms.painScore", oldValue: "6", newValue: "7"),
                              record: open.current.record) == .saved(version: 5))
    }

    @Test("a record open at a live desk opens read-only elsewhere; closing frees it", arguments: Backend.allCases)
    func readOnlyElsewhere(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        let first = try OpenIntake.open(draft.id, in: store, session: desk1, actor: frontDesk)
        var second = try OpenIntake.open(draft.id, in: store, session: desk2, actor: backOffice)
        #expect(second.isReadOnly)
        #expect(throws: StoreError.heldByAnotherSession(id: draft.id, holder: desk1)) {
            try second.save(FieldChange(field: "x", oldValue: nil, newValue: "y"), record: draft.record)
        }
        try first.close()
        #expect(try OpenIntake.open(draft.id, in: store, session: desk2, actor: backOffice).isReadOnly == false)
        #expect(try store.auditTrail(draft.id).map(\.action) == [.create, .open, .open, .close, .open])
    }
}
