import Foundation
import Questionnaire
import TerminalUI
import PlainText
import IntakeReport

/// One run of the line-by-line intake: the session, where the questions stand, and the lines in
/// and out. `AccessibleIntake.run` creates it; only this type changes the session during a run.
struct LineModeRun {
    var session: IntakeSession
    var input: any LineReader
    let output: any LineWriter
    /// The words of line mode, in the intake's language (answering "Preferred language" switches them).
    var strings: LineModeStrings { LineModeStrings(language: session.language) }
    let handler: (SessionEffect, IntakeSession) throws -> Void

    /// The step whose "Step N of 8" line was said last.
    var announcedStep: StepID?
    /// Set while asking "Add a medication?" for this repeating group (the session's focus stays on
    /// the question before it).
    var addPrompt: String?
    /// The last move was `back`: a step with nothing to ask is passed backwards.
    var movingBack = false
    /// The group heading said last (so it is said once, when its first question comes).
    var spokenGroup: String?
    /// The answer that raised an emergency alert: the intake moves on from it once acknowledged.
    var advanceAfterAlert: ItemAddress?

    init(session: IntakeSession, input: any LineReader, output: any LineWriter,
         handler: @escaping (SessionEffect, IntakeSession) throws -> Void) {
        self.session = session
        self.input = input
        self.output = output
        self.handler = handler
    }

    var definition: QuestionnaireDefinition { session.definition }

    // MARK: The loop

    mutating func loop() throws -> AccessibleIntakeOutcome.Ending {
        say(strings(.lineModeIntro))
        while true {
            let ending: AccessibleIntakeOutcome.Ending?
            if session.pendingAlert != nil {
                ending = try acknowledgeAlert()
            } else {
                announceStep()
                if session.currentStep == .summary {
                    ending = try review()
                } else if let group = addPrompt {
                    ending = try askAddEntry(group)
                } else if let address = session.focus {
                    ending = try ask(address)
                } else {
                    ending = try passEmptyStep()
                }
            }
            if let ending { return ending }
        }
    }

    // MARK: Output

    /// Writes text as lines, each cleaned of control characters, escape sequences and bidi
    /// controls: nothing from patient data can move the cursor or recolour the output.
    func say(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            output.write(line: Sanitizer.clean(String(line), keepNewlines: false))
        }
    }

    // MARK: Input

    enum Typed {
        case end
        case command(LineCommand)
        case answer(String)
    }

    /// The next line: end of input, a command, or an answer (trimmed; empty means keep).
    mutating func read(_ prompt: LinePrompt, commands: Bool = true) -> Typed {
        guard let raw = input.readLine(for: prompt) else { return .end }
        let line = Sanitizer.clean(raw, keepNewlines: false).trimmingCharacters(in: .whitespaces)
        if commands, let command = LineCommand(line: line, strings: strings) { return .command(command) }
        return .answer(line)
    }

    // MARK: Session

    /// Applies an action and hands every effect to the shell's handler, in order.
    mutating func apply(_ action: SessionAction) throws {
        for effect in session.apply(action) { try handler(effect, session) }
    }

    mutating func announceStep() {
        guard announcedStep != session.currentStep else { return }
        announcedStep = session.currentStep
        spokenGroup = nil
        say("")
        say(session.stepIndicator)
        // An optional step says what it is (for STarT Back, its licence note) and how to skip it.
        if let step = definition.step(session.currentStep), step.skippable {
            if let help = step.help(session.language) { say(help) }
            say(strings(.lineModeMessageOptionalStep))
        }
    }

    /// A step with nothing to ask in this mode (bone density in kiosk mode, medications without
    /// entries are asked through "Add a medication?").
    mutating func passEmptyStep() throws -> AccessibleIntakeOutcome.Ending? {
        let step = session.currentStep
        if !movingBack, case .add(let group)? = stops(in: step).first {
            addPrompt = group
            return nil
        }
        say(strings(.lineModeMessageNothingToAsk))
        if movingBack { try apply(.previousField) }
        if session.currentStep == step { movingBack = false; try apply(.nextStep) }
        return nil
    }

    /// Input ended: save through the handler first (the terminal may be gone), then stop.
    mutating func hangUp() throws -> AccessibleIntakeOutcome.Ending {
        try apply(.save)
        say(strings(.lineModeMessageHungUp))
        try handler(.exit, session)
        return .hungUp
    }

    // MARK: Commands

    mutating func perform(_ command: LineCommand, at address: ItemAddress?) throws -> AccessibleIntakeOutcome.Ending? {
        switch command {
        case .help:
            sayHelp(for: address)
        case .back:
            movingBack = true
            if addPrompt != nil, session.focus != nil, session.currentStep != .summary {
                addPrompt = nil
            } else {
                addPrompt = nil
                try apply(.previousField)
            }
        case .nextStep:
            movingBack = false
            addPrompt = nil
            try apply(.nextStep)
        case .skip:
            guard definition.step(session.currentStep)?.skippable == true else {
                say(strings(.lineModeMessageNotSkippable))
                return nil
            }
            movingBack = false
            addPrompt = nil
            try apply(.skipStep)
        case .jump(let caption):
            try apply(.jump(caption: caption))
            if let notice = session.notice { say(notice) } else { addPrompt = nil; movingBack = false }
        case .clear:
            if let address, addPrompt == nil { try apply(.setAnswer(address, nil)) }
        case .save:
            try apply(.save)
            say(strings(.lineModeMessageSaved))
        case .summary:
            sayLines(summaryLines)
        case .finish:
            return try finish()
        case .exit:
            guard session.mode != .kiosk else {
                say(strings(.lineModeMessageKioskExit))
                return nil
            }
            say(strings(.lineModeMessageExited))
            try apply(.exit)
            return .exited
        }
        return nil
    }

    /// Finishing: complete when nothing blocks it (the summary is said, unless the Review step has
    /// just said it, and the run ends), else the first problem is asked next with its message.
    mutating func finish() throws -> AccessibleIntakeOutcome.Ending? {
        let summarySaid = session.currentStep == .summary
        try apply(.finish)
        addPrompt = nil
        movingBack = false
        if session.isCompleted {
            if !summarySaid {
                announceStep()
                sayLines(summaryLines)
                say("")
            }
            say(strings(.lineModeMessageFinished))
            return .finished
        }
        let count = session.errors.count
        say(count == 1 ? strings(.lineModeMessageFinishBlockedOne) : strings(.lineModeMessageFinishBlocked, ["count": String(count)]))
        return nil
    }

    func sayLines(_ lines: [String]) { for line in lines { say(line) } }

    /// `?`: the help of the question (else of the step), then the commands.
    func sayHelp(for address: ItemAddress?) {
        let itemHelp = address.flatMap { definition.item(linkId: $0.linkId)?.help(session.language) }
        say(itemHelp ?? definition.step(session.currentStep)?.help(session.language) ?? strings(.lineModeNoHelp))
        say(strings(.lineModeCommands))
    }

    var summaryLines: [String] {
        let report = IntakeReport.make(record: session.record, language: session.language, definition: definition)
        return LineModeSummary(report: report, strings: ScreenStrings(language: session.language), lineStrings: strings).lines
    }
}
