import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import an intake record from a JSON file.",
        discussion: "The file holds one osteo-intake/1 record. It is checked, stored as a new in-progress "
            + "intake (audited as 'import'), and its new ID is printed.")

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The osteo-intake/1 JSON file.", valueName: "file.json"))
    var file: String

    func run() throws {
        try StoreCommandOutput.run {
            let record = try Self.record(fromFileAt: file)
            let stored = try store.openStore().createDraft(record, actor: AuditActor.current(), action: .import)
            print(stored.id)
        }
    }

    /// Reads and checks the record with `IntakeValidator` (every problem at once, each with its
    /// JSON Pointer path). Messages name the file and the field.
    static func record(fromFileAt file: String) throws -> IntakeRecord {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputFileError(message: "\(file): cannot be read (no such file, or no permission)")
        }
        let check = IntakeValidator.check(data)
        for warning in check.warnings {
            StoreCommandOutput.writeError("warning: \(file): \(warning.path): \(warning.message)")
        }
        guard let record = check.record, check.isValid else {
            let lines = check.errors.map { "\(file): \($0.path.isEmpty ? "(record)" : $0.path): \($0.message)" }
            throw InputFileError(message: lines.joined(separator: "\n") + "\nNothing was imported.")
        }
        return record
    }
}
