import Foundation
import IntakeModel
import IntakeTestSupport
import Questionnaire
import Testing

@Suite("FHIR R4 Questionnaire and QuestionnaireResponse")
struct FHIRMappingTests {
    func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func checker() throws -> FHIRStructureChecker {
        FHIRStructureChecker(questionnaire: try object(try FHIRQuestionnaire().jsonData()))
    }

    @Test("the Questionnaire has unique linkIds, step groups, options as codings and UCUM unit options")
    func questionnaireShape() throws {
        let json = try object(try FHIRQuestionnaire().jsonData())
        #expect(json["resourceType"] as? String == "Questionnaire")
        #expect(json["status"] as? String == "active")
        let steps = try #require(json["item"] as? [[String: Any]])
        #expect(steps.map { $0["linkId"] as? String } == [
            "step.patient", "step.history", "step.medications", "step.symptoms", "step.red-flags",
            "step.bone-density", "step.start-back",
        ])
        let check = try checker()
        #expect(check.duplicateLinkIds.isEmpty)
        #expect(check.questions["body.height"]?.unitCodes == ["cm", "m", "[in_i]", "[ft_i]"])
        #expect(check.questions["redFlags.temperature"]?.unitCodes == ["Cel", "[degF]"])
        #expect(check.questions["symptoms.nightPain"]?.optionCodes.contains("eases-on-getting-up") == true)
        #expect(check.questions["medications"]?.repeats == true)
        #expect(check.questions["medications.route"]?.parent == "medications")
        #expect(check.questions["medications.route"]?.enableBehavior == "any")
        let menopause = try #require(check.questions["history.menopause"]?.enableWhen.first)
        #expect(menopause["question"] as? String == "patient.sex")
        #expect(menopause["operator"] as? String == "=")
        #expect((menopause["answerCoding"] as? [String: Any])?["code"] as? String == "female")
    }

    @Test("every valid shared example gives a response that conforms to the Questionnaire")
    func examplesConform() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        let names = SharedExamples.validNames
        #expect(names.count >= 5)
        let check = try checker()
        for name in names {
            let record = try SharedExamples.record(name)
            let response = try object(try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData())
            #expect(response["resourceType"] as? String == "QuestionnaireResponse")
            #expect(response["status"] as? String == "completed")
            #expect((response["identifier"] as? [String: Any])?["value"] as? String == record.id)
            #expect(check.problems(in: response) == [], "\(name)")
        }
    }

    @Test("quantities carry the unit as entered and its UCUM code")
    func quantities() throws {
        let record = try SharedExamples.record("imperial-units")
        let data = try FHIRQuestionnaireResponse(record: record, status: .inProgress).jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"code\" : \"[in_i]\""))
        #expect(text.contains("\"code\" : \"[lb_av]\""))
        #expect(text.contains("\"code\" : \"[degF]\""))
        #expect(text.contains("\"status\" : \"in-progress\""))
    }

    @Test("answers of items hidden by enableWhen are not exported")
    func hiddenAnswersLeftOut() throws {
        // A record typed elsewhere can hold answers the questionnaire would hide.
        let record = IntakeRecord(
            visitDate: CalendarDate(year: 2025, month: 10, day: 6),
            patient: Patient(name: "Test", sex: .male, age: 60),
            history: History(menopause: Menopause(status: .postmenopausal, age: 50)),
            medications: [Medication(name: "paracetamol", route: .oral, wantsToStop: true)])
        let data = try FHIRQuestionnaireResponse(record: record, status: .amended).jsonData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("history.menopause"))
        #expect(!text.contains("medications.wantsToStop"))
        #expect(!text.contains("medications.route"))
        #expect(text.contains("medications.name"))
        #expect(try checker().problems(in: try object(data)) == [])
    }

    @Test("the checker itself catches a hidden answer and a wrong value type")
    func checkerCatchesProblems() throws {
        let check = try checker()
        let response: [String: Any] = ["item": [[
            "linkId": "step.history",
            "item": [
                ["linkId": "history.menopause", "item": [
                    ["linkId": "history.menopause.status", "answer": [["valueString": "postmenopausal"]]],
                ]],
            ],
        ]]]
        let problems = check.problems(in: response)
        #expect(problems.contains("history.menopause.status: answered but hidden"))
        #expect(problems.contains("history.menopause.status: valueString for a choice item"))
    }

    @Test("an empty set (asked, none apply) is sent as the none-of-these option")
    func emptySet() throws {
        let record = IntakeRecord(symptoms: Symptoms(relievedBy: []))
        let text = String(decoding: try FHIRQuestionnaireResponse(record: record, status: .inProgress).jsonData(), as: UTF8.self)
        #expect(text.contains("\"code\" : \"none-of-these\""))
        #expect(try checker().questions["symptoms.relievedBy"]?.optionCodes.contains("none-of-these") == true)
    }

    @Test("lifecycle states map to response statuses")
    func statuses() {
        #expect(FHIRQuestionnaireResponse.Status(lifecycle: "draft") == .inProgress)
        #expect(FHIRQuestionnaireResponse.Status(lifecycle: "completed") == .completed)
        #expect(FHIRQuestionnaireResponse.Status(lifecycle: "amended") == .amended)
    }
}

@Suite("FHIR response completeness")
struct FHIRResponseCompletenessTests {
    @Test("every answer of every valid example is in its response, once")
    func everyAnswerExported() throws {
        try #require(SharedExamples.directory != nil, "shared/spec/examples not found above the repository")
        let definition = QuestionnaireDefinition.intake
        for name in SharedExamples.validNames {
            let record = try SharedExamples.record(name)
            var expected = 0
            for address in definition.allAddresses(in: record) {
                guard let value = definition.value(at: address, in: record) else { continue }
                // A set gives one answer per value ("asked, none" gives "none-of-these"); anything else one.
                if case .codes(let codes) = value { expected += max(codes.count, 1) } else { expected += 1 }
            }
            let data = try FHIRQuestionnaireResponse(record: record, status: .completed).jsonData()
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            func count(_ items: [[String: Any]]) -> Int {
                items.reduce(0) { $0 + (($1["answer"] as? [Any])?.count ?? 0) + count($1["item"] as? [[String: Any]] ?? []) }
            }
            #expect(count(json["item"] as? [[String: Any]] ?? []) == expected, "\(name)")
        }
    }
}
