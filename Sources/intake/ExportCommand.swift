import ArgumentParser
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a stored intake.",
        discussion: "Writes the record to standard output, or to --output (created 0600). Audited as 'export'.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, fhir
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "The intake ID (as shown by 'intake list').")
    var id: String

    @Option(help: "json: the osteo-intake/1 record; fhir: a FHIR QuestionnaireResponse.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try StoreCommandOutput.run {
            let intakes = try store.openExistingStore()
            let stored = try intakes.load(id.uppercased())
            let data: Data
            switch format {
            case .json: data = try Self.json(stored.record)
            case .fhir: data = try Self.fhir(stored)
            }
            if let output {
                let fd = open(output, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o600)
                guard fd >= 0 else {
                    throw InputFileError(message: StoreCommandText.unwritableFile.text(["file": output]),
                                         exitStatus: ExitStatus.cannotCreate)
                }
                let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
                try handle.write(contentsOf: data)
            } else {
                FileHandle.standardOutput.write(data)
            }
            try intakes.appendAudit(stored.id, action: .export, field: "format", oldValue: nil,
                                    newValue: format.rawValue, actor: AuditActor.current())
        }
    }

    static func json(_ record: IntakeRecord) throws -> Data {
        try JSONOutput.encode(record, pretty: true) + Data("\n".utf8)
    }

    /// A FHIR R4 QuestionnaireResponse (Questionnaire module); a signed record is `completed`.
    static func fhir(_ stored: StoredRecord) throws -> Data {
        let status: FHIRQuestionnaireResponse.Status
        switch stored.status {
        case .inProgress: status = .inProgress
        case .completed, .signed: status = .completed
        case .amended: status = .amended
        }
        var response = FHIRQuestionnaireResponse(record: stored.record, status: status)
        response.authored = stored.updatedAt.formatted(.iso8601)
        return JSONOutput.escapingControls(try response.jsonData()) + Data("\n".utf8)
    }
}
