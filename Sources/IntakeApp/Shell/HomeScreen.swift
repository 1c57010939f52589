import Catalog
import Assessment
import Foundation
import IntakeModel
import IntakeReport
import IntakeStore
import TerminalUI
import PlainText

/// The front desk's home screen: today's intakes (status, time, age, name), a "new intake"
/// action, and search by name or date of birth (the store ignores accents and case).
/// A value: `handle` says what the user asked for, the shell performs it and sets `rows`.
public struct HomeScreen: Sendable {
    /// What the user asked for with a key.
    public enum Action: Hashable, Sendable {
        case none
        /// The search text changed (empty: back to today's list).
        case search(String)
        case openNew
        case open(RecordSummary)
        case quit
    }

    public var rows: [RecordSummary] = []
    /// Whether a search matched more records than it shows (the store was asked for one more).
    public private(set) var moreMatches = false
    public var today: CalendarDate
    public var timeZone: TimeZone
    public var strings: Catalog
    /// 0 is "New intake", then the rows.
    public private(set) var selection = 0
    public private(set) var search = LineEditor(maxLength: 60)
    public var message: String?
    /// How a typed date of birth is read (the clinic's `date_order`).
    public var dateConvention: DateConvention

    /// How many matches a search lists: the rows that fit below "New intake" with the line saying
    /// there are more (14 at 80x24). The store gives a search's matches most urgent first, then
    /// newest, so these are never newer routine intakes in place of an older emergency.
    public private(set) var searchPage: Int

    /// `size`: the terminal's, which sets `searchPage` (line mode lists as many as 80x24 shows).
    public init(today: CalendarDate, timeZone: TimeZone, strings: Catalog,
                dateConvention: DateConvention = .yearMonthDay, size: Size = Size(width: 80, height: 24)) {
        self.today = today
        self.timeZone = timeZone
        self.strings = strings
        self.dateConvention = dateConvention
        self.searchPage = Self.searchPage(height: size.height)
    }

    /// Fits the search page to a terminal resized to `size`; true when the page changed (the list
    /// is then read again).
    public mutating func fit(_ size: Size) -> Bool {
        let page = Self.searchPage(height: size.height)
        defer { searchPage = page }
        return page != searchPage
    }

    /// The rows between the list's top and the two bottom lines, less "New intake" and the line
    /// saying there are more.
    public static func searchPage(height: Int) -> Int { max(1, height - listTop - 4) }

    public var searchText: String { search.text }

    /// The search as line mode's `search TEXT` gives it, whole (the next `setRows` lists its page).
    public mutating func setSearch(_ text: String) {
        search.setText(text)
        selection = 0
    }

    /// How a date of birth typed into the search is read: as a date typed in an intake of the
    /// home screen's language (`InputConventions`): day first in Spanish, else the clinic's order.
    public var searchDateConvention: DateConvention {
        InputConventions(languageTag: strings.language.rawValue, clinicDates: dateConvention).datesTyped
    }

    /// The first row of the list ("New intake"), below the search box, its heading and the columns.
    static let listTop = 6

    /// How many intakes today's list reads: all of a day at a clinic, scrolled with the arrows.
    public static let todayLimit = 500

    /// Today's intakes (up to `todayLimit`, never cut at the screen), or the first `searchPage`
    /// matches of `search` (any day) and one more, to say when there are more.
    public func query(search: String) -> RecordQuery {
        search.isEmpty ? RecordQuery(visitDate: today, limit: Self.todayLimit)
            : RecordQuery(search: search, limit: searchPage + 1, dateConvention: searchDateConvention)
    }

    /// The rows the store gave for `query(search: searchText)`: a search's page, the one more
    /// left out and said as "more"; today's list whole. Emergencies first, then urgent, red-flag
    /// screens not done, routine (`UrgencyOrder`); the store's order (newest first) within.
    /// The record selected stays selected when the list is read again (another desk saved).
    public mutating func setRows(_ newRows: [RecordSummary]) {
        let page = search.text.isEmpty ? nil : searchPage
        let selectedID = selection > 0 && selection <= rows.count ? rows[selection - 1].id : nil
        moreMatches = page.map { newRows.count > $0 } ?? false
        let ordered = UrgencyOrder.rows(page.map { Array(newRows.prefix($0)) } ?? newRows)
        rows = ordered.map(\.summary)
        if let selectedID, let index = rows.firstIndex(where: { $0.id == selectedID }) {
            selection = index + 1
        } else {
            selection = min(selection, rows.count)
        }
    }

    public mutating func handle(_ key: Key) -> Action {
        message = nil
        switch key {
        case .up: selection = max(0, selection - 1); return .none
        case .down, .tab: selection = min(rows.count, selection + 1); return .none
        case .home: selection = 0; return .none
        case .end: selection = rows.count; return .none
        case .enter:
            if selection == 0 { return .openNew }
            return .open(rows[selection - 1])
        case .control("c"), .function(10), .control("x"): return .quit
        case .escape:
            guard !search.text.isEmpty else { return .none }
            search.setText(""); selection = 0
            return .search("")
        default:
            let before = search.text
            _ = search.handle(key)
            guard search.text != before else { return .none }
            selection = 0
            return .search(search.text)
        }
    }

    public func render(size: Size) -> Screen {
        var screen = Screen(size: size)
        let width = size.width
        screen.write(strings(.shellHomeTitle), at: Position(row: 0, column: 1), role: .label)
        let prompt = strings(.shellHomeSearchPrompt) + " "
        let promptWidth = screen.write(prompt, at: Position(row: 2, column: 1), role: .label)
        let boxWidth = max(10, min(40, width - promptWidth - 3))
        screen.fill(Rect(row: 2, column: 1 + promptWidth, width: boxWidth, height: 1), role: .focus)
        let (shown, cursorColumn) = search.visible(width: boxWidth)
        screen.write(shown, at: Position(row: 2, column: 1 + promptWidth), role: .focus)
        let heading = search.text.isEmpty
            ? strings(.shellHomeToday, ["date": today.description]) : strings(.shellHomeSearchResults, ["query": search.text])
        screen.write(heading, at: Position(row: 4, column: 1), role: .label)
        screen.write(strings(.shellHomeColumns), at: Position(row: 5, column: 3), role: .muted)
        let listTop = Self.listTop
        let visible = max(1, size.height - listTop - 2 - (moreMatches ? 1 : 0))
        let first = max(0, selection - visible + 1)
        var row = listTop
        for index in first...rows.count where row < listTop + visible {
            let selected = index == selection
            let text = index == 0 ? strings(.shellHomeNewIntake) : line(for: rows[index - 1], urgency: urgency(at: index - 1))
            let role: Role = selected ? .focus : (index == 0 ? .text : ScreenStrings.role(of: urgency(at: index - 1)))
            if selected { screen.fill(Rect(row: row, column: 1, width: width - 2, height: 1), role: .focus) }
            screen.write(selected ? "> " : "  ", at: Position(row: row, column: 1), role: role)
            screen.write(text, at: Position(row: row, column: 3), role: role,
                         clip: Rect(row: row, column: 3, width: max(0, width - 4), height: 1))
            row += 1
        }
        if moreMatches, row < size.height - 2 {
            _ = screen.writeWords(strings(.shellHomeSearchMore, ["count": String(rows.count)]), at: Position(row: row, column: 3),
                                  role: .muted, clip: Rect(row: row, column: 3, width: max(0, width - 4), height: 1))
        }
        if rows.isEmpty, row < size.height - 2 {
            let typing = searchDateConvention
            let forms = typing == .yearMonthDay ? typing.pattern(strings.language)
                : strings(.shellHomeDateForms, ["pattern": typing.pattern(strings.language),
                                                "iso": DateConvention.yearMonthDay.pattern(strings.language)])
            let empty = search.text.isEmpty ? strings(.shellHomeNoneToday) : strings(.shellHomeNoMatch, ["dateForms": forms])
            for (index, line) in TextWrap.lines(empty, width: max(10, width - 4)).enumerated() where row + 1 + index < size.height - 2 {
                screen.write(line, at: Position(row: row + 1 + index, column: 3), role: .muted)
            }
        }
        // The selected record's urgency in words above the keys ("Red-flag screen not done (3 of 15 ...)").
        if selection > 0, size.height > listTop + 3 {
            let urgency = rows[selection - 1].urgency
            screen.write(ReportText(language: strings.language).banner(urgency.tier, unasked: urgency.unaskedRedFlags), at: Position(row: size.height - 2, column: 1),
                         role: ScreenStrings.role(of: urgency.tier),
                         clip: Rect(row: size.height - 2, column: 1, width: max(0, width - 2), height: 1))
        }
        let bottom = message ?? strings(.shellHomeKeys)
        screen.write(bottom, at: Position(row: size.height - 1, column: 1), role: message == nil ? .muted : .warning)
        screen.cursor = Position(row: 2, column: 1 + promptWidth + cursorColumn)
        return screen
    }

    /// A record that could not be read is never shown as routine.
    func urgency(at index: Int) -> UrgencyTier { rows[index].urgency.tier }

    /// "EMERGENCY    draft         14:05   71  Maria Lopez".
    func line(for summary: RecordSummary, urgency: UrgencyTier) -> String {
        let tier = UrgencyOrder.label(urgency, strings: ScreenStrings(language: strings.language)).padding(toColumns: 12)
        let status = statusText(summary).padding(toColumns: 17)
        let time = clockTime(summary.updatedAt)
        let age = summary.birthDate.map { String(Self.age(born: $0, on: today)) } ?? "-"
        let name = summary.name ?? "-"
        return "\(tier) \(status) \(time)  \(age.padding(toColumns: 3, leading: true))  \(name)"
    }

    func statusText(_ summary: RecordSummary) -> String {
        if summary.status == .inProgress {
            if summary.session.hasEnded { return strings(.shellSessionEnded) }
            if summary.session.holder != nil { return strings(.shellSessionActive) }
        }
        switch summary.status {
        case .inProgress: return strings(.shellStatusInProgress)
        case .completed: return strings(.shellStatusCompleted)
        case .signed: return strings(.shellStatusSigned)
        case .amended: return strings(.shellStatusAmended)
        }
    }

    func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Whole years from `born` to `on`.
    static func age(born: CalendarDate, on day: CalendarDate) -> Int {
        var years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day) { years -= 1 }
        return max(0, years)
    }
}

extension String {
    /// Pads with spaces to a display width (never truncates); `leading` pads on the left.
    func padding(toColumns columns: Int, leading: Bool = false) -> String {
        let missing = max(0, columns - DisplayWidth.of(self))
        let pad = String(repeating: " ", count: missing)
        return leading ? pad + self : self + pad
    }
}
