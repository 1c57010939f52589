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
}
