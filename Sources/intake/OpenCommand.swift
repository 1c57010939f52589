import ArgumentParser
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire

/// `intake open ID|FILE.json [--screen NAME]`.
struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "open", abstract: said(.cliHelpOpenAbstract),
            discussion: said(.cliHelpOpenDiscussion))
    }

    @OptionGroup var options: ShellCommandOptions

    @Argument(help: staffHelp(.cliHelpOpenRecord, valueName: "id-or-file"))
    var record: String

    @Option(help: ArgumentHelp(said(.cliHelpOpenScreen, ["names": OpenCommand.screenNames]), valueName: "name"))
    var screen: String = "patient"

    static let screenNames = StepID.allCases.map(\.rawValue).joined(separator: ", ") + " (review = summary)"

    func validate() throws {
        guard StepID(screenName: screen) != nil else {
            throw ValidationError(said(.cliMessageScreenNames, ["names": Self.screenNames]))
        }
    }

    func run() throws {
        let step = StepID(screenName: screen) ?? .patient
        let argument = record
        var isDirectory: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && !isDirectory.boolValue
        try StoreCommandOutput.run {
            let fileRecord = isFile ? try ImportCommand.record(fromFileAt: argument) : nil
            let target = { (store: any IntakeRecordStore) throws -> (id: String, step: StepID) in
                if let fileRecord {
                    return (try store.createDraft(fileRecord, actor: AuditActor.current(), action: .import).id, step)
                }
                return (try store.load(argument.uppercased()).id, step)
            }
            try ShellLaunch.run(.open, options, databaseMustExist: !isFile, lineTarget: target) { shell, store in
                let opened = try target(store)
                shell.open(opened.id, step: opened.step)
            }
        }
    }
}
