import Catalog
import Foundation
import IntakeStore
import StaffAccess
import TerminalUI
import PlainText

/// Where the staff member's own credential is needed (issue 11, item 8): unlocking the idle lock,
/// acknowledging an emergency alert, signing, leaving kiosk mode. The check runs at the edge
/// (`ShellServices.staff`); the throttle locks signing in for a minute after five wrong tries;
/// every refusal, lock and success is audited with who, never with the secret.
extension IntakeShell {
    mutating func askForStaff(_ purpose: StaffSignIn.Purpose, detail: String? = nil) {
        prompt = .signIn(StaffSignIn(purpose: purpose, detail: detail))
    }

    mutating func handleSignIn(_ key: Key, _ form: StaffSignIn) {
        var form = form
        switch form.handle(key) {
        case .editing:
            prompt = .signIn(form)
        case .cancel:
            prompt = nil
            if form.purpose == .sign { message = strings(.shellFinished) }
        case .submit(let login, let secret):
            let now = services.clock.now()
            let locked = signInThrottle.secondsLocked(at: now)
            if locked > 0 {
                form.retry(problem: strings(.shellSignInLocked, ["wait": secondsText(locked)]))
                prompt = .signIn(form)
                return
            }
            guard !login.isEmpty, !secret.isEmpty else {
                form.retry(problem: strings(.shellSignInNeeded))
                prompt = .signIn(form)
                return
            }
            // Checked after this frame, which says "Checking..." (`checkPendingSignIn`).
            form.problem = strings(.shellSignInChecking)
            form.pendingCheck = StaffSignIn.Credential(login: login, secret: secret)
            prompt = .signIn(form)
        }
    }

    /// Asks for the credential check left by Enter, once "Checking..." is drawn: a wrong password
    /// through PAM takes seconds, and the screen says why it waits. True when one was asked for.
    mutating func checkPendingSignIn() -> Bool {
        guard case .signIn(var form) = prompt, let credential = form.pendingCheck else { return false }
        form.pendingCheck = nil
        prompt = .signIn(form)
        emit(.checkStaff(login: credential.login, secret: credential.secret, purpose: form.purpose))
        return true
    }

    /// The credential was checked: the member of staff it belongs to, or nobody.
    mutating func staffChecked(login: String, member: StaffMember?) {
        guard case .signIn(var form) = prompt else { return }
        guard let member else {
            refuse(login: login, form: &form, at: services.clock.now())
            prompt = .signIn(form)
            return
        }
        signInThrottle.succeeded()
        prompt = nil
        signedIn(member, for: form.purpose)
    }

    private mutating func refuse(login: String, form: inout StaffSignIn, at now: Date) {
        let lockedNow = signInThrottle.failed(at: now)
        audit(lockedNow ? .signInLocked : .signInRefused, field: form.purpose.rawValue, newValue: Sanitizer.displayLine(login))
        if lockedNow {
            form.retry(problem: strings(.shellSignInLocked, ["wait": secondsText(Int(SignInThrottle.lockSeconds))]))
        } else {
            let left = signInThrottle.triesLeft
            form.retry(problem: strings(.shellSignInRefused, ["tries": left == 1 ? strings(.shellOneTry) : strings(.shellTries, ["count": String(left)])]))
        }
    }

    private mutating func signedIn(_ member: StaffMember, for purpose: StaffSignIn.Purpose) {
        switch purpose {
        case .unlock:
            audit(.unlock, field: nil, newValue: member.name)
            if configuration.kiosk { reopenIntakeBeforeLock() } else { goHome() }
        case .sign:
            sign(staffName: member.name)
        case .acknowledgeAlert:
            guard case .record(var open) = mode else { return }
            let effects = open.screen.acknowledgeAlert(staffName: member.name)
            mode = .record(open)
            for effect in effects { perform(effect) }
        case .leaveKiosk:
            audit(.kioskLeft, field: nil, newValue: member.name)
            close(then: .finishing)
        }
    }

    /// Kiosk: the patient's intake the lock closed comes back on the step it was on, and the
    /// message line says so; a new intake only when none was open.
    mutating func reopenIntakeBeforeLock() {
        guard let locked = intakeBeforeLock else { return beginNewIntake() }
        intakeBeforeLock = nil
        messageAfterOpening = locked.notSaved.map { strings(.shellKioskResumedNotAll, ["notSaved": $0]) } ?? strings(.shellKioskResumed)
        beginOpening(locked.recordID, step: locked.step)
    }

    /// One audit row about signing in, on the open record or the desk.
    mutating func audit(_ action: AuditAction, field: String?, newValue: String?) {
        var recordID = DeskAudit.recordID
        if case .record(let open) = mode { recordID = open.id }
        emit(.appendAudit(ShellAuditRow(recordID, action, field: field, newValue: newValue), then: .nothing))
    }

    /// "60 seconds", "1 second".
    func secondsText(_ seconds: Int) -> String {
        seconds == 1 ? strings(.shellSecond) : strings(.shellSeconds, ["count": String(seconds)])
    }

    /// "5 minutes", "1 minute".
    func minutesText(_ minutes: Double) -> String {
        if minutes == 1 { return strings(.shellMinute) }
        let number = minutes.rounded() == minutes ? String(Int(minutes)) : String(minutes)
        return strings(.shellMinutes, ["count": number])
    }
}
