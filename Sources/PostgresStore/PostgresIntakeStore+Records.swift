import Foundation
import IntakeModel
import IntakeStore
import PostgresNIO

extension PostgresIntakeStore {
    public func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        let columns = try RecordColumns(record)
        let at = now()
        let seconds = at.timeIntervalSince1970
        return try link.transaction { transaction in
            var id = RecordIdentifier.make()
            while try transaction.execute("""
                INSERT INTO intake (id, version, status, json, name, name_folded, birth_date, visit_date, urgency,
                                    urgency_rank, unasked_red_flags, created_at, updated_at, updated_by)
                VALUES (\(id), 1, \(RecordStatus.inProgress.rawValue), \(columns.json), \(columns.name), \(columns.nameFolded),
                        \(columns.birthDate), \(columns.visitDate), \(columns.urgency.tier.rawValue), \(columns.urgency.rank),
                        \(columns.urgency.unaskedRedFlags), \(seconds), \(seconds), \(actor.label))
                ON CONFLICT (id) DO NOTHING
                """) == 0 {
                id = RecordIdentifier.make()
            }
            try insertAudit(transaction, recordID: id, at: at, actor: actor, action: action, version: 1)
            return StoredRecord(id: id, version: 1, status: .inProgress, record: record, createdAt: at, updatedAt: at)
        }
    }

    public func load(_ recordID: String) throws -> StoredRecord {
        let rows = try link.rows(PostgresQuery(unsafeSQL: "SELECT \(Self.intakeColumns) FROM intake WHERE id = $1",
                                               binds: Self.binds(recordID)))
        guard let row = rows.first else { throw StoreError.recordNotFound(id: recordID) }
        return try storedRecord(from: row)
    }

    public func currentVersion(_ recordID: String) throws -> Int {
        guard let row = try link.rows("SELECT version FROM intake WHERE id = \(recordID)").first else {
            throw StoreError.recordNotFound(id: recordID)
        }
        return try row.required("version")
    }

    public func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                           onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        let columns = try RecordColumns(record)
        let at = now()
        let seconds = at.timeIntervalSince1970
        return try link.transaction { transaction in
            let row = try fetchRow(transaction, recordID, lock: true)
            let status = RecordStatus(rawValue: try row.text("status") ?? "") ?? .inProgress
            guard status.isEditable else { throw StoreError.recordIsSigned(id: recordID) }
            // The fence: a desk whose draft was taken over writes nothing (same transaction).
            if let session, let holder = try self.session(from: row, now: at).holder, holder.token != session.token {
                throw StoreError.takenOver(id: recordID, holder: holder)
            }
            let current: Int = try row.required("version")
            var action = AuditAction.answer
            if current != expectedVersion {
                guard onConflict == .overwrite else {
                    return .conflict(SaveConflict(recordID: recordID, expectedVersion: expectedVersion,
                                                  current: try storedRecord(from: row), lastChangedBy: try row.text("updated_by")))
                }
                action = .overwrite
            } else if onConflict == .overwriteField {
                action = .overwrite
            }
            let version = current + 1
            try transaction.execute("""
                UPDATE intake SET version = \(version), json = \(columns.json), name = \(columns.name),
                    name_folded = \(columns.nameFolded), birth_date = \(columns.birthDate), visit_date = \(columns.visitDate),
                    urgency = \(columns.urgency.tier.rawValue), urgency_rank = \(columns.urgency.rank),
                    unasked_red_flags = \(columns.urgency.unaskedRedFlags),
                    updated_at = \(seconds), updated_by = \(actor.label),
                    session_heartbeat = CASE WHEN session_token = \(session?.token) THEN \(seconds) ELSE session_heartbeat END
                WHERE id = \(recordID)
                """)
            try insertAudit(transaction, recordID: recordID, at: at, actor: actor, action: action, field: change.field,
                            oldValue: change.oldValue, newValue: change.newValue, version: version)
            return .saved(version: version)
        }
    }

    /// The same filters and order as SQLite's: most urgent first, then newest (`listOrder`), so
    /// that a limit never cuts an older emergency for a newer routine intake. A name is found with
    /// `LIKE '%folded%'`, which the `pg_trgm` index answers without reading every row. The home
    /// screen's search (a limit, no other filter) first looks among the first intakes in list
    /// order (`intake_list_order`): when they hold a page of matches, those are the first of all,
    /// whatever the trigram index would add, and one or two letters (which a trigram index cannot
    /// answer) rarely read further. Otherwise three letters or more ask the trigram index for
    /// every match first and put only those in order (left to itself the planner walks the ordered
    /// index through most of the table when the matches are far down: 0.6 s for "smith 1" among a
    /// million).
    public func list(_ query: RecordQuery) throws -> [RecordSummary] {
        try list(query, window: Self.recentWindow)
    }

    /// `list` reading the first `window` intakes in list order first (tests make it small to take each path).
    func list(_ query: RecordQuery, window: Int) throws -> [RecordSummary] {
        var conditions: [String] = []
        var binds = PostgresBindings()
        func bind(_ value: String) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let status = query.status { conditions.append("status = " + bind(status.rawValue)) }
        if let visitDate = query.visitDate { conditions.append("visit_date = " + bind(visitDate.description)) }
        var nameSearch: String?
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            if let birthDate = CalendarDate(typed: search, convention: query.dateConvention) {
                conditions.append("birth_date = " + bind(birthDate.description))
            } else {
                let folded = NameFolding.fold(search)
                if conditions.isEmpty { nameSearch = folded }
                let pattern = "%" + Self.escapeLike(folded) + "%"
                conditions.append("(name_folded LIKE \(bind(pattern)) OR id = \(bind(search.uppercased())))")
            }
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let order = " ORDER BY \(Self.listOrder)" + (query.limit.map { " LIMIT \(max(0, $0))" } ?? "")
        if let folded = nameSearch, let limit = query.limit {
            let first = "(SELECT id, name_folded, urgency_rank, updated_at FROM intake ORDER BY \(Self.listOrder) LIMIT \(window)) AS intake"
            let found = try summaries("""
                SELECT \(Self.listed) FROM intake WHERE id IN (SELECT id FROM \(first)\(filter)\(order)) ORDER BY \(Self.listOrder)
                """, binds)
            if found.count == limit { return found }
            if folded.count >= 3 {
                return try summaries(Self.trigramPage(filter: filter, order: order), binds)
            }
        }
        return try summaries("SELECT \(Self.listed) FROM intake\(filter)\(order)", binds)
    }

    /// The order of every list: most urgent first (emergency, urgent, not screened, routine, as
    /// `UrgencyTier` ranks them), then the most recently updated.
    static let listOrder = "urgency_rank DESC, updated_at DESC, id"

    /// Every match first (the CTE is materialized, so the trigram index answers it), then only the
    /// page's IDs in order and their rows by primary key.
    static func trigramPage(filter: String, order: String) -> String {
        """
        WITH found AS MATERIALIZED (SELECT id, urgency_rank, updated_at FROM intake\(filter))
        SELECT \(listed) FROM intake WHERE id IN (SELECT id FROM found\(order))
        ORDER BY \(listOrder)
        """
    }

    /// The first intakes in list order a home-screen search reads (through `intake_list_order`)
    /// before it asks the trigram index: more than the emergencies and urgent intakes of a large
    /// clinic, so a common name that none of them has is still found among them.
    static let recentWindow = 20_000

    /// The columns a list row shows (never the record's JSON).
    static let listed = """
        id, name, birth_date, visit_date, status, updated_at, version, session_token, session_pid, session_host,
        session_os_user, session_heartbeat, session_terminal, session_ssh_client, session_ssh_port, urgency, unasked_red_flags
        """

    func summaries(_ sql: String, _ binds: PostgresBindings) throws -> [RecordSummary] {
        let at = now()
        return try link.rows(PostgresQuery(unsafeSQL: sql, binds: binds)).map { row in
            let id: String = try row.required("id")
            return RecordSummary(
                id: id, name: try row.text("name"), birthDate: try row.text("birth_date").flatMap(CalendarDate.init(iso:)),
                visitDate: try row.text("visit_date").flatMap(CalendarDate.init(iso:)),
                status: RecordStatus(rawValue: try row.text("status") ?? "") ?? .inProgress,
                updatedAt: Date(timeIntervalSince1970: try row.required("updated_at")), version: try row.required("version"),
                session: try session(from: row, now: at),
                urgency: ListedUrgency(stored: try row.text("urgency"), unaskedRedFlags: try row.int("unasked_red_flags")))
        }
    }

    /// `%`, `_` and `\` typed in a search are letters, not wildcards.
    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func binds(_ values: String...) -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }
}
