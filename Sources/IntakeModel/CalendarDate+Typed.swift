/// Why text typed into a date field is not a date. The words are the screens' (their string
/// tables); this says only what went wrong, so every screen, line mode and search agree.
public enum TypedDateProblem: Error, Hashable, Sendable {
    /// Not a date in any accepted form ("tomorrow", "4/4", "1956").
    case unreadable
    /// A two-digit year ("4/4/56", "040456"): all four digits are needed.
    case twoDigitYear
    /// Day and month in a clinic's order ("04/05/1956") where the clinic has not chosen one.
    case orderNotChosen
    /// A month number outside 1-12 ("13/04/1956" typed at a US desk).
    case noSuchMonth(Int)
    /// A day number outside 1-31.
    case noSuchDay(Int)
    /// A day the month does not have: 30 February 2025, 31 April 1956.
    case noSuchDate(year: Int, month: Int, day: Int)
    /// Eight digits that are two different real dates, read in ISO order and in the clinic's.
    case ambiguous(CalendarDate, CalendarDate)
}

extension CalendarDate {
    /// A date as a person types it at a desk with this convention:
    /// - ISO order with `-`, `/` or `.` between the parts: `1956-04-04`, `1956-4-4`, `1956/04/04`;
    /// - the clinic's order with `/`, `-` or `.`: `04/04/1956`, `4/4/1956`, `4.4.1956` (not with
    ///   `.yearMonthDay`, which has no day-month order: `.orderNotChosen`);
    /// - eight digits in ISO order (`19560404`) or the clinic's (`04041956`); when both readings are
    ///   real dates and differ, `.ambiguous`.
    /// The year has four digits (`.twoDigitYear` otherwise). White space around the text is ignored.
    public static func typed(_ text: String, convention: DateConvention) -> Result<CalendarDate, TypedDateProblem> {
        let bytes = Array(text.utf8.drop { $0 == 32 }.reversed().drop { $0 == 32 }.reversed())
        guard !bytes.isEmpty else { return .failure(.unreadable) }
        let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        if bytes.allSatisfy(isDigit) { return digitsOnly(bytes, convention: convention) }

        // Three groups of digits with the same separator twice.
        var groups: [[UInt8]] = [[]]
        var separator: UInt8?
        for byte in bytes {
            if isDigit(byte) {
                groups[groups.count - 1].append(byte)
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."),
                      separator == nil || separator == byte {
                separator = byte
                groups.append([])
            } else {
                return .failure(.unreadable)
            }
        }
        let lengths = groups.map(\.count)
        guard lengths.count == 3, lengths.allSatisfy({ (1...4).contains($0) }) else { return .failure(.unreadable) }
        let numbers = groups.map(number)
        if lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2 {
            return checked(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        guard lengths[0] <= 2, lengths[1] <= 2 else { return .failure(.unreadable) }
        switch lengths[2] {
        case 4:
            switch convention {
            case .yearMonthDay: return .failure(.orderNotChosen)
            case .monthDayYear: return checked(year: numbers[2], month: numbers[0], day: numbers[1])
            case .dayMonthYear: return checked(year: numbers[2], month: numbers[1], day: numbers[0])
            }
        case 1, 2: return .failure(.twoDigitYear)
        default: return .failure(.unreadable)
        }
    }

    /// The date typed, or nil when `typed(_:convention:)` refuses it.
    public init?(typed text: String, convention: DateConvention) {
        guard case .success(let date) = CalendarDate.typed(text, convention: convention) else { return nil }
        self = date
    }

    /// `19560404` (ISO order) or `04041956` (the clinic's order); six digits are a two-digit year.
    private static func digitsOnly(_ bytes: [UInt8], convention: DateConvention) -> Result<CalendarDate, TypedDateProblem> {
        switch bytes.count {
        case 8: break
        case 6: return .failure(.twoDigitYear)
        default: return .failure(.unreadable)
        }
        let first = number(bytes[0..<2]), second = number(bytes[2..<4])
        let iso = checked(year: number(bytes[0..<4]), month: number(bytes[4..<6]), day: number(bytes[6..<8]))
        let year = number(bytes[4..<8])
        let local: Result<CalendarDate, TypedDateProblem>?
        switch convention {
        case .yearMonthDay: local = nil
        case .monthDayYear: local = checked(year: year, month: first, day: second)
        case .dayMonthYear: local = checked(year: year, month: second, day: first)
        }
        switch (iso, local) {
        case (.success(let a), .success(let b)?): return a == b ? iso : .failure(.ambiguous(a, b))
        case (.success, _): return iso
        case (_, .success?): return local!
        case (.failure, let other):
            // Neither reading is a date: say what is wrong with the one whose year looks like a
            // patient's. "02302025" at a US desk and "20250230" are 30 February 2025; "14031958" at
            // a US desk has no month 14; "04051956" where no day-month order was chosen is that.
            let plausible = 1800...2199
            guard !plausible.contains(number(bytes[0..<4])), plausible.contains(year) else { return iso }
            if case .failure(let problem)? = other { return .failure(problem) }
            return .failure(.orderNotChosen)
        }
    }

    /// The date of these numbers, or what is wrong with them.
    private static func checked(year: Int, month: Int, day: Int) -> Result<CalendarDate, TypedDateProblem> {
        guard year >= 1 else { return .failure(.unreadable) }
        guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
        guard (1...31).contains(day) else { return .failure(.noSuchDay(day)) }
        let date = CalendarDate(year: year, month: month, day: day)
        return date.isReal ? .success(date) : .failure(.noSuchDate(year: year, month: month, day: day))
    }

    private static func number<C: Collection>(_ digits: C) -> Int where C.Element == UInt8 {
        digits.reduce(0) { $0 * 10 + Int($1 - 48) }
    }
}
