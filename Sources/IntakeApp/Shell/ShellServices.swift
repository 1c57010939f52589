import Catalog
import Foundation
import IntakeModel
import IntakeStore
import StaffAccess

/// The result of printing the sheet from the summary.
public enum ShellPrintOutcome: Hashable, Sendable {
    /// Sent or written; the text says where (job ID, file).
    case printed(String)
    /// Nothing printed; the text says why and what to do.
    case failed(String)
}

/// Everything the shell performs its effects with, injected so tests use a temp-file store,
/// a manual clock and a fake printer.
public struct ShellServices: Sendable {
    public var store: any IntakeRecordStore
    /// Who is at the desk (OS user, SSH client), for the audit trail.
    public var actor: AuditActor
    /// This running program, for the draft claim and its heartbeat.
    public var session: DeskSession
    public var clock: any ShellClock
    /// The screen of a record (the intake screens, or a stand-in in tests).
    public var makeScreen: ShellScreenFactory
    /// Prints the sheet of a record through the IntakeSheet pipeline (the same code as
    /// `intake print`). The shell audits a successful print itself.
    public var printSheet: @Sendable (StoredRecord) -> ShellPrintOutcome
    /// Checks a staff member's own credential (unlock, acknowledge an alert, sign, leave kiosk
    /// mode). With none configured nobody is recognised: the credential is never skipped.
    public var staff: any StaffAuthenticator

    public init(store: any IntakeRecordStore, actor: AuditActor, session: DeskSession, clock: any ShellClock,
                makeScreen: @escaping ShellScreenFactory,
                printSheet: @escaping @Sendable (StoredRecord) -> ShellPrintOutcome,
                staff: any StaffAuthenticator = StaffAuthenticators([])) {
        self.staff = staff
        self.store = store
        self.actor = actor
        self.session = session
        self.clock = clock
        self.makeScreen = makeScreen
        self.printSheet = printSheet
    }
}

/// How the shell behaves: the idle lock and kiosk mode.
public struct ShellConfiguration: Sendable {
    /// Minutes without a key press before the screen locks (`--idle-minutes`, default 5).
    public var idleMinutes: Double
    /// A patient fills in their own intake: no home list, Ctrl-C, Ctrl-Z and Ctrl-\ do nothing.
    public var kiosk: Bool
    /// Seconds between heartbeats of the draft claim (a third of the store's 180 s staleness).
    public var heartbeatSeconds: Double
    public var strings: Catalog
    /// Said on the message line when the program starts (a theme that could not be loaded, a
    /// mistake in the clinic file's staff settings), so nobody has to read stderr after exit.
    public var startupNotices: [String]
    /// How the home search reads a typed date of birth (the clinic's `date_order`).
    public var dateConvention: DateConvention
    /// Kiosk: the language of every patient's intake (`intake kiosk --language es`); nil asks each
    /// patient first (`KioskLanguageChoice`).
    public var kioskLanguage: Language?

    public init(idleMinutes: Double = 5, kiosk: Bool = false, heartbeatSeconds: Double = 60,
                strings: Catalog = Catalog(), startupNotices: [String] = [],
                dateConvention: DateConvention = .yearMonthDay, kioskLanguage: Language? = nil) {
        self.kioskLanguage = kioskLanguage
        self.startupNotices = startupNotices
        self.idleMinutes = idleMinutes
        self.kiosk = kiosk
        self.heartbeatSeconds = heartbeatSeconds
        self.strings = strings
        self.dateConvention = dateConvention
    }

    public var idleSeconds: Double { idleMinutes * 60 }
}
