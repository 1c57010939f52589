import Foundation
import IntakeModel
import Questionnaire
import Testing

/// The code table of the module documentation (Questionnaire.docc/StandardCodes.md) against what
/// the export sends: a code the table gives that the response or the bundle's Observations do not
/// carry fails here, whichever example happens to answer it.
@Suite("Every standard code the table gives reaches the exported response and Observations")
struct FHIRStandardCodesExportTests {
    let definition = QuestionnaireDefinition.intake

    /// The JSON items of a QuestionnaireResponse, nested ones included, by linkId.
    func answeredCodings(_ record: IntakeRecord) throws -> [String: [(system: String, code: String)]] {
        let data = try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var found: [String: [(system: String, code: String)]] = [:]
        func visit(_ item: [String: Any]) {
            let linkId = item["linkId"] as? String ?? ""
            for answer in item["answer"] as? [[String: Any]] ?? [] {
                if let coding = answer["valueCoding"] as? [String: Any] {
                    found[linkId, default: []].append((coding["system"] as? String ?? "", coding["code"] as? String ?? ""))
                }
                (answer["item"] as? [[String: Any]] ?? []).forEach(visit)
            }
            (item["item"] as? [[String: Any]] ?? []).forEach(visit)
        }
        (json["item"] as? [[String: Any]] ?? []).forEach(visit)
        return found
    }

    @Test("a record answering every coded item sends each as an Observation coded as the table says")
    func everyItemCodeBecomesAnObservation() throws {
        let table = try CodeTable.load()
        var record = IntakeRecord(patient: Patient(sex: .female, age: 70))
        try definition.set(.quantity(value: 160, unit: "cm"), at: ItemAddress("body.height"), in: &record)
        try definition.set(.quantity(value: 60, unit: "kg"), at: ItemAddress("body.weight"), in: &record)
        try definition.set(.quantity(value: 38.5, unit: "C"), at: ItemAddress("redFlags.temperature"), in: &record)
        try definition.set(.integer(6), at: ItemAddress("symptoms.painScore"), in: &record)
        try definition.set(.code("current"), at: ItemAddress("history.smoking"), in: &record)
        try definition.set(.quantity(value: 165, unit: "cm"), at: ItemAddress("body.tallestAdultHeight"), in: &record)
        try definition.set(.code("postmenopausal"), at: ItemAddress("history.menopause.status"), in: &record)
        try definition.set(.integer(51), at: ItemAddress("history.menopause.age"), in: &record)
        try definition.set(.decimal(55), at: ItemAddress("labs.egfr"), in: &record)
        try definition.set(.decimal(40), at: ItemAddress("labs.creatinineClearance"), in: &record)
        let coded = table.items.compactMap { linkId, code in code.map { (linkId, $0) } }.filter { !$0.0.hasPrefix("patient.") }
        for (linkId, _) in coded where definition.item(linkId: linkId)?.type == .boolean {
            try definition.set(.boolean(true), at: ItemAddress(linkId), in: &record)
        }
        let observed = FHIRQuestionnaireResponse.codedAnswers(record)
        #expect(coded.count >= 18)
        for (linkId, expected) in coded {
            let answer = observed.first { $0.linkId == linkId }
            #expect(answer?.code.system == expected.system && answer?.code.code == expected.code,
                    "\(linkId): the table gives \(expected.code), the export sends \(answer?.code.code ?? "no Observation")")
        }
        let dialysis = observed.first { $0.linkId == "labs.dialysis" }
        #expect(dialysis?.code == FHIRCoding(system: StandardCodes.snomed, code: "105502003", display: "Dependence on renal dialysis"))
        #expect(dialysis?.value.boolean == true)
        // an Observation has no valueDecimal: a lab value goes as a UCUM quantity
        let egfr = observed.first { $0.linkId == "labs.egfr" }
        #expect(egfr?.value.quantity == FHIRQuantity(value: 55, unit: "mL/min/1.73 m2", code: "mL/min/{1.73_m2}"))
    }

    @Test("each option the table codes is answered with that coding, never with our own code")
    func everyOptionCodeIsAnswered() throws {
        let table = try CodeTable.load()
        #expect(table.options.count >= 32)
        for (key, expected) in table.options where !key.hasPrefix("patient.") {
            let parts = key.split(separator: "=").map(String.init)
            let (linkId, ours) = (parts[0], parts[1])
            let item = try #require(definition.item(linkId: linkId), "\(linkId)")
            var record = IntakeRecord(patient: Patient(sex: .female, age: 70))
            var instance: Int?
            if let group = definition.repeatingGroup(of: linkId), let entries = definition.item(linkId: group)?.entries {
                entries.append(to: &record)
                instance = 0
            }
            let answer: AnswerValue = item.type == .multipleChoice ? .codes([ours]) : .code(ours)
            try definition.set(answer, at: ItemAddress(linkId, instance: instance), in: &record)
            let sent = try answeredCodings(record)[linkId] ?? []
            #expect(sent.count == 1 && sent.first?.system == expected.system && sent.first?.code == expected.code,
                    "\(key): the table gives \(expected.code), the response sends \(sent.map(\.code))")
            #expect(try FHIRResponseReader.record(from: try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData())
                    == record, "\(key) does not read back as \(ours)")
        }
    }

    @Test("the newly confirmed codes: dialysis, lupus, coeliac disease, HIV, pre- and postmenopausal")
    func newlyConfirmedCodes() throws {
        let table = try CodeTable.load()
        #expect(table.items["labs.dialysis"]??.code == "105502003")
        #expect(table.options["history.conditions=systemic-lupus-erythematosus"]?.code == "55464009")
        #expect(table.options["history.conditions=coeliac-disease"]?.code == "396331005")
        #expect(table.options["history.conditions=hiv"]?.code == "86406008")
        #expect(table.options["history.menopause.status=premenopausal"]?.code == "22636003")
        #expect(table.options["history.menopause.status=postmenopausal"]?.code == "76498008")
        #expect(table.options["history.menopause.status=perimenopausal"] == nil, "sources disagree on perimenopausal")
        #expect(table.items["labs.vitaminDDeficient"] != nil && table.items["labs.vitaminDDeficient"]! == nil,
                "a cross-reference alone is not a confirmed code")
        let record = IntakeRecord(patient: Patient(sex: .female), history: History(conditions: [.hiv, .malabsorption],
                                                                                   menopause: Menopause(status: .postmenopausal)))
        let sent = try answeredCodings(record)
        #expect(Set(sent["history.conditions"]?.map(\.code) ?? []) == ["86406008", "malabsorption"], "malabsorption keeps our code")
        #expect(sent["history.menopause.status"]?.first?.code == "76498008")
    }
}
