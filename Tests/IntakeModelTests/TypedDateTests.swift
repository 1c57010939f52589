import Testing
@testable import IntakeModel

@Suite("Dates as a front desk types them")
struct TypedDateTests {
    static let april4 = CalendarDate(year: 1956, month: 4, day: 4)
    static let march14 = CalendarDate(year: 1958, month: 3, day: 14)

    func read(_ text: String, _ convention: DateConvention) -> Result<CalendarDate, TypedDateProblem> {
        CalendarDate.typed(text, convention: convention)
    }

    @Test("ISO order is read in every convention, with -, / or . and one-digit parts",
          arguments: DateConvention.allCases)
    func isoEverywhere(_ convention: DateConvention) {
        for text in ["1958-03-14", "1958-3-14", "1958/03/14", "1958.03.14", " 1958-03-14 ", "19580314"] {
            #expect(read(text, convention) == .success(Self.march14), "\(text) in \(convention)")
        }
    }

    @Test("a US desk (MDY) reads month first, with /, - or . and without leading zeros")
    func monthDayYear() {
        for text in ["03/14/1958", "3/14/1958", "03-14-1958", "03.14.1958", "03141958"] {
            #expect(read(text, .monthDayYear) == .success(Self.march14), "\(text)")
        }
        for text in ["04/04/1956", "4/4/1956", "04041956"] {
            #expect(read(text, .monthDayYear) == .success(Self.april4), "\(text)")
        }
        #expect(read("01/02/2020", .monthDayYear) == .success(CalendarDate(year: 2020, month: 1, day: 2)))
    }

    @Test("a DMY desk reads day first, with /, - or . and without leading zeros")
    func dayMonthYear() {
        for text in ["14/03/1958", "14/3/1958", "14-03-1958", "14.03.1958", "14031958"] {
            #expect(read(text, .dayMonthYear) == .success(Self.march14), "\(text)")
        }
        #expect(read("4/4/1956", .dayMonthYear) == .success(Self.april4))
        #expect(read("01/02/2020", .dayMonthYear) == .success(CalendarDate(year: 2020, month: 2, day: 1)))
    }

    @Test("without a chosen order (YMD) day-month text is refused, never guessed")
    func orderNotChosen() {
        #expect(read("04/05/1956", .yearMonthDay) == .failure(.orderNotChosen))
        #expect(read("4.5.1956", .yearMonthDay) == .failure(.orderNotChosen))
        // eight digits are ISO order only
        #expect(read("04051956", .yearMonthDay) == .failure(.orderNotChosen))
        #expect(read("19561304", .yearMonthDay) == .failure(.noSuchMonth(13)))
    }

    @Test("two-digit years are refused in every form", arguments: DateConvention.allCases)
    func twoDigitYears(_ convention: DateConvention) {
        for text in ["4/4/56", "04/04/56", "04-04-56", "4.4.5", "56-04-04", "040456"] {
            #expect(read(text, convention) == .failure(.twoDigitYear), "\(text) in \(convention)")
        }
    }

    @Test("days a month does not have are named: 30 February 2025, 31 April 1956")
    func daysThatDoNotExist() {
        #expect(read("2025-02-30", .yearMonthDay) == .failure(.noSuchDate(year: 2025, month: 2, day: 30)))
        #expect(read("02/30/2025", .monthDayYear) == .failure(.noSuchDate(year: 2025, month: 2, day: 30)))
        #expect(read("02302025", .monthDayYear) == .failure(.noSuchDate(year: 2025, month: 2, day: 30)))
        #expect(read("30/02/2025", .dayMonthYear) == .failure(.noSuchDate(year: 2025, month: 2, day: 30)))
        #expect(read("31/04/1956", .dayMonthYear) == .failure(.noSuchDate(year: 1956, month: 4, day: 31)))
        #expect(read("04/31/1956", .monthDayYear) == .failure(.noSuchDate(year: 1956, month: 4, day: 31)))
        #expect(read("2023-02-29", .monthDayYear) == .failure(.noSuchDate(year: 2023, month: 2, day: 29)))
        #expect(read("02/29/2024", .monthDayYear) == .success(CalendarDate(year: 2024, month: 2, day: 29)))
    }

    @Test("a month above 12 or a day above 31 is said as such")
    func monthsAndDaysOutOfRange() {
        // a day-first date typed at a US desk
        #expect(read("14/03/1958", .monthDayYear) == .failure(.noSuchMonth(14)))
        #expect(read("03/14/1958", .dayMonthYear) == .failure(.noSuchMonth(14)))
        #expect(read("14031958", .monthDayYear) == .failure(.noSuchMonth(14)))
        #expect(read("19561304", .dayMonthYear) == .failure(.noSuchMonth(13)))
        #expect(read("1958-00-10", .dayMonthYear) == .failure(.noSuchMonth(0)))
        #expect(read("03/32/1958", .monthDayYear) == .failure(.noSuchDay(32)))
        #expect(read("1958-03-00", .monthDayYear) == .failure(.noSuchDay(0)))
    }

    @Test("eight digits that are two real dates are refused as ambiguous")
    func ambiguousDigits() {
        // 1210-12-10 read either way is the same date
        #expect(read("12101210", .monthDayYear) == .success(CalendarDate(year: 1210, month: 12, day: 10)))
        // 1011-12-10 in ISO order, 10 November 1210 day first
        #expect(read("10111210", .dayMonthYear)
                == .failure(.ambiguous(CalendarDate(year: 1011, month: 12, day: 10), CalendarDate(year: 1210, month: 11, day: 10))))
    }

    @Test("garbage is unreadable", arguments: DateConvention.allCases)
    func garbage(_ convention: DateConvention) {
        for text in ["", "   ", "tomorrow", "4/4", "1956", "04/04/1956/1", "04/04-1956", "04//1956", "4/4/956",
                     "12345/1/1956", "1956-04-04T10:00", "0000-01-01", "195604041", "1956-04-04x", "99999999999999999999999",
                     "4 April 1956", "1956-1-123", "04-04 1956", "１９５６-04-04"] {
            #expect(read(text, convention) == .failure(.unreadable), "\(text) in \(convention)")
        }
    }

    @Test("the convention writes dates and its example with digits")
    func conventionText() {
        #expect(DateConvention.monthDayYear.text(Self.april4) == "04/04/1956")
        #expect(DateConvention.dayMonthYear.text(Self.march14) == "14/03/1958")
        #expect(DateConvention.yearMonthDay.text(Self.march14) == "1958-03-14")
        #expect(DateConvention.monthDayYear.example == "03/14/1958")
        #expect(DateConvention.dayMonthYear.example == "14/03/1958")
        #expect(DateConvention.yearMonthDay.example == "1958-03-14")
        #expect(DateConvention.monthDayYear.pattern == "MM/DD/YYYY")
        #expect(DateConvention(setting: "mdy") == .monthDayYear)
        #expect(DateConvention(setting: " DMY ") == .dayMonthYear)
        #expect(DateConvention(setting: "US") == nil)
        for convention in DateConvention.allCases {
            #expect(read(convention.text(Self.april4), convention) == .success(Self.april4))
        }
    }
}
