import GRDB

/// The database schema, built by migrations from the first version on. Never edit a shipped
/// migration: add a new one. A database that lists a migration this program does not know was
/// written by a newer version and is refused (`StoreError.databaseFromNewerVersion`).
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records-audit-sessions") { db in
            try db.execute(sql: """
                CREATE TABLE intake (
                    id TEXT PRIMARY KEY NOT NULL,
                    version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    json TEXT NOT NULL,
                    nameFolded TEXT,
                    name TEXT,
                    birthDate TEXT,
                    visitDate TEXT,
                    createdAt DOUBLE NOT NULL,
                    updatedAt DOUBLE NOT NULL,
                    updatedBy TEXT,
                    signedBy TEXT,
                    signedAt DOUBLE,
                    sessionToken TEXT,
                    sessionPid INTEGER,
                    sessionHost TEXT,
                    sessionUser TEXT,
                    sessionHeartbeat DOUBLE
                );
                CREATE INDEX intakeVisitDate ON intake(visitDate);
                CREATE INDEX intakeBirthDate ON intake(birthDate);
                CREATE INDEX intakeStatus ON intake(status);
                CREATE INDEX intakeUpdatedAt ON intake(updatedAt);

                CREATE TABLE signedVersion (
                    recordId TEXT NOT NULL REFERENCES intake(id),
                    version INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    createdAt DOUBLE NOT NULL,
                    updatedAt DOUBLE NOT NULL,
                    signedBy TEXT NOT NULL,
                    signedAt DOUBLE NOT NULL,
                    PRIMARY KEY (recordId, version)
                );
                CREATE TRIGGER signedVersionNoUpdate BEFORE UPDATE ON signedVersion
                BEGIN SELECT RAISE(ABORT, 'signed versions are kept unchanged'); END;
                CREATE TRIGGER signedVersionNoDelete BEFORE DELETE ON signedVersion
                BEGIN SELECT RAISE(ABORT, 'signed versions are kept unchanged'); END;

                CREATE TABLE audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    recordId TEXT NOT NULL,
                    at DOUBLE NOT NULL,
                    osUser TEXT NOT NULL,
                    host TEXT NOT NULL,
                    sshClient TEXT,
                    action TEXT NOT NULL,
                    field TEXT,
                    oldValue TEXT,
                    newValue TEXT,
                    version INTEGER
                );
                CREATE INDEX auditRecord ON audit(recordId, seq);
                CREATE TRIGGER auditNoUpdate BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                CREATE TRIGGER auditNoDelete BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-desk-terminal-ssh-port") { db in
            // Two desks of one OS account on one host: their terminals and SSH ports differ.
            try db.execute(sql: """
                ALTER TABLE audit ADD COLUMN terminal TEXT;
                ALTER TABLE audit ADD COLUMN sshPort INTEGER;
                ALTER TABLE intake ADD COLUMN sessionTerminal TEXT;
                ALTER TABLE intake ADD COLUMN sessionSshClient TEXT;
                ALTER TABLE intake ADD COLUMN sessionSshPort INTEGER;
                """)
        }
        migrator.registerMigration("v3-chained-audit-guarded-records") { db in
            try chainAuditTrail(db)
        }
        migrator.registerMigration("v4-name-search-index") { db in
            try NameSearchIndex.create(db)
        }
        migrator.registerMigration("v5-listed-urgency") { db in
            try addListedUrgency(db)
        }
        migrator.registerMigration("v6-refold-apostrophes-hyphens") { db in
            try refoldNames(db)
        }
        migrator.registerMigration("v7-list-most-urgent-first") { db in
            try NameSearchIndex.orderMostUrgentFirst(db)
        }
        return migrator
    }

    /// Folds every stored name again with today's `NameFolding` (since v6 apostrophes are left out
    /// and hyphens read as spaces), so names saved before are found as staff type them; the
    /// search index follows through its rename trigger. Only names whose fold changed are written.
    static func refoldNames(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE intake SET nameFolded = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, nameFolded FROM intake WHERE name IS NOT NULL")
        var refolded: [(id: String, folded: String)] = []
        while let row = try rows.next() {
            let folded = NameFolding.fold(row["name"] as String)
            if folded != row["nameFolded"] as String? { refolded.append((row["id"], folded)) }
        }
        for (id, folded) in refolded { try update.execute(arguments: [folded, id]) }
    }

    /// The urgency a list row shows, kept in columns so a list never decodes records; filled once
    /// from each stored record (a record that cannot be read counts as not screened).
    static func addListedUrgency(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE intake ADD COLUMN urgency TEXT;
            ALTER TABLE intake ADD COLUMN unaskedRedFlags INTEGER;
            """)
        let update = try db.makeStatement(sql: "UPDATE intake SET urgency = ?, unaskedRedFlags = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, json FROM intake")
        var filled: [(String, ListedUrgency)] = []
        while let row = try rows.next() {
            let id: String = row["id"]
            let urgency = (try? RecordColumns.decode(row["json"], recordID: id)).map(ListedUrgency.init) ?? .unreadable
            filled.append((id, urgency))
        }
        for (id, urgency) in filled {
            try update.execute(arguments: [urgency.tier.rawValue, urgency.unaskedRedFlags, id])
        }
    }

    /// Hash-chains the audit rows and signed versions (`AuditChain`), computing the hashes of the
    /// rows already there once, so older databases keep verifying; and closes the gaps the first
    /// triggers left: `INSERT OR REPLACE` over a kept row (REPLACE deletes without firing DELETE
    /// triggers), and changes to a signed record other than its amendment.
    static func chainAuditTrail(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE audit ADD COLUMN hash TEXT;
            ALTER TABLE signedVersion ADD COLUMN hash TEXT;
            CREATE TABLE chainHead (
                recordId TEXT PRIMARY KEY NOT NULL,
                auditHash TEXT,
                auditSeq INTEGER,
                signedHash TEXT,
                signedVersion INTEGER
            );
            DROP TRIGGER auditNoUpdate;
            DROP TRIGGER signedVersionNoUpdate;
            """)
        for row in try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY seq") {
            var head = try AuditChain.head(db, row["recordId"]) ?? AuditChain.Head()
            let hash = AuditChain.hash(previous: head.auditHash ?? AuditChain.genesis, AuditChain.auditValues(row))
            try db.execute(sql: "UPDATE audit SET hash = ? WHERE seq = ?", arguments: [hash, row["seq"]])
            head.auditHash = hash
            head.auditSeq = row["seq"]
            try AuditChain.saveHead(db, row["recordId"], head)
        }
        for row in try Row.fetchAll(db, sql: "SELECT rowid, * FROM signedVersion ORDER BY recordId, version") {
            var head = try AuditChain.head(db, row["recordId"]) ?? AuditChain.Head()
            let hash = AuditChain.hash(previous: head.signedHash ?? AuditChain.genesis, AuditChain.signedValues(row))
            try db.execute(sql: "UPDATE signedVersion SET hash = ? WHERE rowid = ?", arguments: [hash, row["rowid"]])
            head.signedHash = hash
            head.signedVersion = row["version"]
            try AuditChain.saveHead(db, row["recordId"], head)
        }
        try db.execute(sql: """
            CREATE TRIGGER auditNoUpdate BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER auditNoReplace BEFORE INSERT ON audit
            WHEN EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq)
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

            CREATE TRIGGER signedVersionNoUpdate BEFORE UPDATE ON signedVersion
            BEGIN SELECT RAISE(ABORT, 'signed versions are kept unchanged'); END;
            CREATE TRIGGER signedVersionNoReplace BEFORE INSERT ON signedVersion
            WHEN EXISTS (SELECT 1 FROM signedVersion WHERE recordId = NEW.recordId AND version = NEW.version)
            BEGIN SELECT RAISE(ABORT, 'signed versions are kept unchanged'); END;

            CREATE TRIGGER chainHeadNoDelete BEFORE DELETE ON chainHead
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER chainHeadNoReplace BEFORE INSERT ON chainHead
            WHEN EXISTS (SELECT 1 FROM chainHead WHERE recordId = NEW.recordId)
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
            CREATE TRIGGER chainHeadForwardOnly BEFORE UPDATE ON chainHead
            WHEN NEW.auditSeq < OLD.auditSeq OR NEW.signedVersion < OLD.signedVersion
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

            CREATE TRIGGER intakeNoReplace BEFORE INSERT ON intake
            WHEN EXISTS (SELECT 1 FROM intake WHERE id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'intakes are never replaced'); END;
            CREATE TRIGGER intakeNoDelete BEFORE DELETE ON intake
            BEGIN SELECT RAISE(ABORT, 'intakes are kept'); END;
            CREATE TRIGGER intakeSignedKept BEFORE UPDATE OF status, json ON intake
            WHEN OLD.status = 'signed' AND (NEW.json IS NOT OLD.json OR NEW.status NOT IN ('signed', 'amended'))
            BEGIN SELECT RAISE(ABORT, 'a signed intake changes only by amendment'); END;
            """)
    }
}
