import IntakeModel
@testable import Questionnaire
import Testing

@Suite("Conditional items and answers")
struct ConditionalItemTests {
    let definition = QuestionnaireDefinition.intake

    func visible(_ record: IntakeRecord) -> Set<String> {
        Set(definition.visibleAddresses(in: record).map(\.description))
    }

    @Test("menopause is asked of female patients only, and dropped when the sex changes to male")
    func menopause() throws {
        var record = IntakeRecord()
        #expect(!visible(record).contains("history.menopause.status"))
        try definition.set(.code("female"), at: ItemAddress("patient.sex"), in: &record)
        #expect(visible(record).contains("history.menopause.status"))
        #expect(!visible(record).contains("history.menopause.age"))
        try definition.set(.code("postmenopausal"), at: ItemAddress("history.menopause.status"), in: &record)
        try definition.set(.integer(50), at: ItemAddress("history.menopause.age"), in: &record)
        #expect(record.history?.menopause == Menopause(status: .postmenopausal, age: 50))

        let dropped = try definition.set(.code("male"), at: ItemAddress("patient.sex"), in: &record)
        #expect(record.history == nil)
        #expect(Set(dropped.map(\.address.linkId)) == ["history.menopause.status", "history.menopause.age"])
        #expect(!visible(record).contains("history.menopause.status"))
    }

    @Test("age is asked only when no date of birth is given")
    func ageOrBirthDate() throws {
        var record = IntakeRecord()
        try definition.set(.integer(70), at: ItemAddress("patient.age"), in: &record)
        #expect(record.patient?.age == 70)
        try definition.set(.date(CalendarDate(year: 1950, month: 1, day: 2)), at: ItemAddress("patient.birthDate"), in: &record)
        #expect(record.patient?.age == nil)
        #expect(!visible(record).contains("patient.age"))
    }

    @Test("medication follow-ups follow the class of the name in the vocabulary")
    func medicationFollowUps() throws {
        var record = IntakeRecord()
        let list = try #require(definition.item(linkId: "medications")?.entries)
        list.append(to: &record)
        list.append(to: &record)
        try definition.set(.string("Prednisone"), at: ItemAddress("medications.name", instance: 0), in: &record)
        try definition.set(.string("Prolia"), at: ItemAddress("medications.name", instance: 1), in: &record)
        let shown = visible(record)
        #expect(shown.contains("medications.route[0]"))
        #expect(!shown.contains("medications.wantsToStop[0]"))
        #expect(!shown.contains("medications.lastDoseDate[0]"))
        #expect(shown.contains("medications.wantsToStop[1]"))
        #expect(shown.contains("medications.lastDoseDate[1]"))
        #expect(!shown.contains("medications.route[1]"))
        #expect(definition.value(at: ItemAddress("medications.classes", instance: 0), in: record)
                == .codes(["glucocorticoid"]))

        // A past glucocorticoid asks when it was stopped.
        try definition.set(.code("past"), at: ItemAddress("medications.status", instance: 0), in: &record)
        #expect(visible(record).contains("medications.lastDoseDate[0]"))

        // Renaming denosumab to paracetamol hides and drops its follow-up answer.
        try definition.set(.boolean(true), at: ItemAddress("medications.wantsToStop", instance: 1), in: &record)
        let dropped = try definition.set(.string("paracetamol"), at: ItemAddress("medications.name", instance: 1), in: &record)
        #expect(dropped.map(\.address) == [ItemAddress("medications.wantsToStop", instance: 1)])
        #expect(record.medications?[1].wantsToStop == nil)
    }

    @Test("a planned medicine has no duration; years are asked only without months")
    func durations() throws {
        var record = IntakeRecord(medications: [Medication(name: "alendronate")])
        try definition.set(.decimal(3), at: ItemAddress("medications.years", instance: 0), in: &record)
        try definition.set(.code("planned"), at: ItemAddress("medications.status", instance: 0), in: &record)
        #expect(record.medications?[0].years == nil)
        #expect(!visible(record).contains("medications.months[0]"))
    }

    @Test("answers that do not fit are refused and the record is unchanged")
    func refusedAnswers() throws {
        var record = IntakeRecord(patient: Patient(name: "Ana"))
        let before = record
        #expect(throws: AnswerError.unknownOption("other", allowed: ["female", "male"])) {
            try definition.set(.code("other"), at: ItemAddress("patient.sex"), in: &record)
        }
        #expect(throws: AnswerError.unknownUnit("stone", allowed: ["kg", "lb"])) {
            try definition.set(.quantity(value: 10, unit: "stone"), at: ItemAddress("body.weight"), in: &record)
        }
        #expect(throws: AnswerError.wrongKind(expected: .integer)) {
            try definition.set(.string("seventy"), at: ItemAddress("patient.age"), in: &record)
        }
        #expect(throws: AnswerError.noSuchEntry(3)) {
            try definition.set(.string("x"), at: ItemAddress("medications.name", instance: 3), in: &record)
        }
        #expect(record == before)
    }

    @Test("a multiple choice set is stored once per value, in option order; empty means none apply")
    func sets() throws {
        var record = IntakeRecord()
        try definition.set(.codes(["heat", "rest", "heat"]), at: ItemAddress("symptoms.relievedBy"), in: &record)
        #expect(record.symptoms?.relievedBy == [.rest, .heat])
        try definition.set(.codes([]), at: ItemAddress("symptoms.relievedBy"), in: &record)
        #expect(record.symptoms?.relievedBy == [])
    }

    @Test("validation pointers map back to items")
    func pointers() {
        let record = IntakeRecord(medications: [Medication(name: "a"), Medication(name: "b")])
        #expect(definition.address(forPointer: "/medications/1/doseMgPerDay", in: record)
                == ItemAddress("medications.doseMgPerDay", instance: 1))
        #expect(definition.address(forPointer: "/medications/1", in: record) == ItemAddress("medications.name", instance: 1))
        #expect(definition.address(forPointer: "/patient", in: record) == ItemAddress("patient.language"), "its first field")
        #expect(definition.address(forPointer: "/body/height/unit", in: record) == ItemAddress("body.height"))
        #expect(definition.address(forPointer: "/history/menopause", in: record) == ItemAddress("history.menopause.status"))
    }
}
