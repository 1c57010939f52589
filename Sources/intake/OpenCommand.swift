import ArgumentParser
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore
import Questionnaire

/// `intake open ID|FILE.json [--screen NAME]`.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a stored intake (or a JSON file) on a given screen.",
        discussion: "An argument that names an existing file is read as an osteo-intake/1 record and stored as a "
            + "new draft (audited as 'import'); anything else is an intake ID.")

    @OptionGroup var options: ShellCommandOptions

    @Argument(help: ArgumentHelp("An intake ID (as 'intake list' shows) or a record file.", valueName: "id-or-file"))
    var record: String

    @Option(help: ArgumentHelp("The screen to open on: \(OpenCommand.screenNames).", valueName: "name"))
    var screen: String = "patient"

    static let screenNames = StepID.allCases.map(\.rawValue).joined(separator: ", ") + " (review = summary)"

    func validate() throws {
        guard StepID(screenName: screen) != nil else {
            throw ValidationError("--screen must be one of \(Self.screenNames)")
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
