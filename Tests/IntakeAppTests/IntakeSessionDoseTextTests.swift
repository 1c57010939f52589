import Testing
import IntakeModel
import Questionnaire
@testable import IntakeApp

@Suite("Medication names typed with their dose")
struct IntakeSessionDoseTextTests {
    let visit = CalendarDate(year: 2025, month: 10, day: 6)

    func sessionWithOneMedication() -> IntakeSession {
        var session = IntakeSession(clock: FixedIntakeClock(visit))
        _ = session.apply(.goToStep(.medications))
        _ = session.apply(.addEntry(group: "medications"))
        return session
    }

    @Test("'Prednisone 5mg daily' is recorded as prednisone with 5 mg/day, so the glucocorticoid questions appear")
    func splitsNameAndDose() {
        var session = sessionWithOneMedication()
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "Prednisone 5mg daily"))
        #expect(session.record.medications?[0].name == "Prednisone")
        #expect(session.record.medications?[0].doseMgPerDay == 5)
        #expect(session.fields(in: .medications).contains(ItemAddress("medications.route", instance: 0)))
    }

    @Test("a dose already entered that differs keeps the name exactly as typed")
    func keepsConflictingText() {
        var session = sessionWithOneMedication()
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "prednisone"))
        _ = session.apply(.enterText(ItemAddress("medications.doseMgPerDay", instance: 0), "10"))
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "prednisone 5mg daily"))
        #expect(session.record.medications?[0].name == "prednisone 5mg daily")
        #expect(session.record.medications?[0].doseMgPerDay == 10)
    }

    @Test("dose text that is not a daily mg dose stays in the name")
    func keepsOtherDoseText() {
        var session = sessionWithOneMedication()
        _ = session.apply(.enterText(ItemAddress("medications.name", instance: 0), "alendronate 70mg weekly"))
        #expect(session.record.medications?[0].name == "alendronate 70mg weekly")
        #expect(session.record.medications?[0].doseMgPerDay == nil)
    }
}
