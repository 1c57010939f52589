import Testing
@testable import IntakeModel

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("impossible dates are rejected")
    func impossibleDates() {
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "2025-13-01") == nil)
        #expect(CalendarDate(iso: "2025-2-01") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
    }

    @Test("completed years count a birthday on the day; 29 February ages on 1 March")
    func completedYears() {
        let born = CalendarDate(iso: "1960-02-29")!
        #expect(born.completedYears(until: CalendarDate(iso: "2025-02-28")!) == 64)
        #expect(born.completedYears(until: CalendarDate(iso: "2025-03-01")!) == 65)
        let other = CalendarDate(iso: "1960-10-06")!
        #expect(other.completedYears(until: CalendarDate(iso: "2025-10-06")!) == 65)
        #expect(other.completedYears(until: CalendarDate(iso: "2025-10-05")!) == 64)
    }

    @Test("months before clamps to the end of a shorter month")
    func monthsBefore() {
        #expect(CalendarDate(iso: "2025-05-31")!.monthsBefore(3) == CalendarDate(iso: "2025-02-28")!)
        #expect(CalendarDate(iso: "2024-05-31")!.monthsBefore(3) == CalendarDate(iso: "2024-02-29")!)
        #expect(CalendarDate(iso: "2025-01-15")!.monthsBefore(12) == CalendarDate(iso: "2024-01-15")!)
        #expect(CalendarDate(iso: "2025-01-15")!.monthsBefore(1) == CalendarDate(iso: "2024-12-15")!)
    }

    @Test("day numbers round-trip")
    func dayNumbers() {
        let date = CalendarDate(iso: "2025-10-06")!
        #expect(CalendarDate(dayNumber: date.dayNumber) == date)
        #expect(date.adding(days: -63) == CalendarDate(iso: "2025-08-04")!)
        #expect(CalendarDate(iso: "1970-01-01")!.dayNumber == 0)
    }
}
