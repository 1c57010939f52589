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
    /// Answers waiting for a records server that cannot be reached (status line; 0 when online).
    public internal(set) var offlineWaiting = 0
    /// Quitting was asked once while answers wait for the server (the second time quits).
    var quitWarned = false

    var strings: ShellStrings { configuration.strings }

    /// Starts on the home screen (staff) or on a new draft (kiosk).
    public init(services: ShellServices, configuration: ShellConfiguration = ShellConfiguration(),
                size: Size = Size(width: 80, height: 24)) {
        self.services = services
        self.configuration = configuration
        self.terminalSize = size
        self.lastInput = services.clock.now()
        self.mode = .locked
        if configuration.kiosk { startNewIntake() } else { goHome() }
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

    /// Said once on the message line, over any other message: what is shown as '?' is not what
    /// is stored.
    public mutating func terminalShowedStandIns() -> Bool {
        message = strings[.standIns]
        return true
    }

    // MARK: - keys and time

    public mutating func update(_ key: Key) -> [Never] {
        if key == .hangUp { hangUp(); return [] }
        if case .resize(let newSize) = key {
            terminalSize = newSize
            if case .record(var open) = mode { _ = open.screen.respond(to: key); mode = .record(open) }
            return []
        }
        lastInput = services.clock.now()
        if configuration.kiosk && [.control("c"), .control("z"), .control("\\")].contains(key) { return [] }
        message = nil
        if prompt != nil { handlePrompt(key); return [] }
        if configuration.kiosk && Self.leaveKioskKeys.contains(key) { askForStaff(.leaveKiosk); return [] }
        switch mode {
        case .locked: askForStaff(.unlock, detail: lockText)
        case .home(var home):
            let action = home.handle(key)
            mode = .home(home)
            perform(action)
        case .record(var open):
            if !configuration.kiosk && Self.goesBackToList(key, open) { leaveRecord(); return [] }
            if open.isReadOnly && !Self.allowedWhenReadOnly(key) {
                if let holder = open.heldElsewhere {
                    message = strings.format(.readOnlyHeld, holder)
                } else if KeyTable.key(key, means: .amend) {
                    prompt = .amend(LineEditor(maxLength: 200))
                } else {
                    message = strings[.readOnly]
                }
                return []
            }
            if !configuration.kiosk && KeyTable.key(key, means: .leave) {
                // An emergency alert is dealt with before the record is left (it also comes back
                // whenever the record is opened until a member of staff acknowledges it).
                if open.screen.hasPendingAlert { message = strings[.alertNeedsStaff]; return [] }
                leaveRecord()
                return []
            }
            let effects = open.screen.respond(to: key)
            if !effects.isEmpty, effects.allSatisfy({ if case .commit = $0 { true } else { false } }) {
                // Answers left by this key are saved after its frame is drawn (`afterFrame`).
                for case .commit(let change) in effects { open.unsaved.append(change) }
                mode = .record(open)
            } else {
                mode = .record(open)
                for effect in effects { perform(effect) }
            }
        }
        heartbeatIfDue()
        return []
    }

    /// Commits the answers the last key left, once its frame is on the screen: a durable SQLite
    /// write is never part of the key-to-screen latency. A hang-up, the lock and every other path
    /// that leaves the record commit first too (`closeRecord`).
    public mutating func afterFrame() -> Bool {
        let journalChanged = checkJournal()
        if checkPendingSignIn() { return true }
        if case .record(var open) = mode, open.completionPending {
            open.completionPending = false
            prompt = nil
            return !finish(&open)
        }
        guard case .record(var open) = mode, !open.unsaved.isEmpty, prompt == nil else { return journalChanged }
        let shownMessage = message
        let saved = flush(&open, policy: .refuse)
        if case .record = mode { mode = .record(open) }
        // Drawn again only when the save has something to say (a store error, a conflict prompt).
        return !saved || message != shownMessage || prompt != nil || journalChanged
    }

    public mutating func tick() -> [Never] {
        let now = services.clock.now()
        if !isLocked, now.timeIntervalSince(lastInput) >= configuration.idleSeconds { lock() }
        heartbeatIfDue()
        watchStoredRecord()
        _ = checkJournal()
        return []
    }

    /// Esc on a question (sign-in, take-over, amend), on the home list (clears the search) or on
    /// a record screen where it closes help or puts a field back changes only what is shown: it
    /// acts at once and is taken back when a digit follows. Esc that leaves a record (a finished
    /// summary, a signed record) waits the second for a digit instead.
    public var escapeCanBeTakenBack: Bool {
        if prompt != nil { return true }
        switch mode {
        case .locked: return false
        case .home: return true
        case .record(let open): return !Self.goesBackToList(.escape, open) && open.screen.escapeCanBeTakenBack
        }
    }

    public var isLocked: Bool { if case .locked = mode { return true } else { return false } }

    /// Esc or F10 on a signed record, Esc on the summary of a finished one: back to the list
    /// (a modal on the screen takes Esc first).
    static func goesBackToList(_ key: Key, _ open: OpenRecord) -> Bool {
        guard !open.screen.isShowingOverlay else { return false }
        if open.isReadOnly { return KeyTable.key(key, means: .closeSigned) }
        return open.status == .completed && open.screen.step == .summary && KeyTable.key(key, means: .backToList)
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
        var notSaved: String?
        if case .record = mode { notSaved = closeRecord() }
        message = nil
        mode = .locked
        // Field names only, never what was typed: the lock screen shows no patient data.
        askForStaff(.unlock, detail: [lockText, notSaved].compactMap { $0 }.joined(separator: " "))
    }

    /// "Locked after 5 minutes without a key press ... Locked at pts/3.": the desk by its terminal
    /// name only (no patient data, no user or address).
    var lockText: String {
        let body = strings.format(.lockBody, minutesText(configuration.idleMinutes))
        guard let terminal = services.session.terminal else { return body }
        return body + " " + strings.format(.lockDesk, Sanitizer.displayLine(terminal))
    }

    // MARK: - hang-up

    /// Saves every answer left (never over another session's change), gives up the draft, stops.
    mutating func hangUp() {
        if case .record = mode { closeRecord() }
        isFinished = true
    }

    /// The program is being stopped from outside (the shell's caller): same as a hang-up.
    public mutating func stop() { hangUp() }

    // MARK: - render

    public func render(size: Size) -> Screen {
        var screen: Screen
        switch mode {
        case .home(let home): screen = home.render(size: size)
        case .record(let open): screen = open.screen.render(size: size)
        case .locked:
            screen = Screen(size: size)
            screen.clearsHistory = true
            if prompt == nil {
                ShellBox.draw(on: &screen, title: strings[.lockTitle], body: lockText, editor: nil,
                              keys: strings[.lockKeys], role: .label)
            }
        }
        // a read-only view says so all the time, not only when a key is refused
        var shown = message
        if shown == nil, case .record(let open) = mode, let holder = open.heldElsewhere {
            shown = strings.format(.readOnlyHeld, holder)
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
