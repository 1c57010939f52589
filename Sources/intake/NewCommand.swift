import ArgumentParser

/// `intake new`: a new draft (visit date = today's local date) on the Patient screen.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Start a new intake on the Patient screen.",
        discussion: "Each answer is saved as its field is left; F2 saves now, F10 finishes. Leaving the record "
            + "(Ctrl-C) returns to the home screen.")

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(options) { shell, _ in shell.startNewIntake() }
    }
}
