import Foundation
import IntakeModel
import Questionnaire
import Testing

@Suite("A MedicationStatement per medicine, about the patient, named by its generic name")
struct FHIRMedicationStatementTests {
    let patient = FHIRReference("urn:uuid:patient")
    let response = FHIRReference("urn:uuid:response")

    func json(_ statement: FHIRMedicationStatement) throws -> [String: Any] {
        let data = try JSONEncoder().encode(statement)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("generic name, the name as entered in a note, status, dose and route, subject and basis")
    func brandName() throws {
        let medication = Medication(name: "Fosamax", status: .current, doseMgPerDay: 10, route: .oral)
        let statement = try json(try #require(FHIRMedicationStatement(medication, subject: patient, derivedFrom: response)))
        #expect(statement["resourceType"] as? String == "MedicationStatement")
        #expect((statement["medicationCodeableConcept"] as? [String: Any])?["text"] as? String == "alendronate")
        let coding = ((statement["medicationCodeableConcept"] as? [String: Any])?["coding"] as? [[String: Any]]) ?? []
        #expect(coding.count == 1 && coding.first?["system"] as? String == "http://www.nlm.nih.gov/research/umls/rxnorm"
                && coding.first?["code"] as? String == "46041" && coding.first?["display"] as? String == "alendronate")
        #expect((statement["note"] as? [[String: Any]])?.first?["text"] as? String == "Name as entered: Fosamax")
        #expect(statement["status"] as? String == "active")
        #expect((statement["dosage"] as? [[String: Any]])?.first?["text"] as? String == "10 mg per day, by mouth")
        #expect((statement["subject"] as? [String: Any])?["reference"] as? String == "urn:uuid:patient")
        #expect((statement["derivedFrom"] as? [[String: Any]])?.first?["reference"] as? String == "urn:uuid:response")
    }

    @Test("statuses: current active, past completed, planned intended, not said active (the format reads it as current)")
    func statuses() {
        #expect(FHIRMedicationStatement.status(.current) == "active")
        #expect(FHIRMedicationStatement.status(.past) == "completed")
        #expect(FHIRMedicationStatement.status(.planned) == "intended")
        #expect(FHIRMedicationStatement.status(nil) == "active")
    }

    @Test("the generic as typed has no note; RxNorm spelling differs from the vocabulary's; unknown names go as typed")
    func namesAndNotes() throws {
        let generic = try json(try #require(FHIRMedicationStatement(Medication(name: "prednisone", status: .past, doseMgPerDay: 7.5),
                                                                    subject: patient, derivedFrom: response)))
        #expect((generic["medicationCodeableConcept"] as? [String: Any])?["text"] as? String == "prednisone")
        #expect(generic["note"] == nil)
        #expect((generic["dosage"] as? [[String: Any]])?.first?["text"] as? String == "7.5 mg per day")
        let british = try json(try #require(FHIRMedicationStatement(Medication(name: "paracetamol"), subject: patient, derivedFrom: nil)))
        #expect((british["medicationCodeableConcept"] as? [String: Any])?["text"] as? String == "acetaminophen")
        #expect((british["note"] as? [[String: Any]])?.first?["text"] as? String == "Name as entered: paracetamol")
        let britishCoding = (british["medicationCodeableConcept"] as? [String: Any])?["coding"] as? [[String: Any]]
        #expect(britishCoding?.first?["code"] as? String == "161", "coded as the RxNorm ingredient acetaminophen")
        let prolia = try json(try #require(FHIRMedicationStatement(Medication(name: "Prolia"), subject: patient, derivedFrom: nil)))
        #expect((prolia["medicationCodeableConcept"] as? [String: Any])?["text"] as? String == "denosumab")
        #expect((prolia["medicationCodeableConcept"] as? [String: Any])?["coding"] == nil, "no RxNorm code confirmed for denosumab")
        #expect(british["dosage"] == nil && british["derivedFrom"] == nil && british["status"] as? String == "active")
        let unknown = try json(try #require(FHIRMedicationStatement(Medication(name: "Nettle\u{1B}[2J tea", route: .topical),
                                                                    subject: patient, derivedFrom: response)))
        let text = try #require((unknown["medicationCodeableConcept"] as? [String: Any])?["text"] as? String)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 } && text.hasPrefix("Nettle") && text.hasSuffix("tea"))
        #expect(unknown["note"] == nil)
        #expect((unknown["medicationCodeableConcept"] as? [String: Any])?["coding"] == nil, "a name the vocabulary does not know is not coded")
        #expect((unknown["dosage"] as? [[String: Any]])?.first?["text"] as? String == "on the skin")
    }

    @Test("one statement per named medicine, in list order; an unnamed row has none")
    func statementsOfARecord() {
        let record = IntakeRecord(medications: [Medication(name: "Prolia"), Medication(), Medication(name: "omeprazole")])
        let statements = FHIRMedicationStatement.statements(record, subject: patient, derivedFrom: response)
        #expect(statements.map(\.medicationCodeableConcept.text) == ["denosumab", "omeprazole"])
    }
}
