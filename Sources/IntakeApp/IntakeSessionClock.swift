import Foundation
import IntakeModel

/// Where the session reads today's date (the visit date of a new intake). Injected, so tests run on
/// a fixed date and the assessment never reads the computer's clock itself.
public protocol IntakeSessionClock: Sendable {
    /// Today's local calendar date.
    func today() -> CalendarDate
}

/// The computer's clock, in the local time zone.
public struct SystemIntakeClock: IntakeSessionClock {
    public init() {}
    public func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}

/// A clock that always says the same date (tests, replaying a script).
public struct FixedIntakeClock: IntakeSessionClock {
    public var date: CalendarDate
    public init(_ date: CalendarDate) { self.date = date }
    public func today() -> CalendarDate { date }
}
