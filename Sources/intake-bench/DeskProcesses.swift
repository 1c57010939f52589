import Foundation
import IntakeModel
import IntakeStore

/// Concurrent desk processes (`intake-bench store --writer`, see `StoreWriter`), each autosaving
/// its own record, and the check afterwards that every acknowledged save is in the store: shared by
/// `intake-bench store` (SQLite) and `intake-bench postgres`.
struct DeskProcesses {
    /// What the desks printed, per desk, and how long they all took.
    struct Outcome {
        /// Saves acknowledged per record.
        var acknowledged: [String: Int] = [:]
        var failed = 0
        /// Each desk's p50 and p99 of one autosave as it waited for it, in milliseconds.
        var medians: [Double] = []
        var p99s: [Double] = []
        /// With `--journal`: each desk's p50 and p99 of the server write behind an autosave.
        var serverMedians: [Double] = []
        var serverP99s: [Double] = []
        var wall: TimeInterval = 0

        var total: Int { acknowledged.values.reduce(0, +) }
        var savesPerSecond: Int { Int(Double(total) / wall) }
    }

    /// Starts one `intake-bench` process per element of `arguments` (this executable, `environment`
    /// or this process's own) and waits for them all.
    static func run(_ arguments: [[String]], environment: [String: String]? = nil) throws -> Outcome {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let start = Date()
        let children: [(Process, Pipe)] = try arguments.map { arguments in
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let environment { process.environment = environment }
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            return (process, pipe)
        }
        var outcome = Outcome()
        for (process, pipe) in children {
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationStatus != 0 { outcome.failed += 1 }
            let lines = output.split(separator: "\n")
            if let record = lines.first(where: { $0.hasPrefix("record ") })?.dropFirst(7) {
                outcome.acknowledged[String(record)] = lines.filter { $0.hasPrefix("saved ") }.count
            }
            if let done = lines.last(where: { $0.hasPrefix("done ") })?.split(separator: " "), done.count == 6 {
                outcome.medians.append(Double(done[3]) ?? .nan)
                outcome.p99s.append(Double(done[5]) ?? .nan)
            }
            if let server = lines.last(where: { $0.hasPrefix("server ") })?.split(separator: " "), server.count >= 6 {
                outcome.serverMedians.append(Double(server[3]) ?? .nan)
                outcome.serverP99s.append(Double(server[5]) ?? .nan)
            }
        }
        outcome.wall = Date().timeIntervalSince(start)
        return outcome
    }

    /// Acknowledged saves not found in `store` afterwards: each save K of a desk tagged T wrote
    /// `T-K` (its audit entry must be there), and a record's version counts every save.
    static func missing(_ outcome: Outcome, in store: any IntakeRecordStore) throws -> Int {
        var missing = 0
        for (recordID, count) in outcome.acknowledged {
            let saved = Set(try store.auditTrail(recordID).filter { $0.action == .answer }.compactMap(\.newValue))
            let stored = try store.load(recordID)
            let tag = stored.record.patient?.identifier?.split(separator: "-").first.map(String.init) ?? "?"
            missing += (0..<count).filter { !saved.contains("\(tag)-\($0)") }.count
            if stored.version != count + 1 { missing += 1 }
        }
        return missing
    }
}
