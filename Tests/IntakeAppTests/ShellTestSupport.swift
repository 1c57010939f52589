import Catalog
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire
import StaffAccess
import Synchronization
import TerminalUI

/// A fresh folder per test, removed when the test ends.
final class ShellFolder: Sendable {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "intake-shell-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    var databasePath: String { path + "/db/intake.sqlite" }
}

/// A clock the test moves by hand, in UTC.
final class ManualShellClock: ShellClock, Sendable {
    private let time: Mutex<Date>
    /// 2026-12-02 09:00 UTC.
    init(_ start: Date = Date(timeIntervalSince1970: 1_796_202_000)) { time = Mutex(start) }
    func now() -> Date { time.withLock { $0 } }
    var timeZone: TimeZone { TimeZone(identifier: "UTC")! }
    func advance(minutes: Double) { time.withLock { $0 += minutes * 60 } }
}

/// Printing as the tests see it: every record printed, and what the printer answers.
final class FakePrinter: Sendable {
    let printed = Mutex<[String]>([])
    let answer: ShellPrintOutcome
    init(answer: ShellPrintOutcome = .printed("job desk-printer-42")) { self.answer = answer }
    func print(_ stored: StoredRecord) -> ShellPrintOutcome {
        printed.withLock { $0.append(stored.id) }
        return answer
    }
}

let deskActor = AuditActor(osUser: "anna", host: "desk-1", sshClient: "10.0.0.7")

/// The clinic's staff as the tests know them: login "jm", PIN "2468", shown as "J. Martin".
struct TestStaff: StaffAuthenticator {
    func authenticate(login: String, secret: String) -> StaffMember? {
        login == "jm" && secret == "2468" ? StaffMember(login: "jm", name: "J. Martin") : nil
    }
}

/// A shell on a temp-file store with a manual clock, driven key by key like the runner does.
struct ShellHarness {
    let folder = ShellFolder()
    let clock = ManualShellClock()
    let printer = FakePrinter()
    let store: SQLiteIntakeStore
    let session = DeskSession(pid: getpid(), host: "desk-1", osUser: "anna")
    var shell: IntakeShell
    var size = Size(width: 80, height: 24)

    /// A kiosk speaks `kioskLanguage` to every patient (`intake kiosk --language en`); nil asks
    /// each patient first (`KioskLanguageChoice`).
    init(kiosk: Bool = false, idleMinutes: Double = 5, kioskLanguage: Language? = .english,
         store wrap: ((SQLiteIntakeStore) -> any IntakeRecordStore)? = nil) throws {
        let clock = self.clock
        store = try SQLiteIntakeStore(path: folder.databasePath, liveness: SessionLiveness(host: "desk-1"),
                                      now: { clock.now() })
        shell = IntakeShell(services: Self.services(wrap?(store) ?? store, clock: clock, session: session, printer: printer),
                            configuration: ShellConfiguration(idleMinutes: idleMinutes, kiosk: kiosk, kioskLanguage: kioskLanguage))
    }

    static func services(_ store: any IntakeRecordStore, clock: ManualShellClock, session: DeskSession,
                         printer: FakePrinter) -> ShellServices {
        ShellServices(store: store, actor: deskActor, session: session, clock: clock,
                      makeScreen: { record, step, kiosk in StandInRecordScreen(record: record, step: step, kiosk: kiosk) },
                      printSheet: { printer.print($0) }, staff: TestStaff())
    }

    /// Another desk (ben@desk-2, holding no claim) saves one answer of the stored draft `id`, as the
    /// store sees any other writer: `edit` changes the stored record, `change` is its audit row.
    func saveAtAnotherDesk(_ id: String, _ change: FieldChange, edit: (inout IntakeRecord) throws -> Void) throws {
        let current = try store.load(id)
        var theirs = current.record
        try edit(&theirs)
        _ = try store.saveAnswer(change, record: theirs, recordID: id, expectedVersion: current.version,
                                 actor: AuditActor(osUser: "ben", host: "desk-2"))
    }

    /// The same shell over the real intake screens (red flags, alerts and the session are real).
    /// `staffLanguage` is the clinic's (the summary and the desk's messages).
    static func realScreens(kiosk: Bool = false, kioskLanguage: Language? = .english,
                            staffLanguage: Language = .english, idleMinutes: Double = 5) throws -> ShellHarness {
        var h = try ShellHarness(kiosk: kiosk, idleMinutes: idleMinutes, kioskLanguage: kioskLanguage)
        let printer = h.printer
        h.shell = IntakeShell(services: ShellServices(
            store: h.store, actor: deskActor, session: h.session, clock: h.clock,
            makeScreen: IntakeScreen.shellFactory(clock: h.clock, language: staffLanguage), printSheet: { printer.print($0) },
            staff: TestStaff()),
            configuration: ShellConfiguration(idleMinutes: idleMinutes, kiosk: kiosk, strings: Catalog(staffLanguage),
                                              kioskLanguage: kioskLanguage))
        return h
    }

    /// As the runner does: the key, then (once its frame is drawn) the shell's after-frame saves.
    mutating func press(_ keys: Key...) { for key in keys { send(key) } }
    mutating func type(_ text: String) { for c in text { send(.character(c)) } }
    mutating func send(_ key: Key) {
        _ = shell.update(key)
        _ = shell.afterFrame()
    }
    mutating func tick() { _ = shell.tick() }

    /// A member of staff signs in on the box on screen: login, Tab, password or PIN, Enter.
    mutating func signIn(_ login: String = "jm", _ secret: String = "2468") {
        type(login)
        press(.tab)
        type(secret)
        press(.enter)
    }

    var screen: String { shell.render(size: size).text }

    /// The record open on screen (nil on home or lock).
    var openRecordID: String? {
        if case .record(let open) = shell.mode { return open.id }
        return nil
    }

    var isHome: Bool { if case .home = shell.mode { return true } else { return false } }
}

extension ShellHarness {
    /// Tab from Preferred language, the Patient step's first question, onto the name.
    mutating func pastPreferredLanguage() { press(.tab) }
}
