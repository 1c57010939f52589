import Foundation
import IntakeModel
import IntakeTestSupport
import Testing

/// The screens check the record they hold on its typed values (`IntakeValidator.check(record)`);
/// files and pipes are checked as JSON. Both must say the same, word for word and in the same
/// order: the field messages on screen, the warnings in the summary and on the sheet follow it.
@Suite("A typed record's check says what a file's check says")
struct TypedRecordCheckTests {
    /// Each edit breaks (or stretches) one rule of the format.
    static let edits: [(String, @Sendable (inout IntakeRecord) -> Void)] = [
        ("format", { $0.format = "osteo-intake/9" }),
        ("blank id", { $0.id = "  " }),
        ("no visit date", { $0.visitDate = nil }),
        ("visit date not real", { $0.visitDate = CalendarDate(year: 2025, month: 2, day: 30) }),
        ("no patient", { $0.patient = nil }),
        ("age and birth date", { $0.patient?.age = 70 }),
        ("neither age nor birth date", { $0.patient?.birthDate = nil }),
        ("age under 18", { $0.patient?.birthDate = nil; $0.patient?.age = 12 }),
        ("age unusual", { $0.patient?.birthDate = nil; $0.patient?.age = 104 }),
        ("huge age", { $0.patient?.birthDate = nil; $0.patient?.age = 9_100_000_000_000_000 }),
        ("born after the visit", { $0.patient?.birthDate = CalendarDate(year: 2026, month: 1, day: 1) }),
        ("birth date not real", { $0.patient?.birthDate = CalendarDate(year: 1950, month: 13, day: 1) }),
        ("blank name", { $0.patient?.name = "   " }),
        ("control in name", { $0.patient?.name = "Ann\u{1B}[2J" }),
        ("long phone", { $0.patient?.phone = String(repeating: "5", count: 80) }),
        ("language tag", { $0.patient?.language = "English!" }),
        ("no sex", { $0.patient?.sex = nil }),
        ("no body", { $0.body = nil }),
        ("no height", { $0.body?.height = nil }),
        ("tall", { $0.body?.height = Length(value: 260, unit: .cm) }),
        ("heavy", { $0.body?.weight = Mass(value: 9_000_000_000, unit: .kg) }),
        ("tallest below height", { $0.body?.tallestAdultHeight = Length(value: 120, unit: .cm) }),
        ("great height loss", { $0.body?.height = Length(value: 150, unit: .cm); $0.body?.tallestAdultHeight = Length(value: 190, unit: .cm) }),
        ("negative tallest", { $0.body?.tallestAdultHeight = Length(value: -3, unit: .cm) }),
        ("extreme BMI", { $0.body?.height = Length(value: 200, unit: .cm); $0.body?.weight = Mass(value: 30, unit: .kg) }),
        ("measured loss", { $0.body?.measuredHeightLoss = Length(value: 40, unit: .cm) }),
        ("menopause for a man", { $0.patient?.sex = .male; $0.history = History(menopause: Menopause(status: .postmenopausal)) }),
        ("woman without history", { $0.patient?.sex = .female; $0.history = nil }),
        ("woman without menopause", { $0.patient?.sex = .female; $0.history = History(conditions: [.hyperthyroidism]) }),
        ("menopause without status, late", { $0.patient?.sex = .female; $0.history = History(menopause: Menopause(age: 110)) }),
        ("conditions repeated", { $0.history?.conditions = [.hyperthyroidism, .hypogonadism, .hyperthyroidism] }),
        ("fracture without site, too old", { $0.history?.fractures = [Fracture(age: 119), Fracture(site: .hip, age: -1)] }),
        ("falls", { $0.history?.fallsPast12Months = 500 }),
        ("heart attack without type, future", {
            $0.history?.cardiovascularEvents = [CardiovascularEvent(date: CalendarDate(year: 2030, month: 1, day: 1))]
        }),
        ("alcohol", { $0.history?.alcoholPerDay = AlcoholAmount(value: 90, unit: .ukUnits) }),
        ("medication problems", {
            $0.medications = [
                Medication(name: nil, months: 3, years: 1),
                Medication(name: "prednisolone", doseMgPerDay: 500, route: .oral),
                Medication(name: "prednisolone", doseMgPerDay: 70, route: .oral),
                Medication(name: "Prolia", lastDoseDate: CalendarDate(year: 2020, month: 1, day: 1)),
                Medication(name: " ", doseMgPerDay: -5, months: 9000),
            ]
        }),
        ("no symptoms", { $0.symptoms = nil }),
        ("start date and days ago", { $0.symptoms?.startDate = CalendarDate(year: 2025, month: 9, day: 1); $0.symptoms?.daysAgo = 3 }),
        ("neither start nor days", { $0.symptoms?.startDate = nil; $0.symptoms?.daysAgo = nil }),
        ("episode too long", { $0.symptoms?.daysAgo = nil; $0.symptoms?.startDate = CalendarDate(year: 1990, month: 1, day: 1) }),
        ("no onset or trigger, pain 14", { $0.symptoms?.onset = nil; $0.symptoms?.trigger = nil; $0.symptoms?.painScore = 14 }),
        ("places repeated", { $0.symptoms?.locations = [.neck, .neck]; $0.symptoms?.relievedBy = [.rest, .rest, .rest] }),
        ("temperature", { $0.redFlags = RedFlags(temperature: Temperature(value: 108, unit: .fahrenheit)) }),
        ("cold", { $0.redFlags = RedFlags(temperature: Temperature(value: 20, unit: .celsius)) }),
        ("no scores", { $0.boneDensity = BoneDensity(site: .totalHip) }),
        ("scores", { $0.boneDensity = BoneDensity(lowestTScore: -4.5, lowestZScore: -9) }),
        ("labs", { $0.labs = Labs(egfr: 400, creatinineClearance: -1) }),
        ("STarT Back half", { $0.startBack = StartBackAnswers(item1: true, item2: false) }),
    ]

    static func problems(_ check: IntakeCheck) -> [String] {
        check.errors.map { "error \($0.path) \($0.code) \($0.message)" } + check.warnings.map { "warning \($0.path) \($0.message)" }
    }

    static func expectSame(_ record: IntakeRecord, _ label: String) throws {
        let typed = IntakeValidator.check(record)
        let asFile = IntakeValidator.check(try JSONEncoder().encode(record))
        #expect(problems(typed) == problems(asFile), "\(label)")
        #expect(typed.isValid == asFile.isValid, "\(label)")
    }

    @Test("Every shared example and 200 generated records: the same problems, word for word, in the same order")
    func examplesAndGeneratedRecords() throws {
        let names = SharedExamples.allNames
        #expect(!names.isEmpty, "the shared examples are found")
        for name in names {
            guard let record = try? SharedExamples.record(name) else { continue }
            try Self.expectSame(record, name)
        }
        for (index, record) in SyntheticRecords.make(count: 200).enumerated() { try Self.expectSame(record, "generated \(index)") }
    }

    @Test("Records that break each rule (ranges, dates, repeats, required answers, checks across fields)")
    func brokenRecords() throws {
        let records = SyntheticRecords.make(count: 6)
        var problemsSeen = 0
        for (label, edit) in Self.edits {
            for (index, original) in records.enumerated() {
                var record = original
                edit(&record)
                try Self.expectSame(record, "\(label), record \(index)")
                problemsSeen += Self.problems(IntakeValidator.check(record)).count
            }
        }
        #expect(problemsSeen > Self.edits.count * 6, "the edits do break rules")
    }
}
