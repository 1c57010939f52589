import Foundation
import IntakeApp
import IntakeModel
import IntakeStore

/// What a person feels at the home screen, the same on SQLite and PostgreSQL: the home list's
/// query (`list(search:, limit: 500)`, as `IntakeShell` asks it; and the 16 rows an 80x24 screen
/// shows, for comparison: that page was tried and withdrawn, see `HomeScreen.searchLimit`) for each prefix of "smith 12" as
/// it is typed, and the empty search (newest first, and today's visits as the home screen shows
/// them), each run `runs` times after one unmeasured run; a table row per query with its p50 and p95.
enum HomeKeystrokes {
    static let prefixes = ["s", "sm", "smi", "smit", "smith", "smith ", "smith 1", "smith 12"]
    /// The page the home screen reads, and the rows an 80x24 screen shows.
    static let pages = [HomeScreen.searchLimit, 16]

    static func queries(today: CalendarDate, page: Int) -> [(label: String, query: RecordQuery)] {
        [("(empty search: newest first)", RecordQuery(limit: page)),
         ("(empty search: today's visits)", RecordQuery(visitDate: today, limit: page))]
            + prefixes.map { ("\"\($0)\"", RecordQuery(search: $0, limit: page)) }
    }

    /// Prints `| backend | records | query | matches shown | p50 ms | p95 ms |` rows and returns
    /// every timed run (for the p95 over all keystrokes).
    @discardableResult
    static func measure(_ store: any IntakeRecordStore, backend: String, records: Int, page: Int, runs: Int = 20) throws
        -> [Double] {
        var all: [Double] = []
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        let today = CalendarDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)
        for (label, query) in queries(today: today, page: page) {
            var found = try store.list(query).count
            var times: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                found = try store.list(query).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            times.sort()
            all += times
            print("| \(backend) | \(records) | \(label), limit \(page) | \(found) | \(format(Percentile.of(times, 0.5))) | "
                  + "\(format(Percentile.of(times, 0.95))) |")
        }
        all.sort()
        print("| \(backend) | \(records) | every query above, limit \(page) | | \(format(Percentile.of(all, 0.5))) | "
              + "\(format(Percentile.of(all, 0.95))) |")
        return all
    }

    static func header() {
        print("| backend | records | home-screen query | matches shown | p50 ms | p95 ms |")
        print("|---|---|---|---|---|---|")
    }

    static func format(_ milliseconds: Double) -> String { String(format: "%.2f", milliseconds) }
}
