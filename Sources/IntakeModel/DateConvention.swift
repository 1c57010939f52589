import Catalog
import Foundation

/// The order in which a clinic writes the day, the month and the year of a date: `date_order` in
/// `clinic.toml`. ISO `YYYY-MM-DD` is read in every convention; the convention decides how
/// `04/05/1956` is read, how dates are shown in entry boxes, and the example in date messages.
///
/// The default is `.yearMonthDay`: a clinic that has not said whether the day or the month comes
/// first never has `03/04/1956` guessed (4 March in the US, 3 April almost everywhere else); such
/// text is refused with a message asking for `YYYY-MM-DD`, as before the setting existed.
public enum DateConvention: String, CaseIterable, Hashable, Sendable {
    /// `YYYY-MM-DD` only (ISO 8601), the default.
    case yearMonthDay = "YMD"
    /// `MM/DD/YYYY`, as in the United States.
    case monthDayYear = "MDY"
    /// `DD/MM/YYYY`, as in most other countries.
    case dayMonthYear = "DMY"

    /// The convention named by a `date_order` value (`"MDY"`, `"dmy"`, ...), nil for anything else.
    public init?(setting: String) {
        self.init(rawValue: setting.trimmingCharacters(in: .whitespaces).uppercased())
    }

    /// The pattern shown beside a date box and in messages: "MM/DD/YYYY".
    public var pattern: String {
        switch self {
        case .yearMonthDay: return "YYYY-MM-DD"
        case .monthDayYear: return "MM/DD/YYYY"
        case .dayMonthYear: return "DD/MM/YYYY"
        }
    }

    /// The pattern in the letters of a language's own words for day, month and year, as the
    /// catalog's `ui.dateFormat` writes ISO: "DD/MM/AAAA" in Spanish (año), "DD/MM/YYYY" in English.
    public func pattern(_ language: Language) -> String {
        let iso = Array(Catalog(language)(.uiDateFormat))  // "AAAA-MM-DD": year, month, day letters
        guard iso.count == 10, let year = iso.first, let day = iso.last else { return pattern }
        let month = iso[5]
        return String(pattern.map { $0 == "Y" ? year : $0 == "M" ? month : $0 == "D" ? day : $0 })
    }

    /// A date as this convention writes it with digits: "03/14/1958", "14/03/1958", "1958-03-14".
    public func text(_ date: CalendarDate) -> String {
        let day = Self.pad(date.day, 2), month = Self.pad(date.month, 2), year = Self.pad(date.year, 4)
        switch self {
        case .yearMonthDay: return date.description
        case .monthDayYear: return "\(month)/\(day)/\(year)"
        case .dayMonthYear: return "\(day)/\(month)/\(year)"
        }
    }

    /// The example of date messages, 14 March 1958 in this convention ("03/14/1958").
    public var example: String { text(CalendarDate(year: 1958, month: 3, day: 14)) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
