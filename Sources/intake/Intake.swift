import ArgumentParser
import Foundation

/// `intake`: the OsteoIntake command line. Each subcommand lives in its own file.
@main
struct Intake: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "intake",
            abstract: said(.cliHelpIntakeAbstract),
            discussion: said(.cliHelpIntakeDiscussion),
            version: IntakeVersion.line,
            subcommands: [
                HomeCommand.self, NewCommand.self, OpenCommand.self, ResumeCommand.self, KioskCommand.self,
                ListCommand.self, AssessCommand.self, ImportCommand.self, ExportCommand.self, AuditCommand.self,
                PrintCommand.self, QuestionnaireCommand.self, DemoCommand.self, StaffPinCommand.self,
                DatabaseCommand.self,
            ],
            defaultSubcommand: HomeCommand.self
        )
    }

    /// A write past the file-size limit (`ulimit -f`) fails with EFBIG, which the store reports as a
    /// full disk (exit 74), instead of SIGXFSZ killing the program without a word, possibly after
    /// its save was committed.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
