import Catalog
import Foundation
import IntakeModel
import IntakeTestSupport
import Questionnaire
import Testing

@Suite("A QuestionnaireResponse reads back into the record it came from")
struct FHIRRoundTripTests {
    @Test("record -> QuestionnaireResponse -> record is the same record, for every valid example")
    func everyExampleRoundTrips() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        #expect(SharedExamples.validNames.count >= 5)
        for name in SharedExamples.validNames {
            let record = try SharedExamples.record(name)
            let data = try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData()
            let back = try FHIRResponseReader.record(from: data)
            #expect(back == record, "\(name)")
        }
    }

    @Test("a clinic's own base URL and a response inside a Bundle read back the same")
    func clinicBaseAndBundle() throws {
        let record = try SharedExamples.record("imperial-units")
        let settings = FHIRSettings(baseURL: "https://fhir.riverside.example/r4", questionnaireVersion: "2026-12")
        let response = FHIRQuestionnaireResponse(record: record, status: .completed, settings: settings,
                                                 patientReference: "urn:uuid:1")
        let bundle = FHIRBundle(kind: .collection, timestamp: nil, resources: [
            (fullUrl: "urn:uuid:1", resource: .patient(FHIRPatient(record: record, settings: settings))),
            (fullUrl: "urn:uuid:2", resource: .response(response)),
        ])
        let back = try FHIRResponseReader.record(from: try bundle.jsonData())
        #expect(back == record, "\(back) vs \(record)")
    }

    @Test("standard option codes (SNOMED CT smoking status) read back as our own codes")
    func standardCodesReadBack() throws {
        let record = IntakeRecord(history: History(smoking: .former))
        let text = String(decoding: try FHIRQuestionnaireResponse(record: record, status: .inProgress).jsonData(), as: UTF8.self)
        #expect(text.contains("\"code\" : \"8517006\""))
        #expect(!text.contains("\"code\" : \"former\""))
        #expect(try FHIRResponseReader.record(from: Data(text.utf8)).history?.smoking == .former)
    }

    @Test("a response that cannot be read says why in words, naming the question")
    func problemsInWords() throws {
        func problem(_ json: String) -> String? {
            do { _ = try FHIRResponseReader.record(from: Data(json.utf8)); return nil } catch { return error.message(in: .english) }
        }
        let ours = "\"questionnaire\": \"https://x.example/fhir/Questionnaire/intake|1\", \"status\": \"completed\""
        #expect(problem(#"{"resourceType": "Patient"}"#)?.contains("only a QuestionnaireResponse, or a Bundle holding one") == true)
        #expect(problem(#"{"resourceType": "QuestionnaireResponse", "questionnaire": "http://other.example/Questionnaire/phq9", "status": "completed"}"#)?
            .contains("only responses to the OsteoIntake questionnaire") == true)
        let wrongType = problem(#"{"resourceType": "QuestionnaireResponse", \#(ours), "item": [{"linkId": "step.history", "item": [{"linkId": "history.smoking", "answer": [{"valueString": "yes"}]}]}]}"#)
        #expect(wrongType == "the answer to \"Smoking\" is a String; the question takes choice", "\(wrongType ?? "none")")
        let badOption = problem(#"{"resourceType": "QuestionnaireResponse", \#(ours), "item": [{"linkId": "history.smoking", "answer": [{"valueCoding": {"code": "sometimes"}}]}]}"#)
        #expect(badOption?.contains("\"sometimes\", which is not one of its options: current, former, never") == true, "\(badOption ?? "none")")
        #expect(problem(#"{"resourceType": "Bundle", "type": "collection", "entry": []}"#)?.contains("holds 0 QuestionnaireResponse") == true)
        let shape = problem(#"{"resourceType": "QuestionnaireResponse", "item": 3}"#)
        #expect(shape == "the QuestionnaireResponse does not have the shape FHIR R4 gives it (at item)", "\(shape ?? "none")")
        let control = problem(#"{"resourceType": "QuestionnaireResponse", \#(ours), "item": [{"linkId": "evil\u001b[2J"}]}"#)
        #expect(control?.contains("\u{1B}") == false)
    }

    @Test("a Spanish clinic reads why a response cannot be imported in Spanish, the question's caption in Spanish too")
    func problemsInSpanish() throws {
        let ours = "\"questionnaire\": \"https://x.example/fhir/Questionnaire/intake|1\", \"status\": \"completed\""
        let json = #"{"resourceType": "QuestionnaireResponse", \#(ours), "item": [{"linkId": "history.smoking", "answer": [{"valueString": "yes"}]}]}"#
        do {
            _ = try FHIRResponseReader.record(from: Data(json.utf8))
            Issue.record("a string answer to a choice was imported")
        } catch {
            let caption = try #require(QuestionnaireDefinition.intake.item(linkId: "history.smoking")).caption(.spanish)
            #expect(caption != "Smoking")
            #expect(error.message(in: .spanish) == "la respuesta a \"\(caption)\" es de tipo String; la pregunta admite choice")
        }
        do {
            _ = try FHIRResponseReader.record(from: Data(#"{"resourceType": "Patient"}"#.utf8))
            Issue.record("a Patient resource was imported")
        } catch {
            #expect(error.message(in: .spanish).hasPrefix("es un recurso FHIR Patient; solo se puede importar"))
        }
    }
}
