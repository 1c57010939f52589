import ArgumentParser
import Assessment
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore

struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: said(.cliHelpListAbstract),
            discussion: said(.cliHelpListDiscussion))
    }

    @OptionGroup var store: StoreOptions

    @Flag(help: staffHelp(.cliHelpListJson))
    var json = false

    @Option(help: staffHelp(.cliHelpListStatus, valueName: "status"))
    var status: RecordStatus?

    @Option(help: staffHelp(.cliHelpListDate, valueName: "date"))
    var date: String?

    @Option(help: staffHelp(.cliHelpListSearch, valueName: "text"))
    var search: String?

    func validate() throws {
        _ = try visitDate()
    }

    func visitDate() throws -> CalendarDate? {
        guard let date else { return nil }
        if date.lowercased() == "today" {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        }
        guard let parsed = CalendarDate(iso: date) else {
            throw ValidationError(StoreCommandText.badDate.text())
        }
        return parsed
    }

    func run() throws {
        try StoreCommandOutput.run {
            let summaries = try store.openExistingStore().list(RecordQuery(status: status, visitDate: visitDate(), search: search))
            let rows = UrgencyOrder.rows(summaries)
            if json {
                try rows.forEach { print(try ListLine(row: $0).jsonLine()) }
            } else {
                printTable(rows)
            }
        }
    }

    func printTable(_ rows: [UrgencyOrder.Row]) {
        guard !rows.isEmpty else {
            print(StoreCommandText.noIntakes.text())
            return
        }
        let c = StoreCommandOutput.column
        let t: (StoreCommandText) -> String = { $0.text() }
        let colours = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(c(t(.listHeaderUrgency), 13) + c(t(.listHeaderID), 10) + c(t(.listHeaderName), 28) + c(t(.listHeaderBorn), 11)
              + c(t(.listHeaderVisit), 11) + c(t(.listHeaderStatus), 12) + c(t(.listHeaderUpdated), 20)
              + t(.listHeaderSession))
        for row in rows {
            let summary = row.summary
            let line = ListLine(row: row)
            print(Self.urgencyCell(row.urgency, colours: colours) + c(summary.id, 10) + c(summary.name ?? "-", 28) + c(line.birthDate ?? "-", 11)
                  + c(line.visitDate ?? "-", 11) + c(summary.status.inStaffWords, 12)
                  + c(StoreCommandOutput.timestamp.string(from: summary.updatedAt), 20) + line.sessionLabel)
        }
    }
}

extension ListCommand {
    /// The urgency, 13 columns wide; on a terminal an emergency in the alert colour (bold red) and
    /// urgent or not screened in the warning colour (yellow), as on the home screen.
    static func urgencyCell(_ urgency: UrgencyTier, colours: Bool) -> String {
        let text = StoreCommandOutput.column(UrgencyOrder.label(urgency, strings: ScreenStrings(language: StaffText.language)), 13)
        guard colours else { return text }
        switch urgency {
        case .emergency: return "\u{1B}[1;31m" + text + "\u{1B}[0m"
        case .urgent, .notScreened: return "\u{1B}[33m" + text + "\u{1B}[0m"
        case .routine: return text
        }
    }
}

/// One line of `intake list --json`.
struct ListLine: Encodable {
    var id: String
    var urgency: String
    var name: String?
    var birthDate: String?
    var visitDate: String?
    var status: String
    var updated: String
    var version: Int
    var session: String
    private var holder: String?

    init(row: UrgencyOrder.Row) {
        let summary = row.summary
        id = summary.id
        urgency = row.urgency.rawValue
        name = summary.name
        birthDate = summary.birthDate?.description
        visitDate = summary.visitDate?.description
        status = summary.status.rawValue
        updated = StoreCommandOutput.isoTimestamp(summary.updatedAt)
        version = summary.version
        switch summary.session {
        case .none: session = "none"
        case .active(let desk, _): session = "active"; holder = desk.label(in: StaffText.language)
        case .ended(let desk, _): session = "ended"; holder = desk.label(in: StaffText.language)
        }
    }

    enum CodingKeys: String, CodingKey { case id, urgency, name, birthDate, visitDate, status, updated, version, session }

    /// Every key on every line; a missing answer is `null`.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(urgency, forKey: .urgency)
        try container.encode(name, forKey: .name)
        try container.encode(birthDate, forKey: .birthDate)
        try container.encode(visitDate, forKey: .visitDate)
        try container.encode(status, forKey: .status)
        try container.encode(updated, forKey: .updated)
        try container.encode(version, forKey: .version)
        try container.encode(session, forKey: .session)
    }

    var sessionLabel: String {
        switch session {
        case "active": return StoreCommandText.sessionOpen.text(["desk": StoreCommandOutput.printable(holder ?? "")])
        case "ended": return StoreCommandText.sessionEnded.text(["desk": StoreCommandOutput.printable(holder ?? "")])
        default: return "-"
        }
    }

    func jsonLine() throws -> String {
        String(decoding: try JSONOutput.encode(self), as: UTF8.self)
    }
}
