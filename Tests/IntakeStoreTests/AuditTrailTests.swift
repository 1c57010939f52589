import Foundation
import GRDB
import Testing
@testable import IntakeStore

@Suite("Audit trail")
struct AuditTrailTests {

    @Test("actions are appended with who, from where and the record version", arguments: Backend.allCases)
    func appendActions(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        try store.appendAudit(draft.id, action: .print, actor: frontDesk)
        try store.appendAudit(draft.id, action: .alertAcknowledged, field: "RF-CES", oldValue: nil, newValue: "Nurse Kim",
                              actor: backOffice)
        let trail = try store.auditTrail(draft.id)
        #expect(trail.map(\.action) == [.create, .print, .alertAcknowledged])
        #expect(trail[1].actor.sshClient == "10.0.0.7")
        #expect(trail[2].newValue == "Nurse Kim")
        #expect(trail.allSatisfy { $0.version == 1 })
        #expect(trail.map(\.sequence) == trail.map(\.sequence).sorted())
    }

    @Test("acknowledged emergency alerts are read back with their rules, who and when, oldest first", arguments: Backend.allCases)
    func alertAcknowledgements(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        try store.appendAudit(draft.id, action: .alertShown, field: "RF-CES", oldValue: nil, newValue: nil, actor: frontDesk)
        try store.appendAudit(draft.id, action: .alertAcknowledged, field: "RF-CES,RF-INFECTION", oldValue: nil,
                              newValue: "Nurse Kim", actor: backOffice)
        let acknowledged = try store.alertAcknowledgements(draft.id)
        #expect(acknowledged.map(\.rules) == [["RF-CES", "RF-INFECTION"]])
        #expect(acknowledged.map(\.staffName) == ["Nurse Kim"])
        #expect(acknowledged.first?.at == (try store.auditTrail(draft.id).last?.at))
    }

    @Test("the SQLite file refuses to update or delete audit rows (PostgreSQL: PostgresPrivilegeTests)")
    func appendOnly() throws {
        let folder = try TestDatabase(.sqlite)
        let store = try makeStore(folder)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        let queue = try DatabaseQueue(path: folder.databasePath)
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE audit SET newValue = 'forged'") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "DELETE FROM audit") }
        }
        #expect(try store.auditTrail(draft.id).count == 1)
    }

    @Test("the SSH client address comes from SSH_CONNECTION, else SSH_CLIENT")
    func sshAddress() {
        #expect(AuditActor.sshClientAddress(environment: ["SSH_CONNECTION": "10.1.2.3 50000 10.1.2.1 22"]) == "10.1.2.3")
        #expect(AuditActor.sshClientAddress(environment: ["SSH_CLIENT": "fe80::1 50000 22"]) == "fe80::1")
        #expect(AuditActor.sshClientAddress(environment: [:]) == nil)
    }

    @Test("the trail of an unknown record is an error naming the ID", arguments: Backend.allCases)
    func unknownRecord(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder)
        #expect(throws: StoreError.recordNotFound(id: "ZZZZ-ZZZZ")) { try store.auditTrail("ZZZZ-ZZZZ") }
    }
}
