import Catalog
import ArgumentParser
import Foundation
import IntakeModel
import Questionnaire
import IntakeStore

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import", abstract: said(.cliHelpImportAbstract),
            discussion: said(.cliHelpImportDiscussion))
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: staffHelp(.cliHelpImportFile, valueName: "file.json"))
    var file: String

    @Flag(help: staffHelp(.cliHelpImportAgain))
    var again = false

    func run() throws {
        try StoreCommandOutput.run {
            let record = try Self.record(fromFileAt: file)
            let records = try store.openStore()
            // the same kiosk file imported twice made two intakes of one visit, each to be triaged
            if !again, let stored = try Self.sameIntake(as: record, in: records) {
                throw InputFileError(message: said(.cliImportAlreadyStored, ["file": Self.shownName(file), "id": stored.id]))
            }
            print(try records.createDraft(record, actor: AuditActor.current(), action: .import).id)
        }
    }

    /// A stored intake of the same patient (the name folded as the store folds it for search, and
    /// the date of birth) on the same visit date; nil when the record lacks a name or a visit date.
    static func sameIntake(as record: IntakeRecord, in store: any IntakeRecordStore) throws -> RecordSummary? {
        guard let name = record.patient?.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
              let visit = record.visitDate else { return nil }
        let candidates = try store.list(RecordQuery(visitDate: visit, search: name))
        return candidates.first {
            $0.visitDate == visit && $0.name.map(NameFolding.fold) == NameFolding.fold(name) && $0.birthDate == record.patient?.birthDate
        }
    }

    /// The file as messages name it: "standard input" for `-`.
    static func shownName(_ path: String) -> String {
        path == "-" ? StoreCommandText.standardInput.text() : path
    }

    /// Reads and checks the record with `IntakeValidator` (every problem at once). Messages name
    /// the file (or "standard input" for `-`), the field in words and the rule broken, never the
    /// value: they go to standard error, which carries no patient data (not even a medicine's name
    /// for its list entry).
    static func record(fromFileAt path: String) throws -> IntakeRecord {
        let fromInput = path == "-"
        let file = shownName(path)
        guard let data = fromInput ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        else {
            throw InputFileError(message: StoreCommandText.unreadableFile.text(["file": file]), exitStatus: ExitStatus.noInput)
        }
        let check = IntakeValidator.check(try FHIRImport.recordData(data, file: file), messages: ValidationText(language: StaffText.language).withoutValues)
        // what each problem is about in the questionnaire's words ("Date of birth"), as `intake assess` says it
        func field(_ problem: Problem) -> String { field(at: problem.path) }
        func field(at path: String) -> String {
            AssessSummary.safe(QuestionnaireDefinition.intake.words(forPointer: path, in: IntakeRecord(), language: StaffText.language))
        }
        for warning in check.warnings {
            StoreCommandOutput.writeError(StoreCommandText.importWarning.text(
                ["file": file, "field": field(warning), "message": warning.message]))
        }
        guard let record = check.record, check.isValid else {
            let lines = check.errors.map {
                StoreCommandText.importProblem.text(["file": file, "field": field($0), "message": $0.message])
            }
            throw InputFileError(message: (lines + [StoreCommandText.nothingImported.text()]).joined(separator: "\n"))
        }
        // a language the program does not speak is refused, never read as English
        if let tag = record.patient?.language, (try? Language(tag: tag)) == nil {
            let line = said(.cliStoreUnsupportedLanguage, [
                "file": file, "field": field(at: "/patient/language"),
                "supported": Language.supportedList])
            throw InputFileError(message: line + "\n" + StoreCommandText.nothingImported.text())
        }
        return record
    }
}
