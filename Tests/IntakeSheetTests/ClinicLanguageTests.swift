import Catalog
import Foundation
import IntakeModel
import Testing
@testable import IntakeSheet

@Suite("The clinic's language: staff read the sheet in it, whatever language the patient answered in")
struct ClinicLanguageTests {
    /// A temporary XDG_CONFIG_HOME holding osteo-intake/clinic.toml with `text`.
    func load(_ text: String) throws -> ClinicConfiguration {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("clinic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("osteo-intake"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try text.write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        return try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"])
    }

    @Test("language in clinic.toml wins over the locale")
    func clinicFileWins() throws {
        let clinic = try load("name = \"Riverside\"\nlanguage = \"es\"\n")
        #expect(clinic.language == .spanish)
        #expect(clinic.staffLanguage(environment: ["LANG": "en_US.UTF-8"]) == .spanish)
        #expect(try load("language = \"en\"\n").staffLanguage(environment: ["LC_ALL": "es_ES.UTF-8"]) == .english)
    }

    @Test("without it, LC_ALL, then LC_MESSAGES, then LANG decide; else English")
    func localeDecides() {
        let clinic = ClinicConfiguration()
        #expect(clinic.staffLanguage(environment: ["LANG": "es_ES.UTF-8"]) == .spanish)
        #expect(clinic.staffLanguage(environment: ["LC_MESSAGES": "es_MX", "LANG": "en_US.UTF-8"]) == .spanish)
        #expect(clinic.staffLanguage(environment: ["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "es_ES", "LANG": "es_ES"]) == .english)
        #expect(clinic.staffLanguage(environment: ["LC_ALL": "", "LANG": "es_ES@euro"]) == .spanish)
        #expect(clinic.staffLanguage(environment: ["LANG": "fr_FR.UTF-8"]) == .english)
        #expect(clinic.staffLanguage(environment: ["LANG": "C"]) == .english)
        #expect(clinic.staffLanguage(environment: [:]) == .english)
    }

    @Test("an unknown language in clinic.toml is an error naming the setting and the supported languages",
          arguments: ["language = \"fr\"\n", "language = \"Spanish\"\n", "language = 1\n"])
    func unknownLanguage(_ text: String) throws {
        do {
            _ = try load(text)
            Issue.record("\(text) must be refused")
        } catch let error as ClinicConfigurationError {
            #expect(error.reason.hasPrefix("language = "))
            #expect(error.reason.contains("en (English), es (Español)"))
        }
    }

    @Test("a Spanish clinic's sheet writes numbers with a decimal comma and the seed price table in Spanish")
    func spanishNumbersAndPrices() throws {
        var record = try SheetFixtures.record("medication-alerts")
        record.patient?.language = "es"
        var context = SheetFixtures.context
        context.language = .spanish
        let text = TextSheetRenderer().render(IntakeSheet(record: record, context: context))
        #expect(text.contains("25,5") && text.contains("-2,3"), "BMI and T-score")
        #expect(!text.contains("25.5") && !text.contains("-2.3"))
        #expect(text.contains("Densitometría (DXA)") && text.contains("centros de radiología"))
        #expect(!text.contains("radiology centers") && !text.contains("DXA bone density scan"))
        #expect(text.contains("-2,5") && !text.contains("-2.5"), "the T-score bar's scale")
        #expect(text.contains("ácido zoledrónico") && !text.contains("zoledronic acid"), "the medicines by their Spanish names")

        context.language = .english
        let english = TextSheetRenderer().render(IntakeSheet(record: record, context: context))
        #expect(english.contains("25.5") && english.contains("radiology centers"))
    }

    @Test("a mixed intake (patient in Spanish, clinic in English) prints an English sheet naming Spanish, free text as typed")
    func mixedIntake() throws {
        var record = try SheetFixtures.record("routine-mechanical")
        record.patient?.language = "es"
        record.patient?.name = "Begoña Núñez Ibáñez"
        var context = SheetFixtures.context
        context.language = .english
        let text = TextSheetRenderer().render(IntakeSheet(record: record, context: context))
        let flat = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("Preferred language    Spanish (Español)"))
        #expect(flat.contains("Begoña Núñez Ibáñez"))
        #expect(text.contains("Name"))
        #expect(!text.contains("Nombre"))
        #expect(!text.contains("Idioma"))

        context.language = .spanish
        let spanish = TextSheetRenderer().render(IntakeSheet(record: record, context: context))
        #expect(spanish.contains("Idioma preferido"))
        #expect(spanish.contains("Español"))
    }
}
