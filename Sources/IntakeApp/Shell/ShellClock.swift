import Foundation
import IntakeModel

/// Where the shell reads the time: the idle lock, the heartbeat and the visit date of a new
/// intake. Injected, so tests run on a manual clock.
public protocol ShellClock: Sendable {
    func now() -> Date
    /// The local time zone of the desk (the visit date is the local date).
    var timeZone: TimeZone { get }
}

extension ShellClock {
    /// Today's local calendar date.
    public func today() -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// "14:05", local time.
    public func clockTime(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}

/// The computer's clock in the local time zone.
public struct SystemShellClock: ShellClock {
    public init() {}
    public func now() -> Date { Date() }
    public var timeZone: TimeZone { .current }
}
