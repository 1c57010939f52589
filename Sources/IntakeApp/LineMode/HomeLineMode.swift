import Catalog
import Foundation
import IntakeModel
import IntakeStore
import Questionnaire
import TerminalUI
import PlainText

/// The home list line by line (`intake home --accessible`, `TERM=dumb`): today's intakes as
/// numbered lines (urgency, status, time, age, name, emergencies first, as on the home screen),
/// then one command a line: `new`, `open N`, `search TEXT`, `list`, `quit`. It only says what was
/// chosen; the caller runs the line-by-line intake of that record and comes back for the next.
public struct HomeLineMode {
    /// What the person chose.
    public enum Choice: Hashable, Sendable {
        case new
        /// A stored intake, with the step to open it on (a draft on Patient, others on the summary).
        case open(id: String, step: StepID)
        /// `quit`, or the end of input.
        case quit
    }

    let store: any IntakeRecordStore
    let home: HomeScreen
    var input: any LineReader
    let output: any LineWriter
    /// The rows listed last, as numbered.
    public private(set) var rows: [RecordSummary] = []

    public init(store: any IntakeRecordStore, today: CalendarDate, timeZone: TimeZone,
                dateConvention: DateConvention = .yearMonthDay, strings: Catalog = Catalog(),
                input: some LineReader, output: some LineWriter) {
        self.store = store
        self.home = HomeScreen(today: today, timeZone: timeZone, strings: strings, dateConvention: dateConvention)
        self.input = input
        self.output = output
    }

    var strings: Catalog { home.strings }

    /// Lists today's intakes, then reads commands until one chooses a record, a new intake or the end.
    public mutating func next() -> Choice {
        list(search: "")
        while true {
            say(strings(.shellHomeLineCommands))
            guard let raw = input.readLine(for: .home) else { return .quit }
            let line = Sanitizer.clean(raw, keepNewlines: false).trimmingCharacters(in: .whitespaces)
            let typed = line.prefix { $0 != " " }
            let rest = line.dropFirst(typed.count).trimmingCharacters(in: .whitespaces)
            switch command(String(typed)) {
            case nil where typed.isEmpty: continue
            case .new: return .new
            case .quit: return .quit
            case .list: list(search: "")
            case .search: list(search: rest)
            case .open:
                if let choice = open(rest) { return choice }
            case nil:
                if let choice = open(line) { return choice }  // a number alone opens that row
            }
        }
    }

    enum Command { case new, open, search, list, quit }

    /// The command a word names: the English words and their first letters, and the words the
    /// prompt offers in the desk's language ("buscar", "lista", "salir"), any case and accents.
    func command(_ word: String) -> Command? {
        let folded = IntakeSession.fold(word)
        let words: [(Command, [String], TextKey)] = [
            (.new, ["new", "n"], .shellHomeLineWordNew), (.open, ["open", "o"], .shellHomeLineWordOpen),
            (.search, ["search", "s", "find"], .shellHomeLineWordSearch), (.list, ["list", "l"], .shellHomeLineWordList),
            (.quit, ["quit", "q", "exit"], .shellHomeLineWordQuit),
        ]
        return words.first { _, english, key in
            (english + [strings(key)]).contains { IntakeSession.fold($0) == folded }
        }?.0
    }

    /// `open N`: the Nth row listed; else says why not.
    private func open(_ text: String) -> Choice? {
        guard let number = Int(text) else {
            say(strings(.shellHomeLineUnknown, ["typed": text]))
            return nil
        }
        guard rows.indices.contains(number - 1) else {
            say(strings(.shellHomeLineNoSuch, ["number": String(number), "count": String(rows.count)]))
            return nil
        }
        let row = rows[number - 1]
        return .open(id: row.id, step: row.status == .inProgress ? .patient : .summary)
    }

    /// Today's intakes, or those matching `search` (any day), numbered from 1.
    private mutating func list(search: String) {
        var screen = home
        screen.setSearch(search)
        do { screen.setRows(try store.list(screen.query(search: screen.searchText))) } catch {
            say(strings(.shellOpenFailed, ["reason": ShellStoreFailure(error).text(in: strings.language)]))
            return
        }
        rows = screen.rows
        say("")
        say(search.isEmpty ? strings(.shellHomeToday, ["date": home.today.description]) : strings(.shellHomeSearchResults, ["query": search]))
        if rows.isEmpty {
            let typing = home.searchDateConvention
            let forms = typing == .yearMonthDay ? typing.pattern(strings.language)
                : strings(.shellHomeDateForms, ["pattern": typing.pattern(strings.language),
                                                "iso": DateConvention.yearMonthDay.pattern(strings.language)])
            say(search.isEmpty ? strings(.shellHomeNoneToday) : strings(.shellHomeNoMatch, ["dateForms": forms]))
            return
        }
        say("     " + strings(.shellHomeColumns))
        for (index, row) in rows.enumerated() {
            say(String(index + 1).padding(toColumns: 3, leading: true) + "  " + screen.line(for: row, urgency: screen.urgency(at: index)))
        }
        if screen.moreMatches { say(strings(.shellHomeSearchMore, ["count": String(rows.count)])) }
    }

    /// One line, cleaned of control characters (names come from records).
    private func say(_ text: String) {
        output.write(line: Sanitizer.clean(text, keepNewlines: false))
    }
}
