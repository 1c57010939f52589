import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Testing
import TerminalUI

@Suite("Shell: new intake and autosave")
struct ShellAutosaveTests {
    @Test("Enter on 'New intake' creates a draft dated today by the injected clock and opens the Patient step")
    func newIntakeFromHome() throws {
        var h = try ShellHarness()
        #expect(h.isHome)
        #expect(h.screen.contains("+ New intake"))
        h.press(.enter)
        let id = try #require(h.openRecordID)
        let stored = try h.store.load(id)
        #expect(stored.status == .inProgress)
        #expect(stored.record.visitDate == CalendarDate(year: 2026, month: 12, day: 2))
        #expect(h.screen.contains("Step 1 of 8: Patient"))
        #expect(try h.store.auditTrail(id).map(\.action).contains(.open))
    }

    @Test("Each answered field is committed as it is left, with its field name, old and new value")
    func commitOnLeavingField() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ana Pérez")
        #expect(try h.store.load(id).record.patient?.name == nil, "nothing is saved while the field is being typed")
        h.press(.tab)
        #expect(try h.store.load(id).record.patient?.name == "Ana Pérez")
        let row = try #require(try h.store.auditTrail(id).last { $0.action == .answer })
        #expect(row.field == "patient.name")
        #expect(row.oldValue == nil)
        #expect(row.newValue == "Ana Pérez")
        #expect(row.actor == deskActor)
    }

    @Test("F2 saves the field being typed at once")
    func saveNow() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Lee")
        h.press(.function(2))
        #expect(try h.store.load(id).record.patient?.name == "Lee")
        #expect(h.screen.contains("Saved."))
    }

    @Test("A store error shows a message, keeps the answer on screen, and F2 saves it once the store works again")
    func storeErrorKeepsAnswers() throws {
        let failing = FailingStore.Switch()
        var h = try ShellHarness(store: { FailingStore(inner: $0, failing: failing) })
        h.press(.enter)
        let id = try #require(h.openRecordID)
        failing.set(true)
        h.type("Ruth Ng")
        h.press(.tab)
        #expect(h.screen.contains("Not saved:"))
        #expect(h.screen.contains("disk is full") || h.screen.contains("full"))
        h.press(.backTab)
        #expect(h.screen.contains("Ruth Ng"), "nothing typed is lost")
        failing.set(false)
        h.press(.function(2))
        #expect(try h.store.load(id).record.patient?.name == "Ruth Ng")
    }

    @Test("A hang-up (end of input, SIGHUP, SIGTERM) saves the field being typed, releases the draft and finishes")
    func hangUpSavesAndExits() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Omar")
        h.press(.tab)
        h.type("1950-01-31")
        h.press(.hangUp)
        #expect(h.shell.isFinished)
        let stored = try h.store.load(id)
        #expect(stored.record.patient?.name == "Omar")
        #expect(stored.record.patient?.birthDate == CalendarDate(year: 1950, month: 1, day: 31))
        #expect(stored.session.holder == nil, "the claim is released on a clean exit")
    }

    @Test("The runner stops at end of input instead of spinning, after saving")
    func runnerStopsAtEndOfInput() throws {
        var h = try ShellHarness()
        let terminal = MemoryTerminal()
        terminal.enqueue(.enter)
        terminal.enqueue(keys: "Kim".map { Key.character($0) })
        var shell = h.shell
        AppRunner(idleInterval: 5).run(&shell, on: terminal)
        h.shell = shell
        #expect(shell.isFinished)
        let names = try h.store.list(RecordQuery()).compactMap(\.name)
        #expect(names == ["Kim"])
    }
}

/// A store that fails every write while its switch is on (a full disk).
struct FailingStore: IntakeRecordStore {
    final class Switch: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        func set(_ value: Bool) { lock.withLock { on = value } }
        var isOn: Bool { lock.withLock { on } }
    }
    let inner: any IntakeRecordStore
    let failing: Switch

    func check() throws { if failing.isOn { throw StoreError.diskFull(path: "/tmp/intake.sqlite") } }

    func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        try check(); return try inner.createDraft(record, actor: actor, action: action)
    }
    func load(_ recordID: String) throws -> StoredRecord { try inner.load(recordID) }
    func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                    onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        try check()
        return try inner.saveAnswer(change, record: record, recordID: recordID, expectedVersion: expectedVersion,
                                    onConflict: onConflict, actor: actor, session: session)
    }
    func list(_ query: RecordQuery) throws -> [RecordSummary] { try inner.list(query) }
    func claim(_ recordID: String, session: DeskSession, actor: AuditActor) throws -> ClaimOutcome {
        try inner.claim(recordID, session: session, actor: actor)
    }
    func heartbeat(_ recordID: String, session: DeskSession) throws { try inner.heartbeat(recordID, session: session) }
    func release(_ recordID: String, session: DeskSession) throws { try inner.release(recordID, session: session) }
    func takeOver(_ recordID: String, session: DeskSession, actor: AuditActor) throws {
        try inner.takeOver(recordID, session: session, actor: actor)
    }
    func complete(_ recordID: String, expectedVersion: Int, actor: AuditActor) throws -> StoredRecord {
        try check(); return try inner.complete(recordID, expectedVersion: expectedVersion, actor: actor)
    }
    func sign(_ recordID: String, expectedVersion: Int, staffName: String, actor: AuditActor) throws -> StoredRecord {
        try check(); return try inner.sign(recordID, expectedVersion: expectedVersion, staffName: staffName, actor: actor)
    }
    func amend(_ recordID: String, expectedVersion: Int, reason: String, actor: AuditActor) throws -> StoredRecord {
        try check(); return try inner.amend(recordID, expectedVersion: expectedVersion, reason: reason, actor: actor)
    }
    func signedVersions(_ recordID: String) throws -> [StoredRecord] { try inner.signedVersions(recordID) }
    func appendAudit(_ recordID: String, action: AuditAction, field: String?, oldValue: String?, newValue: String?,
                     actor: AuditActor) throws {
        try check()
        try inner.appendAudit(recordID, action: action, field: field, oldValue: oldValue, newValue: newValue, actor: actor)
    }
    func auditTrail(_ recordID: String) throws -> [AuditEntry] { try inner.auditTrail(recordID) }
}

@Suite("Saving after the frame")
struct ShellAfterFrameTests {
    @Test("the answer a key leaves is saved once its frame is drawn, not before")
    func saveFollowsTheFrame() throws {
        var h = try ShellHarness()
        h.press(.enter)
        let id = try #require(h.openRecordID)
        h.type("Ada Byron")
        _ = h.shell.update(.tab)
        #expect(try h.store.load(id).record.patient?.name == nil)
        let drawAgain = h.shell.afterFrame()
        #expect(!drawAgain, "a save that succeeds changes nothing on the screen")
        #expect(try h.store.load(id).record.patient?.name == "Ada Byron")
        let nothingLeft = h.shell.afterFrame()
        #expect(!nothingLeft)
    }
}
