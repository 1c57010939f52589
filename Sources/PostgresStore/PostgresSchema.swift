import Catalog
import Foundation
import IntakeStore
import PostgresNIO

/// The records server's tables, built by numbered migrations recorded in `schema_migration`.
/// Never edit a shipped migration: add one. A database listing a migration this program does not
/// know was written by a newer version and is refused.
///
/// Who may do what is part of the schema: migrations run as the database's owner role, which owns
/// the tables (only an owner can drop a trigger), and grant the desks' group role
/// `osteo_intake_desk` only what the program needs: on `audit` and `signed_version` INSERT and
/// SELECT, never UPDATE or DELETE; triggers refuse those changes too, even to the owner.
enum PostgresSchema {
    /// The group role the desks' login roles are members of (README, "PostgreSQL").
    static let deskRole = "osteo_intake_desk"

    struct Migration {
        var name: String
        var sql: String
        /// What SQL alone cannot do, run after `sql` in the same transaction.
        var fill: (@Sendable (PostgresTransaction) throws -> Void)? = nil

        /// One statement at a time: the extended query protocol takes no more. Statements end
        /// with ";" at the end of a line (a function body keeps its ";" mid-line).
        var statements: [String] {
            sql.components(separatedBy: ";\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .map { $0.hasSuffix(";") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
        }
    }

    static let migrations: [Migration] = [
        Migration(name: "v1-records-audit-sessions", sql: """
            CREATE TABLE intake (
                id text PRIMARY KEY,
                version integer NOT NULL,
                status text NOT NULL,
                json text NOT NULL,
                name text,
                name_folded text,
                birth_date text,
                visit_date text,
                created_at double precision NOT NULL,
                updated_at double precision NOT NULL,
                updated_by text,
                signed_by text,
                signed_at double precision,
                session_token text,
                session_pid integer,
                session_host text,
                session_os_user text,
                session_heartbeat double precision,
                session_terminal text,
                session_ssh_client text,
                session_ssh_port integer
            );
            CREATE INDEX intake_visit_date ON intake (visit_date);
            CREATE INDEX intake_birth_date ON intake (birth_date);
            CREATE INDEX intake_status ON intake (status);
            CREATE INDEX intake_updated ON intake (updated_at DESC, id);

            CREATE TABLE signed_version (
                record_id text NOT NULL REFERENCES intake (id),
                version integer NOT NULL,
                json text NOT NULL,
                created_at double precision NOT NULL,
                updated_at double precision NOT NULL,
                signed_by text NOT NULL,
                signed_at double precision NOT NULL,
                hash text NOT NULL,
                PRIMARY KEY (record_id, version)
            );

            CREATE TABLE audit (
                seq bigserial PRIMARY KEY,
                record_id text NOT NULL,
                at double precision NOT NULL,
                os_user text NOT NULL,
                host text NOT NULL,
                ssh_client text,
                terminal text,
                ssh_port integer,
                action text NOT NULL,
                field text,
                old_value text,
                new_value text,
                version integer,
                hash text NOT NULL
            );
            CREATE INDEX audit_record ON audit (record_id, seq);

            CREATE TABLE chain_head (
                record_id text PRIMARY KEY,
                audit_hash text,
                audit_seq bigint,
                signed_hash text,
                signed_version integer
            );

            CREATE FUNCTION osteo_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'insufficient_privilege'; END $$;
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
                FOR EACH ROW EXECUTE FUNCTION osteo_refuse('the audit trail is append-only');
            CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
                FOR EACH STATEMENT EXECUTE FUNCTION osteo_refuse('the audit trail is append-only');
            CREATE TRIGGER signed_version_kept BEFORE UPDATE OR DELETE ON signed_version
                FOR EACH ROW EXECUTE FUNCTION osteo_refuse('signed versions are kept unchanged');
            CREATE TRIGGER signed_version_no_truncate BEFORE TRUNCATE ON signed_version
                FOR EACH STATEMENT EXECUTE FUNCTION osteo_refuse('signed versions are kept unchanged');
            CREATE TRIGGER chain_head_no_delete BEFORE DELETE ON chain_head
                FOR EACH ROW EXECUTE FUNCTION osteo_refuse('the audit trail is append-only');
            CREATE TRIGGER chain_head_forward_only BEFORE UPDATE ON chain_head
                FOR EACH ROW WHEN (NEW.audit_seq < OLD.audit_seq OR NEW.signed_version < OLD.signed_version
                                   OR (OLD.audit_seq IS NOT NULL AND NEW.audit_seq IS NULL)
                                   OR (OLD.signed_version IS NOT NULL AND NEW.signed_version IS NULL))
                EXECUTE FUNCTION osteo_refuse('the audit trail is append-only');
            CREATE TRIGGER intake_kept BEFORE DELETE ON intake
                FOR EACH ROW EXECUTE FUNCTION osteo_refuse('intakes are kept');
            CREATE TRIGGER intake_no_truncate BEFORE TRUNCATE ON intake
                FOR EACH STATEMENT EXECUTE FUNCTION osteo_refuse('intakes are kept');
            CREATE TRIGGER intake_signed_kept BEFORE UPDATE OF status, json ON intake
                FOR EACH ROW WHEN (OLD.status = 'signed'
                                   AND (NEW.json IS DISTINCT FROM OLD.json OR NEW.status NOT IN ('signed', 'amended')))
                EXECUTE FUNCTION osteo_refuse('a signed intake changes only by amendment');

            REVOKE ALL ON intake, signed_version, audit, chain_head FROM PUBLIC;
            GRANT SELECT, INSERT, UPDATE ON intake, chain_head TO osteo_intake_desk;
            GRANT SELECT, INSERT ON audit, signed_version TO osteo_intake_desk;
            GRANT USAGE ON SEQUENCE audit_seq_seq TO osteo_intake_desk;
            GRANT SELECT ON schema_migration TO osteo_intake_desk;
            """),
        Migration(name: "v2-trigram-search", sql: """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX intake_name_trigram ON intake USING gin (name_folded gin_trgm_ops);
            CREATE INDEX intake_id_trigram ON intake USING gin (id gin_trgm_ops);
            """),
        Migration(name: "v3-listed-urgency", sql: """
            ALTER TABLE intake ADD COLUMN urgency text;
            ALTER TABLE intake ADD COLUMN unasked_red_flags integer;
            """, fill: { try fillListedUrgency($0) }),
        Migration(name: "v4-refold-apostrophes-hyphens", sql: "", fill: { try refoldNames($0) }),
        // Lists most urgent first, then newest (`PostgresIntakeStore.listOrder`): the urgency's rank
        // beside the tier, written with it at every write, and an index in that order (in place of
        // the newest-first one).
        Migration(name: "v5-list-most-urgent-first", sql: """
            ALTER TABLE intake ADD COLUMN urgency_rank integer NOT NULL DEFAULT 1;
            DROP INDEX intake_updated;
            """, fill: { try rankUrgencies($0) }),
    ]

    /// Folds every stored name again with today's `NameFolding` (since v4 apostrophes are left out
    /// and hyphens read as spaces), a thousand at a time; only names whose fold changed are written.
    static func refoldNames(_ transaction: PostgresTransaction) throws {
        var after = ""
        while true {
            let rows = try transaction.rows("""
                SELECT id, name, name_folded FROM intake WHERE id > \(after) ORDER BY id LIMIT 1000
                """)
            guard !rows.isEmpty else { return }
            var ids: [String] = [], folds: [String] = []
            for row in rows {
                let id: String = try row.required("id")
                after = id
                guard let name = try row.text("name") else { continue }
                let folded = NameFolding.fold(name)
                if folded != (try row.text("name_folded")) { ids.append(id); folds.append(folded) }
            }
            guard !ids.isEmpty else { continue }
            try transaction.execute("""
                UPDATE intake SET name_folded = fill.folded
                FROM unnest(\(ids)::text[], \(folds)::text[]) AS fill (id, folded) WHERE intake.id = fill.id
                """)
        }
    }

    /// Ranks every stored urgency as `ListedUrgency.rank` does (not screened, 1, is the column's
    /// default), ten thousand records a statement: one UPDATE of a million took over a minute, past
    /// the link's answer timeout. Then the index in list order.
    static func rankUrgencies(_ transaction: PostgresTransaction) throws {
        var after = ""
        while true {
            let rows = try transaction.rows("""
                WITH batch AS (SELECT id FROM intake WHERE id > \(after) ORDER BY id LIMIT 10000),
                ranked AS (UPDATE intake SET urgency_rank = CASE urgency WHEN 'emergency' THEN 3 WHEN 'urgent' THEN 2 ELSE 0 END
                           FROM batch WHERE intake.id = batch.id AND urgency IN ('emergency', 'urgent', 'routine'))
                SELECT max(id) AS last FROM batch
                """)
            guard let last = try rows.first?.text("last") else { break }
            after = last
        }
        try transaction.execute("""
            CREATE INDEX intake_list_order ON intake (urgency_rank DESC, updated_at DESC, id)
            """)
    }

    /// The urgency a list row shows, kept in columns so a list never decodes records; filled once
    /// from each stored record, a thousand at a time (one that cannot be read counts as not screened).
    static func fillListedUrgency(_ transaction: PostgresTransaction) throws {
        var after = ""
        while true {
            let rows = try transaction.rows("SELECT id, json FROM intake WHERE id > \(after) ORDER BY id LIMIT 1000")
            guard !rows.isEmpty else { return }
            var ids: [String] = [], tiers: [String] = [], unasked: [Int] = []
            for row in rows {
                let id: String = try row.required("id")
                let urgency = (try? RecordColumns.decode(try row.required("json"), recordID: id)).map(ListedUrgency.init)
                    ?? .unreadable
                ids.append(id); tiers.append(urgency.tier.rawValue); unasked.append(urgency.unaskedRedFlags)
            }
            try transaction.execute("""
                UPDATE intake SET urgency = fill.tier, unasked_red_flags = fill.unasked
                FROM unnest(\(ids)::text[], \(tiers)::text[], \(unasked)::integer[]) AS fill (id, tier, unasked)
                WHERE intake.id = fill.id
                """)
            after = ids[ids.count - 1]
        }
    }

    /// Brings the schema up to date when this role may (the owner), in one transaction under an
    /// advisory lock, so desks starting together migrate once. A desk role facing missing
    /// migrations is told to ask for the admin step; a newer schema is refused.
    static func migrate(_ link: PostgresLink) throws {
        try link.transaction { transaction in
            try transaction.execute("SELECT pg_advisory_xact_lock(4242001)")
            let exists = try transaction.rows("SELECT to_regclass('schema_migration') IS NOT NULL AS present")
            let applied: [String]
            if try exists.first?.required("present", as: Bool.self) == true {
                applied = try transaction.rows("SELECT name FROM schema_migration ORDER BY name").map { try $0.required("name") }
            } else {
                applied = []
            }
            let known = Set(migrations.map(\.name))
            if applied.contains(where: { !known.contains($0) }) {
                throw StoreError.databaseFromNewerVersion(path: link.location.label)
            }
            let pending = migrations.filter { !applied.contains($0.name) }
            guard !pending.isEmpty else { return }
            guard try mayMigrate(transaction) else {
                throw StoreError.databaseFailure(path: link.location.label,
                                                 detail: .text(.storeServerNotSetUp, ["role": link.location.user]))
            }
            try transaction.execute("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'osteo_intake_desk') THEN
                        CREATE ROLE osteo_intake_desk NOLOGIN;
                    END IF;
                END $$
                """)
            try transaction.execute("""
                CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """)
            for migration in pending {
                for statement in migration.statements { try transaction.execute(PostgresQuery(unsafeSQL: statement)) }
                try migration.fill?(transaction)
                try transaction.execute("INSERT INTO schema_migration (name) VALUES (\(migration.name))")
            }
        }
    }

    /// Only the database's owner (or a superuser) migrates.
    static func mayMigrate(_ transaction: PostgresTransaction) throws -> Bool {
        let rows = try transaction.rows("""
            SELECT pg_catalog.pg_get_userbyid(d.datdba) = current_user OR r.rolsuper AS may
            FROM pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = current_user
            """)
        return try rows.first?.required("may", as: Bool.self) ?? false
    }
}
