import Foundation
import IntakeModel
import Questionnaire
import Testing

@Suite("Medicine names go out as the vocabulary's generic name and come back as typed")
struct FHIRMedicationNameTests {
    static let typedNames = ["Fosamax", "alendronate", "Paracetamol", "paracetamol", "acetaminophen", "prednisone",
                             "Nettle tea"]

    func record() -> IntakeRecord {
        IntakeRecord(medications: Self.typedNames.map { Medication(name: $0, status: .current) })
    }

    /// The medications.name answers of a response, in list order.
    func nameAnswers(_ data: Data) throws -> [[String: Any]] {
        var found: [[String: Any]] = []
        func visit(_ item: [String: Any]) {
            if item["linkId"] as? String == "medications.name" { found += item["answer"] as? [[String: Any]] ?? [] }
            (item["item"] as? [[String: Any]] ?? []).forEach(visit)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        (json["item"] as? [[String: Any]] ?? []).forEach(visit)
        return found
    }

    func typedName(_ answer: [String: Any]) -> String? {
        (answer["extension"] as? [[String: Any]])?.first { ($0["url"] as? String)?.hasSuffix("/StructureDefinition/typed-name") == true }?["valueString"] as? String
    }

    @Test("a known name is answered with its generic (RxNorm spelling), the typed name kept where it differs")
    func sentAsGeneric() throws {
        let answers = try nameAnswers(try FHIRQuestionnaireResponse(record: record(), status: .completed).jsonData())
        #expect(answers.count == Self.typedNames.count)
        let codes = answers.map { ($0["valueCoding"] as? [String: Any])?["code"] as? String }
        #expect(codes == ["alendronate", "alendronate", "acetaminophen", "acetaminophen", "acetaminophen", "prednisone", nil])
        let systems = Set(answers.compactMap { ($0["valueCoding"] as? [String: Any])?["system"] as? String })
        #expect(systems == [FHIRSettings.default.codeSystem("medications.name")])
        #expect(answers.map(typedName) == ["Fosamax", nil, "Paracetamol", "paracetamol", "acetaminophen", nil, nil])
        #expect(answers.last?["valueString"] as? String == "Nettle tea")
    }

    @Test("record -> response -> record keeps every name exactly as typed")
    func roundTrip() throws {
        let data = try FHIRQuestionnaireResponse(record: record(), status: .completed).jsonData()
        #expect(try FHIRResponseReader.record(from: data).medications?.map(\.name) == Self.typedNames)
    }

    @Test("a generic coding from elsewhere, without the typed name, is read as the vocabulary's own generic")
    func genericFromElsewhere() throws {
        func read(_ coding: String) throws -> String? {
            let json = """
                {"resourceType": "QuestionnaireResponse", "questionnaire": "https://x.example/fhir/Questionnaire/intake|1",
                 "status": "completed", "item": [{"linkId": "medications", "item": [
                   {"linkId": "medications.name", "answer": [{"valueCoding": \(coding)}]}]}]}
                """
            return try FHIRResponseReader.record(from: Data(json.utf8)).medications?.first?.name
        }
        #expect(try read(#"{"code": "acetaminophen"}"#) == "paracetamol")
        #expect(try read(#"{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "161", "display": "acetaminophen"}"#) == "paracetamol")
        #expect(try read(#"{"code": "alendronate"}"#) == "alendronate")
        #expect(MedicationVocabulary.bundled.entry(named: try #require(try read(#"{"code": "beclomethasone"}"#)))?.generic == "beclometasone")
    }

    @Test("the Questionnaire offers every generic name once, in RxNorm spelling, as open-choice options")
    func questionnaireOffersGenerics() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: FHIRQuestionnaire().jsonData()) as? [String: Any])
        var options: [String] = []
        func visit(_ item: [String: Any]) {
            if item["linkId"] as? String == "medications.name" {
                #expect(item["type"] as? String == "open-choice")
                options = (item["answerOption"] as? [[String: Any]] ?? []).compactMap { ($0["valueCoding"] as? [String: Any])?["code"] as? String }
            }
            (item["item"] as? [[String: Any]] ?? []).forEach(visit)
        }
        (json["item"] as? [[String: Any]] ?? []).forEach(visit)
        #expect(options.count == Set(options).count)
        #expect(options.contains("acetaminophen") && options.contains("alendronate") && options.contains("zoledronic acid"))
        #expect(!options.contains("paracetamol") && !options.contains("beclometasone"))
        #expect(options.count == Set(MedicationVocabulary.bundled.entries.map(\.generic)).count)
    }
}
