import Crypto
import Foundation
import IntakeModel

/// One answer waiting to reach the records server: everything `saveAnswer` was given.
public struct JournalEntry: Codable, Hashable, Sendable {
    /// Order of writing; entries are sent in this order.
    public var seq: Int
    public var recordID: String
    public var change: FieldChange
    public var record: IntakeRecord
    /// The version the desk saved from (the desk counts on from it as if the save were done).
    public var expectedVersion: Int
    public var policy: ConflictPolicy
    public var actor: AuditActor
    public var session: DeskSession?

    /// The entry as left by a program that has ended (it crashed, or quit while offline): its claim
    /// on the draft ended with it, and the next desk to open the record may have claimed it since,
    /// so it is sent without a session (the version check still stops it over another desk's change).
    var ofEndedProgram: JournalEntry {
        var entry = self
        entry.session = nil
        return entry
    }
}


/// The local file of answers not yet on the records server: JSON Lines, 0600, in a 0700 folder,
/// each line written to the kernel before the desk goes on (and synced to disk then, or soon after
/// by `JournalSyncer`). A line is an entry (`{"entry": ...}`) or the
/// mark that one reached the server (`{"sent": seq}`); when none is left waiting the file is
/// emptied. A line cut short by a crash is skipped when the file is read again.
///
/// One program at a time writes a journal: it holds an exclusive lock on the file, and a second
/// desk of the same user and server takes the next free name (`<store>-2.jsonl`, ...). A journal
/// no running program holds (its program crashed) is taken over by the next one that starts:
/// its answers are copied into that one's own journal, in their order, before it is emptied.
final class AnswerJournal: @unchecked Sendable {  // the owner serialises every call (JournaledIntakeStore's lock)
    let path: String
    private var descriptor: Int32
    private(set) var waiting: [JournalEntry] = []
    private var nextSeq = 1

    private struct Line: Codable {
        var entry: JournalEntry?
        var sent: Int?
    }

    /// Opens (or creates) the first journal at `basePath` (`x.jsonl`, else `x-2.jsonl`...) that no
    /// other running program holds, and reads what it still has waiting.
    init(basePath: String) throws {
        try DatabaseLocation.createDirectory((basePath as NSString).deletingLastPathComponent)
        let stem = basePath.hasSuffix(".jsonl") ? String(basePath.dropLast(6)) : basePath
        let names = (1...Self.names).map { $0 == 1 ? stem + ".jsonl" : stem + "-\($0).jsonl" }
        for candidate in names {
            let fd = open(candidate, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw StoreError.cannotCreateDirectory(path: candidate, reason: .system(String(cString: strerror(errno))))
            }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                fchmod(fd, 0o600)
                path = candidate
                descriptor = fd
                let found = Self.read(fd: fd)
                waiting = found.waiting.map(\.ofEndedProgram)
                nextSeq = found.lastSeq + 1
                if waiting.isEmpty { ftruncate(fd, 0) }
                try adoptLeftJournals(names.filter { $0 != candidate })
                return
            }
            close(fd)
        }
        throw StoreError.cannotCreateDirectory(path: basePath, reason: .text(.storeJournalNoFreeName))
    }

    /// Desks of one user on one server at the same time, at most.
    static let names = 16

    deinit { release() }

    /// The file's descriptor, for `fdatasync` outside the owner's lock (`JournalSyncer`, in the
    /// background: appends do not wait for it).
    var syncDescriptor: Int32 { descriptor }

    /// Gives the file up (its lock goes with it): what waits stays in it for the next start.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Copies the answers of journals no running program holds into this one, then empties them.
    private func adoptLeftJournals(_ others: [String]) throws {
        for other in others where FileManager.default.fileExists(atPath: other) {
            let fd = open(other, O_RDWR | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // a running desk's own
            for entry in Self.read(fd: fd).waiting {
                _ = try append(recordID: entry.recordID, change: entry.change, record: entry.record,
                               expectedVersion: entry.expectedVersion, policy: entry.policy, actor: entry.actor,
                               session: nil)  // its program has ended (see JournalEntry.ofEndedProgram)
            }
            ftruncate(fd, 0)
            fsync(fd)
        }
    }

    /// Where the journal of a records server lives: beside the SQLite default, in
    /// `$XDG_DATA_HOME/osteo-intake/journal/` (else `~/.local/share/...`), named by a hash of the
    /// server's location without its password, so no address or password shows in the name.
    static func defaultPath(storeLocation: String, environment: [String: String]) -> String {
        let dataFolder = (DatabaseLocation.resolve(explicit: nil, environment: environment.filter { $0.key != "INTAKE_DB" })
            as NSString).deletingLastPathComponent
        var location = storeLocation
        if var components = URLComponents(string: storeLocation), components.password != nil {
            components.password = nil
            location = components.string ?? storeLocation
        }
        let digest = SHA256.hash(data: Data(location.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
        return dataFolder + "/journal/" + digest + ".jsonl"
    }

    /// The entries of a journal file not yet marked sent, in order, and the last number given.
    private static func read(fd: Int32) -> (waiting: [JournalEntry], lastSeq: Int) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var offset: off_t = 0
        while true {
            let count = pread(fd, &buffer, buffer.count, offset)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
        var entries: [JournalEntry] = []
        var sent = Set<Int>()
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let parsed = try? decoder.decode(Line.self, from: Data(line)) else { continue }  // cut short
            if let entry = parsed.entry { entries.append(entry) }
            if let seq = parsed.sent { sent.insert(seq) }
        }
        return (entries.filter { !sent.contains($0.seq) }.sorted { $0.seq < $1.seq },
                (entries.map(\.seq) + Array(sent)).max() ?? 0)
    }

    /// Writes one answer, synced to disk unless `sync` is false (then `sync()` follows soon);
    /// returns it with its place in the order.
    func append(recordID: String, change: FieldChange, record: IntakeRecord, expectedVersion: Int,
                policy: ConflictPolicy, actor: AuditActor, session: DeskSession?, sync: Bool = true) throws -> JournalEntry {
        let entry = JournalEntry(seq: nextSeq, recordID: recordID, change: change, record: record,
                                 expectedVersion: expectedVersion, policy: policy, actor: actor, session: session)
        try write(Line(entry: entry), sync: sync)
        nextSeq += 1
        waiting.append(entry)
        return entry
    }

    /// Marks entries as on the server (or given back to the desk); the file is emptied when
    /// nothing is left waiting.
    func remove(_ seqs: Set<Int>) throws {
        guard !seqs.isEmpty else { return }
        waiting.removeAll { seqs.contains($0.seq) }
        if waiting.isEmpty {
            ftruncate(descriptor, 0)  // synced by the owner's syncer, outside the lock
            return
        }
        // not synced: a mark lost in a crash sends the answer again, and the server's copy is
        // recognised as this one (JournaledIntakeStore)
        for seq in seqs.sorted() { try write(Line(sent: seq), sync: false) }
    }

    private func write(_ line: Line, sync: Bool) throws {
        var data = try JSONEncoder().encode(line)
        data.append(UInt8(ascii: "\n"))
        let written = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, !sync || fdatasync(descriptor) == 0 else {
            throw StoreError.diskFull(path: path)
        }
    }
}
