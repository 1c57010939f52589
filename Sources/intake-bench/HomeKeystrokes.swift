import Assessment
import Foundation
import IntakeApp
import IntakeModel
import IntakeStore

/// What a person feels at the home screen, the same on SQLite and PostgreSQL: the home list's
/// query for each prefix of "smith 12" as it is typed (`list(search:, limit: 15)`, the 14 rows an
/// 80x24 screen shows and one more, as `IntakeShell` asks it; and 500, the page read before the
/// store listed most urgent first, for comparison), and the empty search (most urgent and newest
/// first, and today's visits as the home screen shows them), each run `runs` times after one
/// unmeasured run; a table row per query with its p50 and p95.
enum HomeKeystrokes {
    static let prefixes = ["s", "sm", "smi", "smit", "smith", "smith ", "smith 1", "smith 12"]
    /// The page the home screen asks for at 80x24, and the 500 it read before.
    static let pages = [HomeScreen.searchPage(height: 24) + 1, 500]

    /// The benchmark's intakes by number `n`, as a clinic's might be: 1 in 100 an emergency, 3
    /// urgent, 20 with the red-flag screen not done, the rest routine, spread over every age so
    /// that most emergencies are older than a page of newer matches.
    static func urgency(_ n: Int) -> UrgencyTier {
        switch n % 100 {
        case 0: return .emergency
        case 1...3: return .urgent
        case 4...23: return .notScreened
        default: return .routine
        }
    }

    /// `urgency(n)` in SQL, for a column `n`: the tier and its rank (`ListedUrgency.rank`).
    static func urgencySQL(_ n: String) -> (tier: String, rank: String) {
        let cases = [(0...0, UrgencyTier.emergency), (1...3, .urgent), (4...23, .notScreened)]
        func when(_ value: (UrgencyTier) -> String) -> String {
            "CASE " + cases.map { "WHEN \(n) % 100 BETWEEN \($0.0.lowerBound) AND \($0.0.upperBound) THEN \(value($0.1))" }
                .joined(separator: " ") + " ELSE \(value(.routine)) END"
        }
        return (when { "'\($0.rawValue)'" }, when { String(ListedUrgency(tier: $0, unaskedRedFlags: 0).rank) })
    }

    static func queries(today: CalendarDate, page: Int) -> [(label: String, query: RecordQuery)] {
        [("(empty search: most urgent, then newest)", RecordQuery(limit: page)),
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
