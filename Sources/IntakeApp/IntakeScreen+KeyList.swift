import IntakeStore
import Questionnaire
import TerminalUI

/// Which keys of the one keys table (`KeyTable`) work on the screen now: the status bar shows
/// the first that fit, the help screen (F1) lists them all. A key that does nothing here is in
/// neither.
extension IntakeScreen {
    /// True when the record is signed: nothing can be changed, F4 amends it.
    var isSigned: Bool { !recordStatus.isEditable }
    /// True when the record is finished but not signed: F10 signs it.
    var isFinishedUnsigned: Bool { recordStatus == .completed }

    /// F10: finish a draft, sign a finished record.
    private var finishCommand: Command { isFinishedUnsigned ? .sign : .finish }

    /// The app shell's keys for leaving: Ctrl-C for staff, F12 for staff ending kiosk mode.
    private var leaveCommand: Command { isKiosk ? .leaveKiosk : .leave }

    private var isFirstStep: Bool { currentStep == StepID.allCases.first }
    private var isLastStep: Bool { currentStep == StepID.allCases.last }

    /// The steps' moves that exist from here (no PgDn on the last step, no PgUp on the first).
    private var stepMoves: [Command] {
        (isLastStep ? [] : [.nextStep]) + (isFirstStep ? [] : [.previousStep])
    }

    /// The current step has a list (medicines, broken bones, heart attack or stroke).
    private var stepHasList: Bool {
        shownItems.contains { session.definition.item(linkId: $0.linkId)?.type == .repeatingGroup }
    }

    private var stepIsSkippable: Bool { session.definition.step(currentStep)?.skippable == true }

    /// The status bar of a form step, most useful first (a narrow bar leaves out the last ones);
    /// the focused widget's own keys follow (`footerHints`).
    var formFooterCommands: [Command] {
        if isSigned { return [.help, .closeSigned, .amend] + stepMoves }
        var commands: [Command] = [.help, .save, finishCommand]
        if !isLastStep { commands.append(.nextStep) }
        if focusedList != nil {
            commands.append(.addEntry)
            if session.focus?.instance != nil { commands.append(.removeEntry) }
        }
        if stepIsSkippable { commands.append(.skipStep) }
        return commands
    }

    /// The focused widget's keys ("Space Choose", "Space Unit"), none on a text box or a signed record.
    var footerHints: [KeyHint] {
        isSigned ? [] : (form.focusedField?.hints ?? [])
    }

    /// Every key of a form step, for the help screen.
    var formHelpCommands: [Command] {
        if isSigned {
            return [.help] + stepMoves + [.nextField, .previousField, .closeSigned, .amend, leaveCommand]
        }
        var commands: [Command] = [.help, .save, finishCommand] + stepMoves + [.nextField, .previousField, .jump]
        if stepHasList { commands += [.addEntry, .removeEntry] }
        if stepIsSkippable { commands.append(.skipStep) }
        commands.append(leaveCommand)
        return commands
    }

    /// The summary's status bar (its scroll keys follow).
    var summaryFooterCommands: [Command] {
        if isKiosk { return [.help, .finish, .previousStep] }  // the patient is not shown the triage
        if isSigned { return [.help, .print, .closeSigned, .amend, .previousStep] }
        if isFinishedUnsigned { return [.help, .print, .sign, .backToList, .previousStep] }
        // Esc (back to the list) is in the help: at 80 columns the scroll keys need the room
        return [.help, .print, .save, .finish, .previousStep]
    }

    /// Every key of the summary, for the help screen.
    var summaryHelpCommands: [Command] {
        if isKiosk { return [.help, .finish, .previousStep, .scroll] }
        if isSigned { return [.help, .print, .previousStep, .scroll, .closeSigned, .amend, leaveCommand] }
        return [.help, .print, .save, finishCommand, .previousStep, .scroll, .backToList, leaveCommand]
    }
}
