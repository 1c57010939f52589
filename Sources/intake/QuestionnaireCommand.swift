import Catalog
import ArgumentParser
import Foundation
import IntakeModel
import Questionnaire

/// `intake questionnaire [--format fhir|json] [--language en|es]`: prints the questionnaire
/// definition, as a FHIR R4 Questionnaire or as the definition's own JSON.
struct QuestionnaireCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "questionnaire",
            abstract: said(.cliHelpQuestionnaireAbstract),
            discussion: said(.cliHelpQuestionnaireDiscussion))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case fhir, json
    }

    @Option(name: .long, help: staffHelp(.cliHelpQuestionnaireFormat))
    var format: Format = .fhir

    @OptionGroup var language: LanguageOption

    func run() throws {
        let chosen = language.chosen
        try StoreCommandOutput.run {
            let data: Data
            switch format {
            // the canonical URL and version are the clinic's ([fhir] in clinic.toml)
            case .fhir: data = try FHIRQuestionnaire(.intake, language: chosen, settings: try ExportCommand.fhirSettings()).jsonData()
            case .json: data = try QuestionnaireDocument(.intake, language: chosen).jsonData()
            }
            FileHandle.standardOutput.write(JSONOutput.escapingControls(data))
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}
