/// How a line-by-line intake ended, with the session as it was left.
public struct AccessibleIntakeOutcome: Sendable {
    public enum Ending: String, Hashable, Sendable {
        /// `finish` completed the intake (the handler received `.finish(record)`).
        case finished
        /// The user typed `exit` (the handler received `.saveNow` and `.exit`).
        case exited
        /// Input ended (hang-up): the handler received `.saveNow` and `.exit`.
        case hungUp
    }

    public let ending: Ending
    /// The session at the end: the record, the assessment, any alert still pending.
    public let session: IntakeSession
}
