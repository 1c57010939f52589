import ArgumentParser

/// `intake kiosk`: a patient fills in their own intake.
struct KioskCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "kiosk", abstract: said(.cliHelpKioskAbstract),
            discussion: said(.cliHelpKioskDiscussion))
    }

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(.kiosk, options, lineTarget: NewCommand.newDraft)
    }
}
