import Catalog
import TerminalUI
import PlainText

/// The staff sign-in box: the staff member's login and their password or PIN (never shown, not
/// even as its length). Unlocking the idle lock, acknowledging an emergency alert, signing and
/// leaving kiosk mode ask for it; the shell checks it (`ShellServices.staff`).
public struct StaffSignIn: Sendable {
    /// What signing in is for: it decides the title, the words and what Esc does.
    public enum Purpose: String, Hashable, Sendable {
        case unlock, acknowledgeAlert, sign, leaveKiosk

        /// Esc closes the box except on the lock screen (nothing behind it may be shown).
        public var canCancel: Bool { self != .unlock }
    }

    /// What a key did.
    public enum Outcome: Hashable, Sendable {
        case editing
        case submit(login: String, secret: String)
        case cancel
    }

    public var purpose: Purpose
    public private(set) var login = LineEditor(maxLength: 64)
    public private(set) var secret = LineEditor(maxLength: 128)
    public private(set) var isOnSecret = false
    /// Why the last try failed, or how long signing in is locked.
    public var problem: String?
    /// Words that replace the purpose's own (the lock says after how long it locked).
    public var detail: String?
    /// A credential waiting to be checked once "Checking..." is on screen (PAM can take seconds).
    var pendingCheck: Credential?

    struct Credential: Sendable {
        var login: String
        var secret: String
    }

    public init(purpose: Purpose, detail: String? = nil) {
        self.purpose = purpose
        self.detail = detail
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape:
            return purpose.canCancel ? .cancel : .editing
        case .tab, .down:
            isOnSecret = true
        case .backTab, .up:
            isOnSecret = false
        case .enter:
            guard isOnSecret else { isOnSecret = true; return .editing }
            let outcome = Outcome.submit(login: login.text.trimmingCharacters(in: .whitespaces), secret: secret.text)
            secret = LineEditor(maxLength: 128)  // a wrong one is typed again from the start
            return outcome
        default:
            if isOnSecret { _ = secret.handle(key) } else { _ = login.handle(key) }
        }
        return .editing
    }

    /// Back to the login after a failed try, with the secret cleared.
    public mutating func retry(problem: String) {
        self.problem = problem
        secret = LineEditor(maxLength: 128)
        isOnSecret = login.text.isEmpty ? false : true
    }

    /// The box in the middle of the screen: title, words, the two fields, the problem, the keys.
    func draw(on screen: inout Screen, strings: Catalog, role: Role) {
        let size = screen.size
        let width = max(20, min(size.width - 2, 72))
        var body = TextWrap.lines(detail ?? strings(bodyText), width: width - 4)
        if let problem { body += [""] + TextWrap.lines(problem, width: width - 4) }
        let height = min(size.height, body.count + 7)
        let box = Rect(row: max(0, (size.height - height) / 2), column: max(0, (size.width - width) / 2),
                       width: width, height: height)
        ShellBox.frame(on: &screen, box: box, title: strings(titleText), role: role)
        let inner = Rect(row: box.row + 1, column: box.column + 2, width: width - 4, height: max(0, height - 2))
        var row = inner.row
        for (index, line) in body.enumerated() where row < box.bottom - 4 {
            let isProblem = problem != nil && index > body.count - 1 - TextWrap.lines(problem ?? "", width: width - 4).count
            screen.write(line, at: Position(row: row, column: inner.column), role: isProblem ? .error : role, clip: inner)
            row += 1
        }
        row = box.bottom - 4
        let labelWidth = max(DisplayWidth.of(strings(.shellSignInLogin)), DisplayWidth.of(strings(.shellSignInSecret))) + 1
        let fieldWidth = max(4, inner.width - labelWidth)
        for (index, label) in [strings(.shellSignInLogin), strings(.shellSignInSecret)].enumerated() {
            let at = Position(row: row + index, column: inner.column)
            screen.write(label, at: at, role: role, clip: inner)
            let field = Rect(row: row + index, column: inner.column + labelWidth, width: fieldWidth, height: 1)
            screen.fill(field, role: .focus)
            if index == 0 {
                let (shown, cursor) = login.visible(width: fieldWidth)
                screen.write(shown, at: Position(row: field.row, column: field.column), role: .focus, clip: field)
                if !isOnSecret { screen.cursor = Position(row: field.row, column: field.column + cursor) }
            } else if isOnSecret {
                screen.cursor = Position(row: field.row, column: field.column)
            }
        }
        screen.write(strings(purpose.canCancel ? .shellSignInKeys : .shellSignInKeysNoCancel),
                     at: Position(row: box.bottom - 2, column: inner.column), role: role, clip: inner)
    }

    private var titleText: TextKey {
        switch purpose {
        case .unlock: return .shellLockTitle
        case .acknowledgeAlert: return .shellSignInAlertTitle
        case .sign: return .shellSignTitle
        case .leaveKiosk: return .shellSignInKioskTitle
        }
    }

    private var bodyText: TextKey {
        switch purpose {
        case .unlock: return .shellLockBody
        case .acknowledgeAlert: return .shellSignInAlertBody
        case .sign: return .shellSignBody
        case .leaveKiosk: return .shellSignInKioskBody
        }
    }
}
