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
        return migrator
    }
}
