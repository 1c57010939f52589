import ArgumentParser
import Foundation
import IntakeModel
import IntakeSheet
import IntakeStore
import Questionnaire

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: said(.cliHelpExportAbstract),
            discussion: said(.cliHelpExportDiscussion))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, fhir
        case fhirBundle = "fhir-bundle"
    }

    enum BundleType: String, ExpressibleByArgument, CaseIterable {
        case collection, transaction
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: staffHelp(.cliHelpId))
    var id: String

    @Option(help: staffHelp(.cliHelpExportFormat))
    var format: Format = .json

    @Option(help: staffHelp(.cliHelpExportBundleType))
    var bundleType: BundleType = .collection

    @Option(help: staffHelp(.cliHelpExportOutput, valueName: "file"))
    var output: String?

    func run() throws {
        try StoreCommandOutput.run {
            let intakes = try store.openExistingStore()
            let stored = try intakes.load(id.uppercased())
            let data: Data
            switch format {
            case .json: data = try Self.json(stored.record)
            case .fhir: data = try Self.fhir(stored, settings: try Self.fhirSettings())
            case .fhirBundle:
                let kind: FHIRBundle.Kind = bundleType == .transaction ? .transaction : .collection
                data = JSONOutput.escapingControls(
                    try FHIRBundleExport(stored: stored, settings: try Self.fhirSettings(), kind: kind).bundle().jsonData())
                    + Data("\n".utf8)
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

    /// A FHIR R4 QuestionnaireResponse (Questionnaire module), its patient contained.
    static func fhir(_ stored: StoredRecord, settings: FHIRSettings) throws -> Data {
        var record = stored.record
        record.id = record.id ?? stored.id
        var response = FHIRQuestionnaireResponse(record: record, status: responseStatus(stored.status), settings: settings)
        response.authored = stored.updatedAt.formatted(.iso8601)
        return JSONOutput.escapingControls(try response.jsonData()) + Data("\n".utf8)
    }

    /// A signed record is `completed`.
    static func responseStatus(_ status: RecordStatus) -> FHIRQuestionnaireResponse.Status {
        switch status {
        case .inProgress: return .inProgress
        case .completed, .signed: return .completed
        case .amended: return .amended
        }
    }

    /// The `[fhir]` settings of clinic.toml; a file that cannot be used stops the export (exit 78)
    /// rather than send URLs the clinic did not choose.
    static func fhirSettings() throws -> FHIRSettings {
        do { return try ClinicConfiguration.load().fhir } catch {
            throw InputFileError(message: String(describing: error), exitStatus: 78)
        }
    }
}
