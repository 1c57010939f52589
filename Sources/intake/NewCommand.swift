import ArgumentParser
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire

/// `intake new`: a new draft (visit date = today's local date) on the Patient screen.
struct NewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "new", abstract: said(.cliHelpNewAbstract),
            discussion: said(.cliHelpNewDiscussion))
    }

    @OptionGroup var options: ShellCommandOptions

    func run() throws {
        try ShellLaunch.run(.new, options, lineTarget: Self.newDraft) { shell, _ in shell.startNewIntake() }
    }

    /// A new draft dated today (local date), for the line-by-line mode.
    static func newDraft(_ store: any IntakeRecordStore) throws -> (id: String, step: StepID) {
        let record = IntakeRecord(visitDate: SystemShellClock().today())
        return (try store.createDraft(record, actor: AuditActor.current()).id, .patient)
    }
}
