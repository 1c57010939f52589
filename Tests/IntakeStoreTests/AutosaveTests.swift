import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Autosave of answers")
struct AutosaveTests {
    @Test("a new draft starts in progress at version 1 with a create row in its audit trail", arguments: Backend.allCases)
    func newDraft(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        #expect(draft.version == 1)
        #expect(draft.status == .inProgress)
        #expect(draft.id.count == 9)
        let trail = try store.auditTrail(draft.id)
        #expect(trail.map(\.action) == [.create])
        #expect(trail.first?.actor == frontDesk)
    }

    @Test("each saved answer bumps the version, stores the whole record and audits field, old and new value", arguments: Backend.allCases)
    func saveAnswer(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var record = draft.record
        record.symptoms = Symptoms(painScore: 7)
        let outcome = try store.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "7"),
                                           record: record, recordID: draft.id, expectedVersion: 1, actor: frontDesk)
        #expect(outcome == .saved(version: 2))
        let loaded = try store.load(draft.id)
        #expect(loaded.version == 2)
        #expect(loaded.record.symptoms?.painScore == 7)
        let last = try #require(try store.auditTrail(draft.id).last)
        #expect(last.action == .answer)
        #expect(last.field == "symptoms.painScore")
        #expect(last.oldValue == nil)
        #expect(last.newValue == "7")
        #expect(last.version == 2)
    }

    @Test("a saved answer is there after the database is closed and opened again", arguments: Backend.allCases)
    func durableAcrossReopen(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let id: String
        do {
            let store = try makeStore(folder)
            let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
            var record = draft.record
            record.patient?.phone = "555-0101"
            _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "555-0101"),
                                     record: record, recordID: draft.id, expectedVersion: 1, actor: frontDesk)
            try closeStore(store)
            id = draft.id
        }
        let reopened = try makeStore(folder)
        #expect(try reopened.load(id).record.patient?.phone == "555-0101")
    }

    @Test("a save from an old version is a conflict that changes nothing and says what to do", arguments: Backend.allCases)
    func conflict(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var mine = draft.record
        mine.symptoms = Symptoms(painScore: 3)
        var theirs = draft.record
        theirs.symptoms = Symptoms(painScore: 9)
        let other = try makeStore(folder)
        #expect(try other.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "9"),
                                     record: theirs, recordID: draft.id, expectedVersion: 1, actor: backOffice)
                == .saved(version: 2))
        let outcome = try store.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "3"),
                                           record: mine, recordID: draft.id, expectedVersion: 1, actor: frontDesk)
        guard case .conflict(let conflict) = outcome else {
            Issue.record("expected a conflict, got \(outcome)")
            return
        }
        #expect(conflict.current.version == 2)
        #expect(conflict.current.record.symptoms?.painScore == 9)
        #expect(conflict.message.contains("another session"))
        #expect(conflict.message.contains("ben@desk-2"))
        #expect(try store.load(draft.id).record.symptoms?.painScore == 9)
    }

    @Test("after a conflict the user may overwrite explicitly, and the audit trail says so", arguments: Backend.allCases)
    func explicitOverwrite(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        var theirs = draft.record
        theirs.symptoms = Symptoms(painScore: 9)
        _ = try store.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "9"),
                                 record: theirs, recordID: draft.id, expectedVersion: 1, actor: backOffice)
        var mine = draft.record
        mine.symptoms = Symptoms(painScore: 3)
        let outcome = try store.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: "9", newValue: "3"),
                                           record: mine, recordID: draft.id, expectedVersion: 1,
                                           onConflict: .overwrite, actor: frontDesk, session: nil)
        #expect(outcome == .saved(version: 3))
        #expect(try store.load(draft.id).record.symptoms?.painScore == 3)
        #expect(try store.auditTrail(draft.id).last?.action == .overwrite)
    }

    @Test("saving an unknown record names the ID", arguments: Backend.allCases)
    func unknownRecord(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        #expect(throws: StoreError.recordNotFound(id: "NOPE-0000")) {
            try store.saveAnswer(FieldChange(field: "patient.name", oldValue: nil, newValue: "x"), record: sampleRecord(),
                                 recordID: "NOPE-0000", expectedVersion: 1, actor: frontDesk)
        }
    }

    @Test("threads with their own connections saving to one record never lose a write", arguments: Backend.allCases)
    func concurrentWritersOneRecord(_ backend: Backend) async throws {
        let folder = try TestDatabase(backend)
            let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let own = try folder.makeStore()
                    for save in 0..<25 {
                        while true {  // the reload-and-retry loop a screen runs after a conflict
                            let current = try own.load(draft.id)
                            var record = current.record
                            record.medications = (record.medications ?? []) + [Medication(name: "w\(writer)-\(save)")]
                            let outcome = try own.saveAnswer(
                                FieldChange(field: "medications", oldValue: nil, newValue: "w\(writer)-\(save)"),
                                record: record, recordID: draft.id, expectedVersion: current.version, actor: frontDesk)
                            if case .saved = outcome { break }
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let final = try store.load(draft.id)
        #expect(final.version == 101)
        #expect(Set(final.record.medications?.compactMap(\.name) ?? []).count == 100)
    }
}
