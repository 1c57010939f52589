import ArgumentParser

/// `intake` (or `intake home`): today's intakes, search, new intake.
struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home", abstract: "Open the home screen with today's intakes.",
        discussion: "Up/Down choose, Enter opens (or starts a new intake), typing searches by name or date of "
            + "birth (accents and case ignored), Ctrl-C quits. The screen locks after --idle-minutes without a key. "
            + "With --accessible (or TERM=dumb) the list is numbered lines and one command a line: new, open N, "
            + "search TEXT, list, quit; the intake chosen runs line by line.")

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(.home, options)
    }
}
