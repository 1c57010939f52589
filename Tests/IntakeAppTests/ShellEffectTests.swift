import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import StaffAccess
import Synchronization
import Testing
import TerminalUI

/// A store that counts every call and, while armed, fails the test on any call: the shell's
/// reducer must ask for store work as effect values, never do it.
final class StoreTripwire: IntakeRecordStore {
    let inner: any IntakeRecordStore
    private let state = Mutex((armed: false, callsWhileArmed: [String](), calls: 0))

    init(_ inner: any IntakeRecordStore) { self.inner = inner }

    var isArmed: Bool {
        get { state.withLock { $0.armed } }
        set { state.withLock { $0.armed = newValue } }
    }
    var callsWhileArmed: [String] { state.withLock { $0.callsWhileArmed } }
    var calls: Int { state.withLock { $0.calls } }

    private func touch(_ name: String) throws {
        let armed = state.withLock { s -> Bool in
            s.calls += 1
            if s.armed { s.callsWhileArmed.append(name) }
            return s.armed
        }
        if armed {
            Issue.record("the store was called (\(name)) while the shell's reducer ran")
            throw StoreError.databaseBusy(path: "tripwire")
        }
    }

    func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        try touch("createDraft"); return try inner.createDraft(record, actor: actor, action: action)
    }
    func load(_ recordID: String) throws -> StoredRecord { try touch("load"); return try inner.load(recordID) }
    func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                    onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        try touch("saveAnswer")
        return try inner.saveAnswer(change, record: record, recordID: recordID, expectedVersion: expectedVersion,
                                    onConflict: onConflict, actor: actor, session: session)
    }
    func list(_ query: RecordQuery) throws -> [RecordSummary] { try touch("list"); return try inner.list(query) }
    func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        try touch("claim"); return try inner.claim(recordID, session: session, actor: actor)
    }
    func heartbeat(_ recordID: String, session: DeskSession) throws {
        try touch("heartbeat"); try inner.heartbeat(recordID, session: session)
    }
    func release(_ recordID: String, session: DeskSession) throws {
        try touch("release"); try inner.release(recordID, session: session)
    }
    func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        try touch("takeOver"); try inner.takeOver(recordID, session: session, actor: actor)
    }
    func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try touch("complete"); return try inner.complete(recordID, expectedVersion: expectedVersion, actor: actor)
    }
    func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        try touch("sign"); return try inner.sign(recordID, expectedVersion: expectedVersion, staffName: staffName, actor: actor)
    }
    func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        try touch("amend"); return try inner.amend(recordID, expectedVersion: expectedVersion, reason: reason, actor: actor)
    }
    func signedVersions(_ recordID: String) throws -> [StoredRecord] {
        try touch("signedVersions"); return try inner.signedVersions(recordID)
    }
    func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?, newValue: String?,
                     actor: AuditActor) throws {
        try touch("appendAudit")
        try inner.appendAudit(recordID, action: action, field: field, oldValue: oldValue, newValue: newValue, actor: actor)
    }
    func auditTrail(_ recordID: String) throws -> [AuditEntry] { try touch("auditTrail"); return try inner.auditTrail(recordID) }
}

/// A shell whose reducer runs with the tripwire armed and whose effects run with it off, as the
/// program's own loop does: the reducer plans, the edge performs.
struct TrippedShell {
    var h: ShellHarness
    let tripwire: StoreTripwire
    let runner: ShellEffectRunner

    init(realScreens: Bool = false) throws {
        var wire: StoreTripwire?
        h = try ShellHarness(store: { store in
            let made = StoreTripwire(store)
            wire = made
            return made
        })
        tripwire = try #require(wire)
        if realScreens {
            let printer = h.printer
            h.shell = IntakeShell(services: ShellServices(
                store: tripwire, actor: deskActor, session: h.session, clock: h.clock,
                makeScreen: IntakeScreen.shellFactory(clock: h.clock), printSheet: { printer.print($0) }, staff: TestStaff()),
                configuration: ShellConfiguration())
        }
        runner = ShellEffectRunner(services: h.shell.services)
    }

    /// The reducer alone, the store armed: the effects it asks for, none performed.
    mutating func reduce(_ action: ShellAction) -> [ShellEffect] {
        tripwire.isArmed = true
        defer { tripwire.isArmed = false }
        return h.shell.reduce(action)
    }

    /// One action the way the program runs it: reduced (store armed), its effects performed at the
    /// edge (store not armed), each result reduced in turn.
    mutating func run(_ action: ShellAction) {
        var queue = reduce(action)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let result = runner.perform(effect) { queue = reduce(result) + queue }
        }
    }

    /// A key, then its frame drawn, as the runner sends them.
    mutating func press(_ keys: Key...) {
        for key in keys {
            run(.key(key))
            run(.heartbeatDue)
            run(.frameDrawn)
        }
    }
    mutating func type(_ text: String) { for c in text { press(.character(c)) } }
}

@Suite("Shell: store work is an effect value, performed at the edge")
struct ShellEffectTests {
    @Test("An answer typed and left asks for nothing on the key; the frame after it asks to save exactly that answer")
    func answerTypedIsASaveEffect() throws {
        var t = try TrippedShell()
        t.h.press(.enter)
        let id = try #require(t.h.openRecordID)
        let version = try t.h.store.load(id).version
        for character in "Ada" { #expect(t.reduce(.key(.character(character))).isEmpty) }
        #expect(t.reduce(.key(.tab)).isEmpty, "leaving the field saves after its frame is drawn, not in the key")
        let effects = t.reduce(.frameDrawn)
        var expected = try t.h.store.load(id).record
        expected.patient = Patient(name: "Ada")
        #expect(effects == [.saveAnswer(ShellAnswerSave(
            recordID: id, change: FieldChange(field: "patient.name", oldValue: nil, newValue: "Ada"),
            record: expected, expectedVersion: version, policy: .refuse))])
        #expect(try t.h.store.load(id).record.patient?.name == nil, "asked for, not performed")
        #expect(t.tripwire.callsWhileArmed.isEmpty)
    }

    @Test("Enter on the sign prompt asks for the credential check; the member it names is signed in as the signer")
    func enterOnSignPromptIsASignEffect() throws {
        var t = try TrippedShell()
        t.h.press(.enter)
        let id = try #require(t.h.openRecordID)
        t.h.type("Ada")
        t.h.press(.function(10))
        let completed = try t.h.store.load(id)
        #expect(completed.status == .completed)
        for key in Array("jm").map(Key.character) + [.tab] + Array("2468").map(Key.character) {
            #expect(t.reduce(.key(key)).isEmpty)
        }
        #expect(t.reduce(.key(.enter)).isEmpty, "the frame says Checking... before the check runs")
        #expect(t.reduce(.frameDrawn) == [.checkStaff(login: "jm", secret: "2468", purpose: .sign)])
        let member = StaffMember(login: "jm", name: "J. Martin")
        #expect(t.reduce(.staffChecked(login: "jm", purpose: .sign, member))
            == [.sign(recordID: id, expectedVersion: completed.version, staffName: "J. Martin")])
        #expect(try t.h.store.load(id).status == .completed, "asked for, not performed")
        #expect(t.tripwire.callsWhileArmed.isEmpty)
    }

    @Test("Yes on the take-over question asks to take the draft over from the desk that holds it")
    func yesOnTakeOverIsATakeOverEffect() throws {
        var t = try TrippedShell()
        t.h.press(.enter)
        let id = try #require(t.h.openRecordID)
        var b = IntakeShell(services: ShellHarness.services(t.tripwire, clock: t.h.clock, session: OtherDesk.session,
                                                            printer: t.h.printer),
                            configuration: ShellConfiguration())
        b.open(id, step: .patient)
        #expect(b.render(size: t.h.size).text.contains("Draft open elsewhere"))
        let stored = try t.h.store.load(id)
        t.tripwire.isArmed = true
        let effects = b.reduce(.key(.character("y")))
        t.tripwire.isArmed = false
        #expect(effects == [.takeOver(ShellOpening(stored: stored, step: .patient, force: true))])
        #expect(try t.h.store.load(id).session.holder == t.h.session, "asked for, not performed")
        #expect(t.tripwire.callsWhileArmed.isEmpty)
    }

    @Test("A whole intake (type, save, finish, sign, amend, idle lock), then the real screens: the reducer never calls the store")
    func reducerNeverCallsTheStore() throws {
        var t = try TrippedShell()
        t.press(.enter)
        let id = try #require(t.h.openRecordID)
        t.type("Ada")
        t.press(.tab, .function(2))
        #expect(try t.h.store.load(id).record.patient?.name == "Ada")
        t.press(.function(10))
        t.type("jm")
        t.press(.tab)
        t.type("2468")
        t.press(.enter)
        #expect(try t.h.store.load(id).status == .signed)
        t.press(.function(4))
        t.type("typo in the name")
        t.press(.enter)
        #expect(try t.h.store.load(id).status == .amended)
        t.h.clock.advance(minutes: 6)
        t.run(.idle)
        #expect(t.h.shell.isLocked)

        var real = try TrippedShell(realScreens: true)
        real.press(.enter)
        let second = try #require(real.h.openRecordID)
        real.press(.tab)   // past Preferred language, the first question
        real.type("Ben")
        real.press(.tab, .function(2), .pageDown, .pageDown, .control("c"))
        #expect(real.h.isHome)
        #expect(try real.h.store.load(second).record.patient?.name == "Ben")
        #expect(try real.h.store.load(second).session.holder == nil, "the claim was given up on leaving")
        for wire in [t.tripwire, real.tripwire] {
            #expect(wire.calls >= 5, "the edge did the store work")
            #expect(wire.callsWhileArmed.isEmpty)
        }
    }
}
