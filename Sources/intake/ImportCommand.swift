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

    /// Reads and checks the record. Messages name the file and the field, never a patient's data.
    static func record(fromFileAt file: String) throws -> IntakeRecord {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InputFileError(message: "\(file): cannot be read (no such file, or no permission)")
        }
        let record: IntakeRecord
        do {
            record = try JSONDecoder().decode(IntakeRecord.self, from: data)
        } catch let error as DecodingError {
            throw InputFileError(message: "\(file): " + describe(error))
        }
        guard record.format == IntakeRecord.formatTag else {
            throw InputFileError(message: "\(file): format must be \"\(IntakeRecord.formatTag)\"")
        }
        // The full check of the format (limits, required answers, unknown keys) is IntakeValidator's,
        // on branch core-validate; it plugs in here once merged.
        return record
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let names = codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return names.hasPrefix(".") ? String(names.dropFirst()) : (names.isEmpty ? "(top level)" : names)
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "not valid JSON"
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Cannot initialize"):
            return "\(path(context.codingPath)): not one of the allowed values (see intake-format.md)"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required but missing"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type))"
        @unknown default:
            return "not an osteo-intake/1 record"
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default: return "a value of the format (see intake-format.md)"
        }
    }
}
