import ArgumentParser

/// `intake kiosk`: a patient fills in their own intake.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk", abstract: "Let a patient fill in their own intake.",
        discussion: "Only the patient's questions of one new intake are shown, with no home list; Ctrl-C, Ctrl-Z "
            + "and Ctrl-\\ do nothing. When the patient finishes, the screen clears and a new intake is ready for "
            + "the next patient. Staff stop it with SIGTERM or SIGHUP (answers are saved).")

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(.kiosk, options, lineTarget: NewCommand.newDraft)
    }
}
