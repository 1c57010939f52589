import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import StaffAccess
import TerminalUI
import PlainText

/// The app shell: the home screen, the open record with autosave, the idle lock and kiosk mode.
/// It performs the record screen's effects at the edge (store, audit, printer) through the
/// injected `ShellServices`, so the same shell runs on a real terminal and in tests.
///
/// Keys come through `update`; `tick` is called when no key came for a while (idle lock,
/// heartbeat). A hang-up (end of input, SIGHUP, SIGTERM, SIGINT) saves and finishes.
public struct IntakeShell: AppModel, Sendable {
    public let services: ShellServices
    public let configuration: ShellConfiguration
    public internal(set) var mode: ShellMode
    public internal(set) var prompt: ShellPrompt?
    /// A one-line message over the bottom row (saved, not printed, store errors...).
    public internal(set) var message: String?
    public internal(set) var isFinished = false
    /// When the last key came (the idle lock counts from here).
    public internal(set) var lastInput: Date
    /// The terminal's size, told to every record screen when it opens.
    public internal(set) var terminalSize: Size
    /// Wrong staff credentials in a row; five lock signing in for a minute.
    public internal(set) var signInThrottle = SignInThrottle()
    /// The draft being resumed: when it is shown, the field last edited is focused.
    var resumingRecordID: String?
    /// The effects of the action being reduced (`reduce` hands them out).
    var outbox: [ShellEffect] = []
    /// The answers being saved, one effect at a time, and what comes after.
    var saving: ShellSaving?
    /// The key reached the screen: a heartbeat may be due once its work is done.
    var heartbeatAfterKey = false
    /// Set while the work after a frame changed what must be shown.
    var redrawAfterFrame = false
    /// Said once a new draft is open (or could not be): "Ready for the next patient".
    var messageAfterOpening: String?
    /// Answers waiting for a records server that cannot be reached (status line; 0 when online).
    public internal(set) var offlineWaiting = 0
    /// Quitting was asked once while answers wait for the server (the second time quits).
    var quitWarned = false
    /// Where the journal keeps answers waiting for the server (from the last check).
    var journalPath: String?
    /// The home list as it was when a record was opened from it (search and selection).
    var homeBeforeRecord: HomeScreen?
    /// Kiosk: the intake the idle lock closed, opened again where it was once staff unlock.
    var intakeBeforeLock: IntakeBeforeLock?

    /// The shell's words in the language of the screen they are shown on: an open intake's (a
    /// Spanish patient's steps: the save message and the conflict box in Spanish), else the clinic's.
    var strings: Catalog {
        if case .record(let open) = mode, let language = open.screen.wordsLanguage, language != configuration.strings.language {
            return Catalog(language)
        }
        return configuration.strings
    }

    /// Starts on the home screen (staff) or on a new draft (kiosk).
    public init(services: ShellServices, configuration: ShellConfiguration = ShellConfiguration(),
                size: Size = Size(width: 80, height: 24)) {
        self.services = services
        self.configuration = configuration
        self.terminalSize = size
        self.lastInput = services.clock.now()
        self.mode = .locked
        drive(.start)
        if message == nil, !configuration.startupNotices.isEmpty {
            message = configuration.startupNotices.map(Sanitizer.displayLine).joined(separator: " ")
        }
    }

    /// Starts on a record already opened by a command (`new`, `open`, `resume`).
    public init(services: ShellServices, configuration: ShellConfiguration, size: Size = Size(width: 80, height: 24),
                opening recordID: String, step: StepID, askBeforeTakingOver: Bool = true) {
        self.init(services: services, configuration: configuration, size: size)
        open(recordID, step: step, askBeforeTakingOver: askBeforeTakingOver)
    }

    /// Opens a stored record on a step; a draft held by another desk is taken over only after asking.
    public mutating func open(_ recordID: String, step: StepID, askBeforeTakingOver: Bool = true) {
        drive(.open(recordID: recordID, step: step, askBeforeTakingOver: askBeforeTakingOver))
    }

    /// Opens a draft where the clerk left off (the field last edited).
    public mutating func resume(_ recordID: String) { drive(.resume(recordID: recordID)) }

    /// Creates a draft dated today and opens it on the Patient step.
    public mutating func startNewIntake() { drive(.startNewIntake) }

    /// Reduces `action`, then performs its effects at the edge, each result reduced in turn
    /// (and its effects performed first), until nothing is left to do.
    mutating func drive(_ action: ShellAction) {
        let runner = ShellEffectRunner(services: services)
        var queue = reduce(action)
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if let result = runner.perform(effect) { queue = reduce(result) + queue }
        }
    }

    /// Said once on the message line, over any other message: what is shown as '?' is not what
    /// is stored.
    public mutating func terminalShowedStandIns() -> Bool {
        message = strings(.shellStandIns)
        return true
    }

    // MARK: - keys and time

    public mutating func update(_ key: Key) -> [Never] {
        drive(.key(key))
        if heartbeatAfterKey {
            heartbeatAfterKey = false
            drive(.heartbeatDue)
        }
        return []
    }

    /// Commits the answers the last key left, once its frame is on the screen: a durable SQLite
    /// write is never part of the key-to-screen latency. A hang-up, the lock and every other path
    /// that leaves the record commit first too (`close`).
    public mutating func afterFrame() -> Bool {
        redrawAfterFrame = false
        drive(.frameDrawn)
        return redrawAfterFrame
    }

    public mutating func tick() -> [Never] {
        drive(.idle)
        drive(.heartbeatDue)
        drive(.watchDue)
        return []
    }

    /// The reducer: one action in (a key, time, a command, an effect's result), the effects for
    /// the edge out. It changes only this value and never calls the store, the printer or the
    /// credential check (`ShellEffectRunner` does, at the edge).
    public mutating func reduce(_ action: ShellAction) -> [ShellEffect] {
        outbox = []
        switch action {
        case .key(let key): handle(key)
        case .frameDrawn:
            frameDrawn()
            checkJournalIfRemote()
        case .idle:
            // the language choice shows nothing of a patient: it waits for the next one unlocked
            if !isLocked, !isChoosingLanguage, services.clock.now().timeIntervalSince(lastInput) >= configuration.idleSeconds { lock() }
            checkJournalIfRemote()
        case .heartbeatDue: heartbeatIfDue()
        case .watchDue: watchStoredRecord()
        case .start: if configuration.kiosk { beginNewIntake() } else { goHome() }
        case .open(let id, let step, let ask): beginOpening(id, step: step, askBeforeTakingOver: ask)
        case .resume(let id): beginResuming(id)
        case .startNewIntake: beginNewIntake()
        case .stop: hangUp()
        default: receive(action)
        }
        let effects = outbox
        outbox = []
        return effects
    }

    /// Asks the edge to perform `effect` once this action is reduced.
    mutating func emit(_ effect: ShellEffect) { outbox.append(effect) }

    /// Esc on a question (sign-in, take-over, amend), on the home list (clears the search) or on
    /// a record screen where it closes help or puts a field back changes only what is shown: it
    /// acts at once and is taken back when a digit follows. Esc that leaves a record (a finished
    /// summary, a signed record) waits the second for a digit instead.
    public var escapeCanBeTakenBack: Bool {
        if prompt != nil { return true }
        switch mode {
        case .locked: return false
        case .home, .choosingLanguage: return true
        case .record(let open): return !Self.goesBackToList(.escape, open) && open.screen.escapeCanBeTakenBack
        }
    }

    public var isLocked: Bool { if case .locked = mode { return true } else { return false } }
    /// The kiosk's first screen is showing: the patient chooses the language.
    public var isChoosingLanguage: Bool { if case .choosingLanguage = mode { return true } else { return false } }

    /// Esc or F10 on a signed record, Esc on the Review step of any other (a draft's answers are
    /// saved as Ctrl-C saves them): back to the list (a modal on the screen takes Esc first).
    static func goesBackToList(_ key: Key, _ open: OpenRecord) -> Bool {
        guard !open.screen.isShowingOverlay else { return false }
        if open.isReadOnly { return KeyTable.key(key, means: .closeSigned) }
        return open.screen.step == .summary && KeyTable.key(key, means: .backToList)
    }

    static func allowedWhenReadOnly(_ key: Key) -> Bool {
        switch key {
        case .tab, .backTab, .up, .down, .pageUp, .pageDown, .home, .end, .function(1), .function(5), .control("r"),
             .control("n"), .control("p"), .control("g"), .escape, .control("c"):
            return true
        default: return false
        }
    }

    // MARK: - lock

    /// Staff leave kiosk mode with F12 (Ctrl-] where a terminal has no F12), after signing in.
    static let leaveKioskKeys: [Key] = KeyTable.binding(.leaveKiosk).keys

    /// Saves what was answered, gives up the draft and shows the lock screen: nothing of the
    /// patient stays on screen or in the terminal's scrollback, and only a member of staff signing
    /// in opens it again.
    mutating func lock() {
        homeBeforeRecord = nil      // the next person signing in starts from a fresh list
        if configuration.kiosk, case .record(let open) = mode, open.isEditableHere {
            intakeBeforeLock = IntakeBeforeLock(recordID: open.id, step: open.screen.step)
        }
        close(then: .lock)
    }

    /// "Locked after 5 minutes without a key press ... Locked at pts/3.": the desk by its terminal
    /// name only (no patient data, no user or address).
    var lockText: String {
        let body = strings(.shellLockBody, ["idle": minutesText(configuration.idleMinutes)])
        guard let terminal = services.session.terminal else { return body }
        return body + " " + strings(.shellLockDesk, ["desk": Sanitizer.displayLine(terminal)])
    }

    // MARK: - hang-up

    /// Saves every answer left (never over another session's change), gives up the draft, stops.
    mutating func hangUp() {
        close(then: .finishing)
    }

    /// The program is being stopped from outside (the shell's caller): same as a hang-up.
    public mutating func stop() { drive(.stop) }

    // MARK: - render

    public func render(size: Size) -> Screen {
        var screen: Screen
        switch mode {
        case .home(let home): screen = home.render(size: size)
        case .record(let open): screen = open.screen.render(size: size)
        case .choosingLanguage(let choice): screen = choice.render(size: size)
        case .locked:
            screen = Screen(size: size)
            screen.clearsHistory = true
            if prompt == nil {
                ShellBox.draw(on: &screen, title: strings(.shellLockTitle), body: lockText, editor: nil,
                              keys: strings(.shellLockKeys), role: .label)
            }
        }
        // a read-only view says so all the time, not only when a key is refused
        var shown = message
        if shown == nil, case .record(let open) = mode, let holder = open.heldElsewhere {
            shown = strings(.shellReadOnlyHeld, ["desk": holder])
        }
        if shown == nil, !isLocked { shown = offlineText }
        if let shown, size.height > 0 {
            // a long message wraps upwards over the bottom rows (at most three) instead of being cut
            let lines = Array(TextWrap.lines(shown, width: max(1, size.width - 2)).prefix(min(3, size.height)))
            for (index, line) in lines.enumerated() {
                let row = size.height - lines.count + index
                screen.fill(Rect(row: row, column: 0, width: size.width, height: 1), role: .warning)
                screen.write(line, at: Position(row: row, column: 1), role: .warning)
            }
        }
        prompt?.draw(on: &screen, strings: strings)
        return screen
    }
}
