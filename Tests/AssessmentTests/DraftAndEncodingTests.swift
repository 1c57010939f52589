import Assessment
import Foundation
import IntakeModel
import Testing

@Suite("Half-filled drafts assess without crashing")
struct DraftTests {
    @Test("an empty record assesses to 'not screened' (never routine) with unknowns left empty")
    func emptyRecord() throws {
        let result = engine.assess(IntakeRecord())
        #expect(result.age == nil)
        #expect(result.urgency == .notScreened)
        #expect(result.redFlags.isEmpty && result.medicationAlerts.isEmpty)
        #expect(result.warnings.count == 15 && result.warnings.allSatisfy { $0.code == .notAsked })
        #expect(result.bmi == nil && result.ost == nil && result.startBack == nil)
        #expect(result.dxa.report == .zScore)
        #expect(result.notices.codes == ["not-a-diagnosis"])
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(json.contains("\"age\":null"))
    }

    @Test("without a visit date an age can still come from `age`, and dated rules stay silent")
    func noVisitDate() {
        var record = quietRecord(age: 80)
        record.visitDate = nil
        record.patient?.birthDate = nil
        record.story.onset = .sudden
        record.take("Prolia", lastDose: CalendarDate(year: 2020, month: 1, day: 1))
        let result = engine.assess(record)
        #expect(result.age == 80)
        #expect(result.redFlag(.fracture) != nil, "daysAgo still gives the episode's age")
        #expect(result.alert(.denosumabStop) == nil)
    }

    @Test("a birth date without a visit date leaves the age unknown; age rules do not fire")
    func birthDateWithoutVisitDate() {
        var record = quietRecord()
        record.visitDate = nil
        record.patient = Patient(sex: .female, birthDate: CalendarDate(year: 1940, month: 1, day: 1))
        let result = engine.assess(record)
        #expect(result.age == nil)
        #expect(result.dxa.rules.isEmpty)
    }

    @Test("missing sex: no sex-specific rule fires, the Z-score report is chosen")
    func noSex() {
        var record = quietRecord(age: 80)
        record.patient?.sex = nil
        record.lowestT(-3.0)
        let result = engine.assess(record)
        #expect(result.dxa.rules.isEmpty)
        #expect(result.tScoreClass == nil && result.ost == nil)
    }

    @Test("partial answers everywhere: medication without a name, empty objects, missing units of work")
    func partialAnswers() {
        let record = IntakeRecord(
            visitDate: visitDay, patient: Patient(age: 70), body: Body(weight: Mass(value: 60, unit: .kg)),
            history: History(fractures: [Fracture()], cardiovascularEvents: [CardiovascularEvent()]),
            medications: [Medication(), Medication(name: "romosozumab", status: .planned)],
            symptoms: Symptoms(), redFlags: RedFlags(), boneDensity: BoneDensity(), labs: Labs(),
            startBack: StartBackAnswers())
        let result = engine.assess(record)
        #expect(result.startBack == nil, "a STarT Back with no item answered has no score, never 'risk low'")
        #expect(result.alert(.romosozumabCardiovascular)?.notes.codes == ["event-date-unknown"])
        #expect(result.bmi == nil)
    }
}

@Suite("Encoding osteo-intake-assessment/1")
struct EncodingTests {
    func json(_ assessment: IntakeAssessment) throws -> String {
        String(decoding: try JSONEncoder().encode(assessment), as: UTF8.self)
    }

    func topLevel(_ assessment: IntakeAssessment) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(assessment)) as? [String: Any])
    }

    // Foundation's JSONEncoder on Linux does not keep the order in which `encode(to:)` writes the
    // keys (a JSON object is unordered); the key set and the explicit nulls are what is pinned here.
    @Test("exactly the format's keys, explicit nulls, id only when the record has one, source only when set")
    func keys() throws {
        let object = try topLevel(assess())
        #expect(Set(object.keys) == ["format", "id", "age", "urgency", "redFlags", "dxa", "spineImaging", "ost",
                                     "tScoreClass", "zScoreClass", "bmi", "heightLossCm", "startBack",
                                     "medicationAlerts", "recommendations", "warnings", "notices"])
        #expect(object["format"] as? String == "osteo-intake-assessment/1")
        for key in ["ost", "tScoreClass", "zScoreClass", "startBack"] { #expect(object[key] is NSNull, "\(key)") }
        let loss = try #require(object["heightLossCm"] as? [String: Any])
        #expect(loss["historical"] is NSNull && loss["prospective"] is NSNull)
        var anonymous = quietRecord()
        anonymous.id = nil
        #expect(try topLevel(engine.assess(anonymous))["id"] == nil)
        var batch = assess()
        batch.source = "stdin:3"
        #expect(try topLevel(batch)["source"] as? String == "stdin:3")
    }

    @Test("numbers show the rounded decimal exactly: 6.0, 2.54, 24.2")
    func numbers() throws {
        let result = assess {
            $0.measurements.tallestAdultHeight = Length(value: 176, unit: .cm)
            $0.measurements.measuredHeightLoss = Length(value: 1, unit: .inch)
        }
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any])
        let loss = try #require(object["heightLossCm"] as? [String: Any])
        #expect((loss["historical"] as? NSNumber)?.doubleValue == 6.0)
        #expect((loss["prospective"] as? NSNumber)?.doubleValue == 2.54)
        #expect((object["bmi"] as? NSNumber)?.doubleValue == 24.2)
        let text = try json(result)
        #expect(text.contains("2.54") && !text.contains("2.540000"))
    }

    @Test("alerts, recommendations and notices carry their fixed texts; an assessment decodes back to itself")
    func roundTrip() throws {
        let result = assess(age: 70) {
            $0.take("warfarin")
            $0.take("tramadol")
            $0.measurements.kyphosis = true
            $0.flags.legWeakness = true
        }
        let data = try JSONEncoder().encode(result)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"priority\":\"standard\""))
        #expect(text.contains("\"costEstimate\":{"))
        #expect(text.contains("Same-day emergency assessment"))
        #expect(try JSONDecoder().decode(IntakeAssessment.self, from: data) == result)
    }

    @Test("code lists keep declaration order whatever the insertion order")
    func codeListOrder() {
        var list = CodeList<RedFlagReason>()
        list.insert(.kyphosisAge50Plus)
        list.insert(.suddenOnsetMinorOrNoTrauma)
        list.insert(.age70Plus)
        #expect(list.codes == ["sudden-onset-minor-or-no-trauma", "age-70-plus", "kyphosis-age-50-plus"])
    }

    @Test("every code type's ordinal is its position in allCases")
    func ordinals() {
        func check<Code: OrderedCode>(_: Code.Type) where Code.AllCases == [Code] {
            #expect(Code.allCases.count <= 64)
            for (position, code) in Code.allCases.enumerated() {
                #expect(code.ordinal == position, "\(code)")
                #expect(CodeList([code]).first == code)
            }
        }
        check(RedFlagRule.self)
        check(RedFlagReason.self)
        check(DXARule.self)
        check(SpineImagingRule.self)
        check(MedicationAlertRule.self)
        check(MedicationAlertNote.self)
        check(RecommendationID.self)
        check(NoticeID.self)
        check(Answer.self)
        check(MedicationClass.self)
        check(Condition.self)
        check(Reliever.self)
    }
}
