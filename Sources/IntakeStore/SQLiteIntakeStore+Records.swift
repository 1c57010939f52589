import Foundation
import GRDB
import IntakeModel

extension SQLiteIntakeStore {
    public func createDraft(_ record: IntakeRecord, actor: AuditActor, action: AuditAction) throws -> StoredRecord {
        let columns = try RecordColumns(record)
        let at = now()
        return try write { db in
            var id = RecordIdentifier.make()
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM intake WHERE id = ?", arguments: [id]) == true {
                id = RecordIdentifier.make()
            }
            try db.execute(sql: """
                INSERT INTO intake (id, version, status, json, name, nameFolded, birthDate, visitDate, urgency,
                                    urgencyRank, unaskedRedFlags, createdAt, updatedAt, updatedBy)
                VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, RecordStatus.inProgress.rawValue, columns.json, columns.name, columns.nameFolded,
                                 columns.birthDate, columns.visitDate, columns.urgency.tier.rawValue, columns.urgency.rank,
                                 columns.urgency.unaskedRedFlags, at.timeIntervalSince1970,
                                 at.timeIntervalSince1970, actor.label])
            try insertAudit(db, recordID: id, at: at, actor: actor, action: action, version: 1)
            return StoredRecord(id: id, version: 1, status: .inProgress, record: record, createdAt: at, updatedAt: at)
        }
    }

    public func load(_ recordID: String) throws -> StoredRecord {
        try read { db in try storedRecord(from: fetchRow(db, recordID)) }
    }

    public func currentVersion(_ recordID: String) throws -> Int {
        try read { db in
            guard let version = try Int.fetchOne(db.cachedStatement(sql: "SELECT version FROM intake WHERE id = ?"),
                                                 arguments: [recordID]) else {
                throw StoreError.recordNotFound(id: recordID)
            }
            return version
        }
    }

    public func saveAnswer(_ change: FieldChange, record: IntakeRecord, recordID: String, expectedVersion: Int,
                           onConflict: ConflictPolicy, actor: AuditActor, session: DeskSession?) throws -> SaveOutcome {
        let columns = try RecordColumns(record)  // encoded before the transaction: the lock is held briefly
        let at = now()
        return try write { db in
            let row = try fetchRow(db, recordID)
            let status = RecordStatus(rawValue: row["status"] ?? "") ?? .inProgress
            guard status.isEditable else { throw StoreError.recordIsSigned(id: recordID) }
            // The fence: a desk whose draft was taken over writes nothing (same transaction).
            if let session, let holder = self.session(from: row, now: at).holder, holder.token != session.token {
                throw StoreError.takenOver(id: recordID, holder: holder)
            }
            let current: Int = row["version"]
            var action = AuditAction.answer
            if current != expectedVersion {
                guard onConflict == .overwrite else {
                    return .conflict(SaveConflict(recordID: recordID, expectedVersion: expectedVersion,
                                                  current: try storedRecord(from: row), lastChangedBy: row["updatedBy"]))
                }
                action = .overwrite
            } else if onConflict == .overwriteField {
                action = .overwrite
            }
            let version = current + 1
            try db.cachedStatement(sql: """
                UPDATE intake SET version = ?, json = ?, name = ?, nameFolded = ?, birthDate = ?, visitDate = ?,
                    urgency = ?, urgencyRank = ?, unaskedRedFlags = ?, updatedAt = ?, updatedBy = ?,
                    sessionHeartbeat = CASE WHEN sessionToken = ? THEN ? ELSE sessionHeartbeat END
                WHERE id = ?
                """).execute(arguments: [version, columns.json, columns.name, columns.nameFolded, columns.birthDate,
                                         columns.visitDate, columns.urgency.tier.rawValue, columns.urgency.rank,
                                         columns.urgency.unaskedRedFlags, at.timeIntervalSince1970, actor.label, session?.token,
                                         at.timeIntervalSince1970, recordID])
            try insertAudit(db, recordID: recordID, at: at, actor: actor, action: action, field: change.field,
                            oldValue: change.oldValue, newValue: change.newValue, version: version)
            return .saved(version: version)
        }
    }

    /// A row from its summary columns alone: the record JSON is never read or decoded here.
    public func list(_ query: RecordQuery) throws -> [RecordSummary] {
        let at = now()
        return try read { db in
            let (sql, arguments) = try listStatement(db, query)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                RecordSummary(
                    id: row["id"], name: row["name"], birthDate: (row["birthDate"] as String?).flatMap(CalendarDate.init(iso:)),
                    visitDate: (row["visitDate"] as String?).flatMap(CalendarDate.init(iso:)),
                    status: RecordStatus(rawValue: row["status"] ?? "") ?? .inProgress,
                    updatedAt: Date(timeIntervalSince1970: row["updatedAt"]), version: row["version"],
                    session: session(from: row, now: at),
                    urgency: ListedUrgency(stored: row["urgency"], unaskedRedFlags: row["unaskedRedFlags"]))
            }
        }
    }

    /// The SELECT of `list`, most urgent first, then newest (`NameSearchIndex.listOrder`), so that
    /// a limit never cuts an older emergency for a newer routine intake. A name search follows
    /// `NameSearchIndex.plan`: the first intakes in that order, the trigram index, or every name;
    /// each gives the records whose folded name holds the folded text, or whose ID it is.
    func listStatement(_ db: Database, _ query: RecordQuery,
                       window: Int = NameSearchIndex.recentWindow) throws -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status = query.status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let visitDate = query.visitDate {
            conditions.append("visitDate = ?")
            arguments += [visitDate.description]
        }
        var index = ""
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            if let birthDate = CalendarDate(typed: search, convention: query.dateConvention) {
                conditions.append("birthDate = ?")
                arguments += [birthDate.description]
            } else {
                let folded = NameFolding.fold(search)
                switch try NameSearchIndex.plan(db, folded: folded, typed: search, limit: query.limit,
                                                filtered: !conditions.isEmpty, window: window) {
                case .recent(let ids):
                    conditions.append("id IN (" + ids.map { _ in "?" }.joined(separator: ", ") + ")")
                    arguments += StatementArguments(ids)
                case .trigrams:
                    conditions.append("id IN (\(NameSearchIndex.trigramMatches))")
                    arguments += [try NameSearchIndex.pattern(folded), folded, search.uppercased()]
                case .scan:
                    index = " INDEXED BY intakeListOrder"
                    conditions.append("(instr(nameFolded, ?) > 0 OR id = ?)")
                    arguments += [folded, search.uppercased()]
                }
            }
        }
        var sql = """
            SELECT id, name, birthDate, visitDate, status, updatedAt, version, sessionToken, sessionPid, sessionHost,
                   sessionUser, sessionHeartbeat, sessionTerminal, sessionSshClient, sessionSshPort, urgency,
                   unaskedRedFlags FROM intake
            """ + index
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY " + NameSearchIndex.listOrder
        if let limit = query.limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        return (sql, arguments)
    }
}
