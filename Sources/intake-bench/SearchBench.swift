import ArgumentParser
import Foundation
import GRDB
import IntakeModel
import IntakeStore

/// `intake-bench search`: the home screen's type-ahead and `intake list --search` among many
/// intakes on SQLite (issue 16, item 5). The database is written directly, in one transaction
/// with one prepared statement, so a million intakes take a minute rather than hours of autosaves;
/// the store's own triggers fill its search index as they do for every draft.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Home-screen search per keystroke and list --search among many intakes.")

    @Option(help: "Intakes in the database (one run per count).") var intakes: [Int] = [200_000, 1_000_000]
    @Option(help: "Folder for the databases (default: a new temporary folder, removed at the end).") var folder: String?
    @Flag(help: "Also time the query of the store before its search index (every name read, newest first).")
    var withoutIndex = false
    @Flag(help: "Print each keystroke's search, matches and milliseconds.") var verbose = false
    @Flag(help: "Use the databases already in --folder.") var reuse = false

    /// Names typed at the home screen, letter by letter (the last one matches one intake).
    static let typed = ["Kowalski 12345", "müller", "Zoe Ang", "Smith 123456"]

    func run() throws {
        let base = folder ?? NSTemporaryDirectory() + "intake-bench-search-" + UUID().uuidString
        defer { if folder == nil { try? FileManager.default.removeItem(atPath: base) } }
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        print("| intakes | measurement | runs | median ms | p95 ms | max ms |")
        print("|---|---|---|---|---|---|")
        for count in intakes {
            let path = base + "/search-\(count).sqlite"
            let seconds = reuse && FileManager.default.fileExists(atPath: path) ? 0 : try Self.fill(path: path, count: count)
            print("| \(count) | (database written in \(String(format: "%.1f", seconds)) s) | | | | |")
            let store = try SQLiteIntakeStore(path: path)
            let page = HomeKeystrokes.pages[0]
            try measure(count, "home search, one keystroke (limit \(page), the 80x24 page)") { text in
                try store.list(RecordQuery(search: text, limit: page)).count
            }
            try measureList(count, "`intake list --search \"Smith 123456\"` (1 match)") {
                try store.list(RecordQuery(search: "Smith 123456")).count
            }
            if withoutIndex {
                let queue = try DatabaseQueue(path: path)
                try measure(count, "before the index: one keystroke (limit 500)") { text in
                    try queue.read { try Self.scan($0, text, limit: 500) }
                }
                try measureList(count, "before the index: list --search \"Smith 123456\"") {
                    try queue.read { try Self.scan($0, "Smith 123456", limit: nil) }
                }
            }
            print("")
            HomeKeystrokes.header()
            for page in HomeKeystrokes.pages { try HomeKeystrokes.measure(store, backend: "SQLite", records: count, page: page) }
            print("")
            try store.close()
        }
    }

    /// Every prefix of every typed name, as the home screen searches while a name is typed.
    func measure(_ count: Int, _ label: String, _ search: (String) throws -> Int) throws {
        var latencies: [Double] = []
        for name in Self.typed {
            for length in 1...name.count {
                let text = String(name.prefix(length))
                let start = DispatchTime.now().uptimeNanoseconds
                let found = try search(text)
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                if verbose { print("  \"\(text)\": \(found) found, \(String(format: "%.1f", latencies.last!)) ms") }
            }
        }
        row(count, label + ", \(Self.typed.count) names typed letter by letter", latencies)
    }

    func measureList(_ count: Int, _ label: String, _ search: () throws -> Int) throws {
        var latencies: [Double] = []
        for _ in 0..<10 {
            let start = DispatchTime.now().uptimeNanoseconds
            let found = try search()
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            if found != 1 { throw ValidationError("expected one intake named Smith 123456, found \(found)") }
        }
        row(count, label, latencies)
    }

    func row(_ count: Int, _ label: String, _ values: [Double]) {
        let sorted = values.sorted()
        print("| \(count) | \(label) | \(sorted.count) | "
              + [0.5, 0.95, 1.0].map { String(format: "%.2f", Percentile.of(sorted, $0)) }.joined(separator: " | ") + " |")
    }

    /// The query `list` ran before the search index (v4): every folded name read, newest first,
    /// and the matching rows decoded, as the store does.
    static func scan(_ db: Database, _ text: String, limit: Int?) throws -> Int {
        var sql = """
            SELECT id, name, birthDate, visitDate, status, updatedAt, version, json FROM intake NOT INDEXED
            WHERE (instr(nameFolded, ?) > 0 OR id = ?) ORDER BY updatedAt DESC, id
            """
        var arguments: StatementArguments = [NameFolding.fold(text), text.uppercased()]
        if let limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            try JSONDecoder().decode(IntakeRecord.self, from: Data((row["json"] as String).utf8))
        }.count
    }

    /// Writes `count` intakes (the full benchmark record under varied names) in one transaction,
    /// listed with the urgencies of `HomeKeystrokes.urgency` (the list reads only those columns).
    static func fill(path: String, count: Int) throws -> Double {
        let start = Date()
        try? FileManager.default.removeItem(atPath: path)
        try SQLiteIntakeStore(path: path).close()  // the schema, through the store's migrations
        let given = ["María", "José", "Øystein", "Zoë", "Ana", "Li", "Ivan", "Grace"]
        let family = ["Fernández", "Ångström", "Okafor", "Müller", "Nguyễn", "Smith", "Dahl", "Petrov", "Kowalski"]
        var template = StoreBenchRecord.full
        template.patient?.name = "\u{1}"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(template), as: UTF8.self)
        let unasked = ListedUrgency(template).unaskedRedFlags
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let insert = try db.makeStatement(sql: """
                INSERT INTO intake (id, version, status, json, name, nameFolded, birthDate, visitDate, createdAt, updatedAt,
                                    urgency, urgencyRank, unaskedRedFlags)
                VALUES (?, 1, 'in-progress', ?, ?, ?, ?, ?, ?, ?, ?, ?, \(unasked))
                """)
            for index in 0..<count {
                // the only intake whose name holds "Smith 123456" (numbers run below 1,234,560)
                let name = index == 123_456 ? "Grace Smith 123456"
                    : "\(given[index % given.count]) \(family[(index / 8) % family.count]) \(index)"
                let at = 1_764_658_800 + Double(index)
                let urgency = ListedUrgency(tier: HomeKeystrokes.urgency(index), unaskedRedFlags: unasked)
                try insert.execute(arguments: [
                    String(format: "B%07d", index), json.replacingOccurrences(of: "\\u0001", with: name), name,
                    NameFolding.fold(name), "1950-01-01", "2025-06-01", at, at, urgency.tier.rawValue, urgency.rank,
                ])
            }
        }
        try queue.close()
        return Date().timeIntervalSince(start)
    }
}
