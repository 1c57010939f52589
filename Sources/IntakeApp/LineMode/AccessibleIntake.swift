import Questionnaire
import PlainText

/// The intake line by line, for screen readers and braille displays (`TERM=dumb` or
/// `--accessible`): the same `IntakeSession` the full-screen intake runs, asked one question per
/// line over plain line input and output.
///
/// It announces each step ("Step 4 of 8: Symptoms"), asks each shown question in order with its
/// allowed answers, shows the session's validation message and asks again without losing anything,
/// prints help on `?`, keeps the current answer on an empty line, and takes commands typed alone on
/// a line (`back`, `next step`, `skip`, `jump TEXT`, `clear`, `save`, `summary`, `finish`, `exit`).
/// Repeating groups (medications) ask "Add a medication?" and then each entry's questions. An
/// EMERGENCY alert is printed at once between clearly marked lines and must be acknowledged with a
/// staff member's name. The Review step prints the summary as plain lines.
///
/// Everything written goes through `TerminalUI.Sanitizer` one line at a time: no control
/// character, escape sequence, cursor movement, colour or screen clearing ever reaches the output.
///
/// ```swift
/// let outcome = try AccessibleIntake(session: session, input: .standardInput, output: .standardOutput)
///     .run { effect in try perform(effect) }   // the same handler as the full-screen intake
/// ```
public struct AccessibleIntake {
    public let session: IntakeSession
    let input: any LineReader
    let output: any LineWriter
    let strings: LineModeStrings

    public init(session: IntakeSession, input: some LineReader, output: some LineWriter) {
        self.session = session
        self.input = input
        self.output = output
        self.strings = LineModeStrings(language: session.language)
    }

    /// Runs the intake until it is finished, the user types `exit`, or input ends.
    ///
    /// Every `SessionEffect` the session produces (`saveAnswer`, `entryAdded`/`entryRemoved`,
    /// `audit`, `showAlert`, `alertAcknowledged`, `saveNow`, `finish`, `exit`) is passed to
    /// `effects` in order, as the full-screen intake does, so the shell wires both modes to the
    /// store the same way. At end of input (a hang-up) the handler receives `.saveNow` then `.exit`
    /// and the run returns; `exit` gives the same two. An error thrown by the handler ends the run
    /// and is rethrown.
    @discardableResult
    public func run(effects: (SessionEffect) throws -> Void) throws -> AccessibleIntakeOutcome {
        try run(effectsWithSession: { effect, _ in try effects(effect) })
    }

    /// As `run(effects:)`, with the session as it is right after the action that produced each
    /// effect: a shell that saves `session.record` on `.saveAnswer` (as it saves the screen's
    /// record in full-screen mode) uses this one.
    @discardableResult
    public func run(effectsWithSession effects: (SessionEffect, IntakeSession) throws -> Void) throws -> AccessibleIntakeOutcome {
        try withoutActuallyEscaping(effects) { handler in
            var run = LineModeRun(session: session, input: input, output: output, handler: handler)
            let ending = try run.loop()
            return AccessibleIntakeOutcome(ending: ending, session: run.session)
        }
    }
}
