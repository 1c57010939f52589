import Foundation
import Testing
@testable import IntakeStore

@Suite("Sessions: who has a draft open, and taking over from a dead one")
struct SessionTests {
    let clock = ManualClock()
    let processes = FakeProcesses(alive: [100, 200])
    let desk1 = DeskSession(token: "t-1", pid: 100, host: "desk-1", osUser: "anna")
    let desk2 = DeskSession(token: "t-2", pid: 200, host: "desk-1", osUser: "ben")

    @Test("a claimed draft is shown as held by a live session, and a second desk cannot claim it", arguments: Backend.allCases)
    func heldByLiveSession(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        #expect(try store.claim(draft.id, session: desk1, actor: frontDesk) == .claimed)
        #expect(try store.load(draft.id).session == .active(desk1, heartbeat: clock.now()))
        let second = try store.claim(draft.id, session: desk2, actor: backOffice)
        #expect(second == .heldByAnotherSession(desk1, heartbeat: clock.now()))
    }

    @Test("a draft whose process is gone on this host is marked ended and can be claimed, audited as take-over", arguments: Backend.allCases)
    func deadProcess(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        processes.kill(100)
        #expect(try store.list(.init()).first?.session.hasEnded == true)
        #expect(try store.claim(draft.id, session: desk2, actor: backOffice) == .tookOverEndedSession(desk1))
        #expect(try store.load(draft.id).session.holder == desk2)
        #expect(try store.auditTrail(draft.id).map(\.action).contains(.takeOver))
    }

    @Test("a session on another host ends when its heartbeat is older than the limit; heartbeats keep it alive", arguments: Backend.allCases)
    func staleHeartbeat(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let remote = DeskSession(token: "t-r", pid: 999, host: "desk-9", osUser: "cara")
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: remote, actor: frontDesk)
        clock.advance(by: 120)
        try store.heartbeat(draft.id, session: remote)
        clock.advance(by: 120)
        #expect(try store.load(draft.id).session.hasEnded == false)
        clock.advance(by: 61)
        #expect(try store.load(draft.id).session.hasEnded == true)
    }

    @Test("an autosave by the holder refreshes its heartbeat", arguments: Backend.allCases)
    func saveRefreshesHeartbeat(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        clock.advance(by: 170)
        _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: draft.record,
                                 recordID: draft.id, expectedVersion: 1, actor: frontDesk, session: desk1)
        clock.advance(by: 170)
        #expect(try store.load(draft.id).session == .active(desk1, heartbeat: clock.now().addingTimeInterval(-170)))
    }

    @Test("an explicit take-over moves a live claim and records both sessions in the audit trail", arguments: Backend.allCases)
    func explicitTakeOver(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        try store.takeOver(draft.id, session: desk2, actor: backOffice)
        let row = try #require(try store.auditTrail(draft.id).last)
        #expect(row.action == .takeOver)
        #expect(row.oldValue == desk1.label)
        #expect(row.newValue == desk2.label)
        #expect(throws: StoreError.heldByAnotherSession(id: draft.id, holder: desk2)) {
            try store.heartbeat(draft.id, session: desk1)
        }
    }

    @Test("a released draft is held by nobody", arguments: Backend.allCases)
    func release(_ backend: Backend) throws {
        let folder = try TestDatabase(backend)
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.claim(draft.id, session: desk1, actor: frontDesk)
        try store.release(draft.id, session: desk1)
        #expect(try store.load(draft.id).session == .none)
    }
}
