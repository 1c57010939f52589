import Foundation
import IntakeModel
import IntakeTestSupport
import Testing

/// `intake export ID --format fhir-bundle` and `intake import` of FHIR, through the built binary,
/// for every valid shared example. The bundles are checked by Tests/EndToEndTests/FHIR/check_bundle.py
/// with the fhir.resources R4B models (installed by .ci/run): without python or the package the
/// test fails, it never skips.
@Suite("FHIR bundles a clinic can post, and FHIR responses imported back", .serialized)
struct FHIRBundleExportTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let codeTable = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Questionnaire/Questionnaire.docc/StandardCodes.md").path

    /// A clinic file with its own [fhir] settings, in a scratch XDG_CONFIG_HOME.
    func clinic(_ scratch: StoreScratch, _ toml: String) -> [String: String] {
        try? FileManager.default.createDirectory(atPath: scratch.path + "/config/osteo-intake", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: scratch.path + "/config/osteo-intake/clinic.toml", contents: Data(toml.utf8))
        return ["XDG_CONFIG_HOME": scratch.path + "/config"]
    }

    static let riverside = """
        [fhir]
        base_url = "https://fhir.riverside.example/r4"
        questionnaire_version = "2026-12"
        patient_identifier_system = "https://riverside.example/mrn"
        """

    @Test("every example's bundle (collection and transaction) loads into the R4B models, its references resolve, coded items carry LOINC/SNOMED CT codes")
    func bundlesOfEveryExample() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        #expect(SharedExamples.validNames.count >= 5)
        let scratch = StoreScratch()
        let environment = clinic(scratch, Self.riverside)
        for name in SharedExamples.validNames {
            let id = try scratch.importRecord(String(decoding: try SharedExamples.data(name), as: UTF8.self), name: name + ".json")
            for kind in ["collection", "transaction"] {
                let export = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir-bundle",
                                                       "--bundle-type", kind], environment: environment)
                #expect(export.status == 0, "\(name): \(export.stderr)")
                let bundle = scratch.file("\(name)-\(kind).json", export.stdout)
                let check = try StoreBinaries.runAny("/usr/bin/env", ["python3", Self.testsFolder.appendingPathComponent("FHIR/check_bundle.py").path,
                                                                       bundle, Self.codeTable])
                #expect(check.status == 0 && check.stdout.isEmpty, "\(name) \(kind): \(check.stdout)\(check.stderr)")

                let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
                #expect(json["type"] as? String == kind)
                let resources = (json["entry"] as? [[String: Any]] ?? []).compactMap { $0["resource"] as? [String: Any] }
                let types = resources.compactMap { $0["resourceType"] as? String }
                #expect(types.prefix(2) == ["Patient", "QuestionnaireResponse"] && types.contains("RiskAssessment"), "\(types)")
                let medicines = try SharedExamples.record(name).medications?.filter { $0.name != nil }.count ?? 0
                #expect(types.filter { $0 == "MedicationStatement" }.count == medicines, "\(name): \(types)")
                let response = try #require(resources.first { $0["resourceType"] as? String == "QuestionnaireResponse" })
                #expect(response["questionnaire"] as? String == "https://fhir.riverside.example/r4/Questionnaire/intake|2026-12")
                #expect(!export.stdout.contains("urn:osteo-intake"))
            }
        }
    }

    @Test("the Questionnaire and a lone QuestionnaireResponse (its Patient contained) load into the R4B models")
    func questionnaireAndResponse() throws {
        let scratch = StoreScratch()
        let environment = clinic(scratch, Self.riverside)
        let id = try scratch.importRecord(StoreSamples.record())
        let outputs = [
            try StoreBinaries.intake(["questionnaire", "--format", "fhir"], environment: environment),
            try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir"], environment: environment),
        ]
        for (index, output) in outputs.enumerated() {
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("https://fhir.riverside.example/r4/Questionnaire/intake"))
            let file = scratch.file("resource-\(index).json", output.stdout)
            let check = try StoreBinaries.runAny("/usr/bin/env", ["python3", Self.testsFolder.appendingPathComponent("FHIR/check_bundle.py").path,
                                                                   file, Self.codeTable])
            #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)\(check.stderr)")
        }
    }

    @Test("a QuestionnaireResponse, alone or in a bundle, imports as the same record it was exported from")
    func importBack() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        let scratch = StoreScratch()
        for name in SharedExamples.validNames {
            let id = try scratch.importRecord(String(decoding: try SharedExamples.data(name), as: UTF8.self), name: name + ".json")
            let original = try scratch.exportedRecord(id)
            for format in ["fhir", "fhir-bundle"] {
                let export = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", format])
                #expect(export.status == 0, "\(export.stderr)")
                // the same intake back again: a second copy, on purpose
                let again = try scratch.importRecord(export.stdout, name: "\(name)-\(format).json", again: true)
                #expect(again != id)
                let back = try scratch.exportedRecord(again)
                #expect(NSDictionary(dictionary: back).isEqual(to: original), "\(name) via \(format)")
            }
        }
    }

    @Test("in a transaction the Patient is created only when no patient has the clinic's record number; a collection has no requests")
    func transactionPatient() throws {
        let scratch = StoreScratch()
        let environment = clinic(scratch, Self.riverside)
        let id = try scratch.importRecord(StoreSamples.record().replacingOccurrences(
            of: "\"sex\": \"female\"", with: "\"identifier\": \"MRN-4711\", \"sex\": \"female\""))
        func entries(_ kind: String) throws -> [[String: Any]] {
            let export = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir-bundle", "--bundle-type", kind],
                                                  environment: environment)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any], "\(export.stderr)")
            return json["entry"] as? [[String: Any]] ?? []
        }
        let transaction = try entries("transaction")
        let patient = try #require(transaction.first)
        let request = patient["request"] as? [String: Any]
        #expect(request?["method"] as? String == "POST")
        #expect(request?["ifNoneExist"] as? String == "identifier=https://riverside.example/mrn|MRN-4711")
        let identifier = ((patient["resource"] as? [String: Any])?["identifier"] as? [[String: Any]])?.first
        #expect(identifier?["system"] as? String == "https://riverside.example/mrn")
        #expect(identifier?["value"] as? String == "MRN-4711")
        #expect(transaction.dropFirst().allSatisfy { ($0["request"] as? [String: Any])?["ifNoneExist"] == nil })
        #expect(try entries("collection").allSatisfy { $0["request"] == nil })
    }

    @Test("a FHIR resource that is not our response is refused in words; nothing is imported")
    func refusedImport() throws {
        let scratch = StoreScratch()
        let file = scratch.file("patient.json", #"{"resourceType": "Patient", "gender": "female"}"#)
        let result = try StoreBinaries.intake(["import", "--db", scratch.db, file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("patient.json: FHIR: it is a FHIR Patient; only a QuestionnaireResponse, or a Bundle holding one, can be imported"),
                "\(result.stderr)")
        #expect(result.stderr.contains("Nothing was imported."))
    }

    @Test("a clinic file whose base_url is not a web address stops the export (exit 78) and says what to write")
    func badClinicBase() throws {
        let scratch = StoreScratch()
        let id = try scratch.importRecord(StoreSamples.record())
        let environment = clinic(scratch, "[fhir]\nbase_url = \"urn:osteo-intake\"\n")
        let result = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir-bundle"], environment: environment)
        #expect(result.status == 78)
        #expect(result.stderr.contains("base_url = \"urn:osteo-intake\" in [fhir] is not allowed: use a web address"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}

extension StoreBinaries {
    /// Runs any program (python3 through env) to completion.
    static func runAny(_ path: String, _ arguments: [String]) throws -> Result {
        try run(executable: URL(fileURLWithPath: path), arguments)
    }
}
