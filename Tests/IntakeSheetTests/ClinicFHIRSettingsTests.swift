import Foundation
import Questionnaire
import Testing
@testable import IntakeSheet

@Suite("The clinic's FHIR settings ([fhir] in clinic.toml)")
struct ClinicFHIRSettingsTests {
    func parse(_ text: String) throws -> ClinicConfiguration {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("clinic-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("clinic.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try ClinicConfiguration.load(from: file)
    }

    func reason(_ text: String) -> String? {
        do { _ = try parse(text); return nil } catch let error as ClinicConfigurationError { return error.reason } catch { return "\(error)" }
    }

    @Test("base URL, questionnaire version and identifier system set every URL of the export")
    func clinicValues() throws {
        let settings = try parse("""
            name = "Riverside"
            [fhir]
            base_url = "https://fhir.riverside.example/r4/"
            questionnaire_version = "2026-12"
            patient_identifier_system = "urn:oid:1.2.36.146.595.217.0.1"
            """).fhir
        #expect(settings.questionnaireURL == "https://fhir.riverside.example/r4/Questionnaire/intake")
        #expect(settings.questionnaireCanonical == "https://fhir.riverside.example/r4/Questionnaire/intake|2026-12")
        #expect(settings.extensionURL("audience") == "https://fhir.riverside.example/r4/StructureDefinition/audience")
        #expect(settings.patientIdentifierSystem == "urn:oid:1.2.36.146.595.217.0.1")
    }

    @Test("without [fhir] the defaults are http(s) URLs under one base")
    func defaults() throws {
        let settings = try parse("name = \"Riverside\"\n").fhir
        #expect(settings == .default)
        #expect(settings.questionnaireURL.hasPrefix("https://"))
        #expect(settings.patientIdentifierSystem.hasPrefix(settings.baseURL + "/"))
    }

    @Test("a base that is not a web address, or an identifier system that is not a URI, is refused in words")
    func refused() {
        #expect(reason("[fhir]\nbase_url = \"urn:osteo-intake\"\n")?.hasPrefix(
            "base_url = \"urn:osteo-intake\" in [fhir] is not allowed: use a web address starting with https://") == true)
        #expect(reason("[fhir]\nbase_url = 7\n")?.contains("base_url in [fhir] must be text in quotes") == true)
        #expect(reason("[fhir]\npatient_identifier_system = \"MRN numbers\"\n")?.contains(
            "patient_identifier_system = \"MRN numbers\" in [fhir] is not allowed: use an absolute URI") == true)
        #expect(reason("fhir = \"yes\"\n")?.contains("fhir must be a table") == true)
    }
}
