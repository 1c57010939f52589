import Catalog
import Foundation
import Testing

@Suite("--language and patient.language: a language the program does not speak is refused with the ones it does")
struct LanguageCommandTests {
    static let listing = "Unknown language 'fr'. Supported: en (English), es (Español)."

    @Test("--language fr is refused with the supported languages, exit 64, before anything is opened", arguments: [
        ["questionnaire", "--language", "fr"], ["new", "--db", "DB", "--language", "fr"], ["kiosk", "--db", "DB", "--language", "fr"],
    ])
    func unknownOption(arguments: [String]) throws {
        let scratch = StoreScratch()
        let result = try StoreBinaries.intake(arguments.map { $0 == "DB" ? scratch.db : $0 })
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(Self.listing), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.db))
    }

    @Test("--language es-MX is Spanish: the questionnaire's captions are the catalog's Spanish ones")
    func regionalTag() throws {
        let result = try StoreBinaries.intake(["questionnaire", "--language", "es-MX", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(Catalog(.spanish)(.questionnaireBodyHeight)), "\(result.stdout.prefix(400))")
        #expect(!result.stdout.contains(Catalog(.english)(.questionnaireBodyHeight)))
    }

    @Test("import refuses a record whose patient.language the program does not speak, without quoting it; es is imported")
    func importLanguage() throws {
        let scratch = StoreScratch()
        let french = StoreSamples.record().replacingOccurrences(of: #""sex": "female","#, with: #""sex": "female", "language": "fr","#)
        let refused = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("fr.json", french)])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("fr.json: Preferred language: not a language this program speaks. Supported: en (English), es (Español)."),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("Nothing was imported."))
        let spanish = StoreSamples.record().replacingOccurrences(of: #""sex": "female","#, with: #""sex": "female", "language": "es-MX","#)
        _ = try scratch.importRecord(spanish)
    }
}
