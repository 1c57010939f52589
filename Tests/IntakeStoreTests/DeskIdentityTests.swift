import Foundation
import Testing
@testable import IntakeStore

@Suite("Two desks of one OS account on one host are told apart (terminal, SSH port)")
struct DeskIdentityTests {
    let folder = TemporaryFolder()
    let clock = ManualClock()
    let processes = FakeProcesses(alive: [100, 200])
    let pts3 = AuditActor(osUser: "anna", host: "desk-1", sshClient: "10.0.0.7", terminal: "pts/3", sshPort: 51234)
    let pts4 = AuditActor(osUser: "anna", host: "desk-1", sshClient: "10.0.0.7", terminal: "pts/4", sshPort: 51240)

    @Test("the SSH client's port comes from SSH_CONNECTION, else SSH_CLIENT")
    func sshPort() {
        let both = DeskIdentity.sshClient(environment: ["SSH_CONNECTION": "10.0.0.7 51234 10.0.0.1 22",
                                                        "SSH_CLIENT": "10.9.9.9 1 22"])
        #expect(both?.address == "10.0.0.7")
        #expect(both?.port == 51234)
        let client = DeskIdentity.sshClient(environment: ["SSH_CLIENT": "fe80::1 40000 22"])
        #expect(client?.address == "fe80::1")
        #expect(client?.port == 40000)
        #expect(DeskIdentity.sshClient(environment: ["SSH_CLIENT": "10.0.0.7 notaport 22"])?.port == nil)
        #expect(DeskIdentity.sshClient(environment: [:]) == nil)
        let actor = AuditActor.current(environment: ["SSH_CONNECTION": "10.0.0.7 51234 10.0.0.1 22"], terminal: "pts/3")
        #expect(actor.sshClient == "10.0.0.7" && actor.sshPort == 51234 && actor.terminal == "pts/3")
        #expect(DeskIdentity.shortTerminalName("/dev/pts/3") == "pts/3")
    }

    @Test("labels: 'anna@desk-1 on pts/3 from 10.0.0.7:51234', different for two desks of one account, short")
    func labels() {
        #expect(pts3.label == "anna@desk-1 on pts/3 from 10.0.0.7:51234")
        #expect(pts3.label != pts4.label)
        let a = DeskSession(token: "a", pid: 100, host: "desk-1", osUser: "anna", terminal: "pts/3",
                            sshClient: "10.0.0.7", sshPort: 51234)
        let b = DeskSession(token: "b", pid: 200, host: "desk-1", osUser: "anna", terminal: "pts/4",
                            sshClient: "10.0.0.7", sshPort: 51240)
        #expect(a.label == "anna@desk-1 on pts/3 from 10.0.0.7:51234")
        #expect(a.label != b.label)
        #expect(a.label.count <= 50)
        #expect(DeskSession(pid: 42, host: "desk-1", osUser: "anna").label == "anna@desk-1 (pid 42)")
        #expect(AuditActor(osUser: "anna", host: "h", sshClient: "fe80::1", sshPort: 2).label == "anna@h from [fe80::1]:2")
    }

    @Test("audit rows keep the terminal and SSH port of the desk that wrote them")
    func auditKeepsTerminalAndPort() throws {
        let store = try makeStore(folder, clock: clock, processes: processes)
        let draft = try store.createDraft(sampleRecord(), actor: pts3)
        try store.appendAudit(draft.id, action: .print, actor: pts4)
        let rows = try store.auditTrail(draft.id)
        #expect(rows.first?.actor == pts3)
        #expect(rows.last?.actor == pts4)
        #expect(rows.first?.actor.label != rows.last?.actor.label)
    }

    @Test("the claim keeps the holder's terminal and SSH address and port; a take-over names both desks")
    func claimKeepsTerminalAndPort() throws {
        let store = try makeStore(folder, clock: clock, processes: processes)
        let desk3 = DeskSession(token: "t-3", pid: 100, host: "desk-1", osUser: "anna", terminal: "pts/3",
                                sshClient: "10.0.0.7", sshPort: 51234)
        let desk4 = DeskSession(token: "t-4", pid: 200, host: "desk-1", osUser: "anna", terminal: "pts/4",
                                sshClient: "10.0.0.7", sshPort: 51240)
        let draft = try store.createDraft(sampleRecord(), actor: pts3)
        _ = try store.claim(draft.id, session: desk3, actor: pts3)
        #expect(try store.load(draft.id).session.holder == desk3)
        #expect(try store.list(.init()).first?.session.holder == desk3)
        try store.takeOver(draft.id, session: desk4, actor: pts4)
        let row = try #require(try store.auditTrail(draft.id).last { $0.action == .takeOver })
        #expect(row.oldValue == "anna@desk-1 on pts/3 from 10.0.0.7:51234")
        #expect(row.newValue == "anna@desk-1 on pts/4 from 10.0.0.7:51240")
        try store.release(draft.id, session: desk4)
        #expect(try store.load(draft.id).session == .none)
    }
}
