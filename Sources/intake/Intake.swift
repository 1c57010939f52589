import ArgumentParser
import Foundation

/// `intake`: the OsteoIntake command line. Each subcommand lives in its own file.
@main
struct Intake: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "intake",
        abstract: "Keyboard-only intake for lower back pain with an osteoporosis and vertebral fracture focus.",
        discussion: "Decision support for clinicians, never a diagnosis.",
        version: IntakeVersion.line,
        subcommands: [
            HomeCommand.self, NewCommand.self, OpenCommand.self, ResumeCommand.self, KioskCommand.self,
            ListCommand.self, AssessCommand.self, ImportCommand.self, ExportCommand.self, AuditCommand.self,
            PrintCommand.self, QuestionnaireCommand.self, DemoCommand.self, StaffPinCommand.self,
            DatabaseCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    /// A write past the file-size limit (`ulimit -f`) fails with EFBIG, which the store reports as a
    /// full disk (exit 74), instead of SIGXFSZ killing the program without a word, possibly after
    /// its save was committed.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}
