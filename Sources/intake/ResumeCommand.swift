import ArgumentParser
import Catalog
import IntakeApp
import IntakeStore
import Questionnaire

/// `intake resume ID`: back into a draft; one left open by a session that died is taken over
/// after asking.
struct ResumeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "resume", abstract: said(.cliHelpResumeAbstract),
            discussion: said(.cliHelpResumeDiscussion))
    }

    @OptionGroup var options: ShellCommandOptions

    @Argument(help: staffHelp(.cliHelpId, valueName: "id"))
    var id: String

    func run() throws {
        let recordID = id.uppercased()
        let target = { (store: any IntakeRecordStore) throws -> (id: String, step: StepID) in
            let stored = try store.load(recordID)
            guard stored.status == .inProgress || stored.status == .amended else {
                throw ResumeRefusal(id: recordID, status: stored.status)
            }
            return (recordID, .patient)
        }
        try ShellLaunch.run(.resume, options, databaseMustExist: true, lineTarget: target) { shell, store in
            shell.resume(try target(store).id)
        }
    }
}

/// `intake resume` of a record that is not a draft.
struct ResumeRefusal: CommandFailure, CustomStringConvertible {
    var id: String
    var status: RecordStatus
    var description: String {
        said(.cliMessageNotADraft, ["id": id, "status": status.inStaffWords])
    }
    var messageLines: [String] { [description] }
    var exitStatus: Int32 { ExitStatus.noPermission }
}

extension RecordStatus {
    /// The status as the home list says it, in the staff's language ("completed", "firmada").
    var inStaffWords: String {
        switch self {
        case .inProgress: said(.shellStatusInProgress)
        case .completed: said(.shellStatusCompleted)
        case .signed: said(.shellStatusSigned)
        case .amended: said(.shellStatusAmended)
        }
    }
}
