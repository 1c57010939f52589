import Catalog
import Foundation
import IntakeModel
import Testing
@testable import IntakeStore

@Suite("Lifecycle: in progress, completed, signed, amended")
struct LifecycleTests {

    func signedRecord(_ store: any IntakeRecordStore) throws -> StoredRecord {
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        let completed = try store.complete(draft.id, expectedVersion: 1, actor: frontDesk)
        return try store.sign(draft.id, expectedVersion: completed.version, staffName: "Dr R. Okafor", actor: backOffice)
    }

    @Test("signing records the staff name and time and makes the record read-only", arguments: Backend.allCases)
    func signIsReadOnly(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let clock = ManualClock()
        let store = try makeStore(folder, clock: clock)
        let signed = try signedRecord(store)
        #expect(signed.status == .signed)
        #expect(signed.signature == Signature(staffName: "Dr R. Okafor", signedAt: clock.now()))
        #expect(throws: StoreError.recordIsSigned(id: signed.id)) {
            try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: signed.record,
                                 recordID: signed.id, expectedVersion: signed.version, actor: frontDesk)
        }
    }

    @Test("amending makes a new editable version and keeps the signed version retrievable", arguments: Backend.allCases)
    func amendKeepsSignedVersion(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        let amended = try store.amend(signed.id, expectedVersion: signed.version, reason: "wrong pain score", actor: backOffice)
        #expect(amended.status == .amended)
        #expect(amended.version == signed.version + 1)
        var record = amended.record
        record.symptoms = Symptoms(painScore: 4)
        #expect(try store.saveAnswer(FieldChange(field: "symptoms.painScore", oldValue: nil, newValue: "4"), record: record,
                                     recordID: signed.id, expectedVersion: amended.version, actor: backOffice)
                == .saved(version: amended.version + 1))
        let kept = try store.signedVersions(signed.id)
        #expect(kept.count == 1)
        #expect(kept.first?.version == signed.version)
        #expect(kept.first?.record.symptoms == nil)
        #expect(kept.first?.signature?.staffName == "Dr R. Okafor")
        #expect(try store.auditTrail(signed.id).contains { $0.action == .amend && $0.newValue == "wrong pain score" })
    }

    @Test("an amended record can be completed and signed again; both signed versions are kept", arguments: Backend.allCases)
    func resign(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let signed = try signedRecord(store)
        let amended = try store.amend(signed.id, expectedVersion: signed.version, reason: "typo", actor: backOffice)
        let completed = try store.complete(signed.id, expectedVersion: amended.version, actor: backOffice)
        _ = try store.sign(signed.id, expectedVersion: completed.version, staffName: "RO", actor: backOffice)
        #expect(try store.signedVersions(signed.id).map(\.signature?.staffName) == ["Dr R. Okafor", "RO"])
    }

    @Test("a step not allowed from the current status names both statuses", arguments: Backend.allCases)
    func forbiddenTransition(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        #expect(throws: StoreError.transitionNotAllowed(id: draft.id, from: .inProgress, to: .signed)) {
            try store.sign(draft.id, expectedVersion: 1, staffName: "RO", actor: frontDesk)
        }
        #expect(throws: StoreError.transitionNotAllowed(id: draft.id, from: .inProgress, to: .amended)) {
            try store.amend(draft.id, expectedVersion: 1, reason: "x", actor: frontDesk)
        }
    }

    @Test("signing needs a staff name, and says so", arguments: Backend.allCases)
    func emptyStaffName(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.complete(draft.id, expectedVersion: 1, actor: frontDesk)
        let error = #expect(throws: StoreError.self) {
            try store.sign(draft.id, expectedVersion: 2, staffName: "  ", actor: frontDesk)
        }
        #expect(error?.message() == "staff name: a name or initials, 1 to 100 characters.")
        #expect(error?.message(language: .spanish) == "nombre del personal: un nombre o unas iniciales, de 1 a 100 caracteres.")
    }

    @Test("a lifecycle step from an old version is refused", arguments: Backend.allCases)
    func staleVersion(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: draft.record,
                                 recordID: draft.id, expectedVersion: 1, actor: backOffice)
        #expect(throws: StoreError.versionChanged(id: draft.id, expected: 1, current: 2)) {
            try store.complete(draft.id, expectedVersion: 1, actor: frontDesk)
        }
    }
}
