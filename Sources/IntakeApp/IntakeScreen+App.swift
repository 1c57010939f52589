import TerminalUI

/// The screens run in the toolkit's loop (`AppRunner`) and under its `Pilot` in tests. The app
/// shell performs the effects; the loop ends after an `.exit` effect (hang-up, leaving).
extension IntakeScreen: AppModel {
    public mutating func update(_ key: Key) -> [SessionEffect] {
        let effects = handle(key)
        if effects.contains(.exit) { hasExited = true }
        return effects
    }

    public var isFinished: Bool { hasExited }

    /// Esc closes help or the jump line, or puts the focused field back, and changes nothing
    /// else (no answer is sent to the session): it can be taken back. Over the emergency alert,
    /// the finish check or the hand-over, Esc answers the session, which may save.
    public var escapeCanBeTakenBack: Bool {
        session.pendingAlert == nil && session.finishCheck == nil && session.handOver == nil
    }
}
