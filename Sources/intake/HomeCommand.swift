import ArgumentParser

/// `intake` (or `intake home`): today's intakes, search, new intake.
struct HomeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "home", abstract: said(.cliHelpHomeAbstract),
            discussion: said(.cliHelpHomeDiscussion))
    }

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(.home, options)
    }
}
