import Catalog
import Foundation
import IntakeModel
import IntakeTestSupport
@testable import PostgresStore
import Testing
@testable import IntakeStore

/// What only the PostgreSQL backend has to show: desks on two hosts, the database refusing changes
/// to what is kept even to plain SQL, the trigram index, and a server that cannot be reached.
@Suite("PostgreSQL: hosts, privileges, search index, an unreachable server")
struct PostgresStoreTests {
    let clock = ManualClock()

    /// A store on its own connection, as a desk on `host` sees sessions (its process table is
    /// that host's).
    func desk(_ database: TestDatabase, host: String, alive: Set<Int32>) throws -> any IntakeRecordStore {
        try database.makeStore(clock: clock, processes: FakeProcesses(alive: alive), host: host)
    }

    @Test("a desk on another host takes over a dead desk's draft only once its heartbeat is stale; the dead desk is fenced")
    func takeOverAcrossHosts() throws {
        let database = try TestDatabase(.postgres)
        let hostA = try desk(database, host: "intake-a", alive: [])  // desk A's process is gone on host A...
        let hostB = try desk(database, host: "intake-b", alive: [])  // ...and host B cannot see host A's processes
        let deskA = DeskSession(token: "a-1", pid: 4242, host: "intake-a", osUser: "anna")
        let deskB = DeskSession(token: "b-1", pid: 5151, host: "intake-b", osUser: "ben")
        let draft = try hostA.createDraft(sampleRecord(), actor: frontDesk)
        #expect(try hostA.claim(draft.id, session: deskA, actor: frontDesk) == .claimed)

        // Host B cannot check a pid on host A: until the heartbeat is stale the draft is held.
        clock.advance(by: 170)
        #expect(try hostB.claim(draft.id, session: deskB, actor: backOffice)
                == .heldByAnotherSession(deskA, heartbeat: clock.now().addingTimeInterval(-170)))
        // Host A itself sees its desk's process gone at once.
        #expect(try hostA.load(draft.id).session.hasEnded)

        clock.advance(by: 11)  // 181 s without a heartbeat
        #expect(try hostB.claim(draft.id, session: deskB, actor: backOffice) == .tookOverEndedSession(deskA))
        let takeOver = try #require(try hostB.auditTrail(draft.id).last { $0.action == .takeOver })
        #expect(takeOver.oldValue == deskA.label)
        #expect(takeOver.newValue == deskB.label)
        #expect(throws: StoreError.takenOver(id: draft.id, holder: deskB)) {
            try hostA.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: draft.record,
                                 recordID: draft.id, expectedVersion: 1, onConflict: .overwrite, actor: frontDesk,
                                 session: deskA)
        }
        #expect(try hostB.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "2"), record: draft.record,
                                     recordID: draft.id, expectedVersion: 1, actor: backOffice, session: deskB)
                == .saved(version: 2))
    }

    @Test("plain SQL cannot change or remove a signed version or an audit entry: refused by privilege to the desks' role, by trigger to the owner")
    func keptRowsRefused() throws {
        let database = try TestDatabase(.postgres)
        let store = try database.makeStore()
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.complete(draft.id, expectedVersion: 1, actor: frontDesk)
        let signed = try store.sign(draft.id, expectedVersion: 2, staffName: "Dr R. Okafor", actor: backOffice)
        let server = try TestPostgresServer.shared()
        let name = try #require(database.postgresDatabase)
        let attempts = [
            "UPDATE signed_version SET json = '{}'", "DELETE FROM signed_version", "TRUNCATE signed_version CASCADE",
            "UPDATE audit SET new_value = 'forged'", "DELETE FROM audit", "TRUNCATE audit",
            "UPDATE intake SET json = '{}' WHERE id = '\(signed.id)'", "DELETE FROM intake",
        ]
        for statement in attempts {
            let asDesk = #expect(throws: TestPostgresServer.StartFailure.self) {
                try server.sql(statement, database: name, role: TestPostgresServer.appRole)
            }
            let asOwner = #expect(throws: TestPostgresServer.StartFailure.self) {
                try server.sql(statement, database: name, role: TestPostgresServer.ownerRole)
            }
            if !statement.hasPrefix("UPDATE intake") {
                #expect(asDesk?.description.contains("permission denied") == true, "\(statement): \(asDesk?.description ?? "")")
            }
            #expect(asOwner?.description.contains("kept") == true || asOwner?.description.contains("append-only") == true
                    || asOwner?.description.contains("amendment") == true, "\(statement): \(asOwner?.description ?? "")")
        }
        #expect(try store.signedVersions(signed.id).map(\.record) == [signed.record])
        #expect(try (store as? any AuditTrailVerifying)?.verifyAuditTrail(signed.id).signedVersions == 1)
    }

    @Test("a name search is answered by the trigram index, not by reading every row")
    func trigramIndex() throws {
        let database = try TestDatabase(.postgres)
        _ = try database.makeStore().createDraft(sampleRecord(), actor: frontDesk)
        let plan = try TestPostgresServer.shared().sql("""
            SET enable_seqscan = off;
            EXPLAIN (COSTS OFF) SELECT id FROM intake WHERE name_folded LIKE '%alvar%' OR id = 'ALVAR'
            ORDER BY \(PostgresIntakeStore.listOrder) LIMIT 50;
            """, database: try #require(database.postgresDatabase))
        #expect(plan.contains("intake_name_trigram"), "\(plan)")
    }

    @Test("a home-screen page is the newest matches whether the newest intakes hold it, the trigram index is asked, or two letters read on")
    func newestPageEitherWay() throws {
        let database = try TestDatabase(.postgres)
        let store = try #require(try database.makeStore(clock: clock) as? PostgresIntakeStore)
        for index in 0..<12 {
            clock.advance(by: 1)
            _ = try store.createDraft(sampleRecord(name: "Petrov-Ivanova \(index)"), actor: frontDesk)
        }
        for index in 0..<8 {
            clock.advance(by: 1)
            _ = try store.createDraft(sampleRecord(name: "Okafor \(index)"), actor: frontDesk)
        }
        let newest = ["Petrov-Ivanova 11", "Petrov-Ivanova 10", "Petrov-Ivanova 9"]
        // the newest 20 hold a page; the newest 5 hold no Petrov (trigram index, or two letters read on)
        for text in ["petrov ivanova", "tr", "PETROV"] {
            for window in [20, 5] {
                #expect(try store.list(RecordQuery(search: text, limit: 3), window: window).map(\.name) == newest,
                        "\(text), window \(window)")
            }
        }
        #expect(try store.list(RecordQuery(search: "okafor 7", limit: 3), window: 5).map(\.name) == ["Okafor 7"])
        #expect(try store.list(RecordQuery(search: "zz", limit: 3), window: 5).isEmpty)
        // the trigram page's plan: the trigram index finds the matches, the primary key reads the page
        let page = try TestPostgresServer.shared().sql("""
            SET enable_seqscan = off;
            PREPARE page (text, text) AS \(PostgresIntakeStore.trigramPage(
                filter: " WHERE (name_folded LIKE $1 OR id = $2)", order: " ORDER BY \(PostgresIntakeStore.listOrder) LIMIT 3"));
            EXPLAIN (COSTS OFF) EXECUTE page ('%petrov%', 'PETROV');
            """, database: try #require(database.postgresDatabase))
        #expect(page.contains("intake_name_trigram") && page.contains("intake_pkey") && !page.contains("intake_list_order"), "\(page)")
        // the first intakes in list order come from the index in that order, not a sort of every row
        let first = try TestPostgresServer.shared().sql("""
            SET enable_seqscan = off;
            EXPLAIN (COSTS OFF) SELECT id FROM intake ORDER BY \(PostgresIntakeStore.listOrder) LIMIT 5000;
            """, database: try #require(database.postgresDatabase))
        #expect(first.contains("intake_list_order") && !first.contains("Sort"), "\(first)")
    }

    @Test("a server database from before the urgency order ranks every stored urgency when its owner opens it")
    func migrationRanksStoredUrgencies() throws {
        let database = try TestDatabase(.postgres)
        let name = try #require(database.postgresDatabase)
        let server = try TestPostgresServer.shared()
        // back to the schema of v4 (the template is migrated), with six records of four urgencies
        try server.sql("""
            DELETE FROM schema_migration WHERE name = 'v5-list-most-urgent-first';
            DROP INDEX intake_list_order;
            ALTER TABLE intake DROP COLUMN urgency_rank;
            CREATE INDEX intake_updated ON intake (updated_at DESC, id);
            INSERT INTO intake (id, version, status, json, name, name_folded, created_at, updated_at, urgency)
            VALUES ('OLD1-0001', 1, 'in-progress', '{}', 'Ana 1', 'ana 1', 1, 1, 'emergency'),
                   ('OLD1-0002', 1, 'in-progress', '{}', 'Ana 2', 'ana 2', 2, 2, 'routine'),
                   ('OLD1-0003', 1, 'in-progress', '{}', 'Ana 3', 'ana 3', 3, 3, 'urgent'),
                   ('OLD1-0004', 1, 'in-progress', '{}', 'Ana 4', 'ana 4', 4, 4, 'not-screened'),
                   ('OLD1-0005', 1, 'in-progress', '{}', 'Ana 5', 'ana 5', 5, 5, NULL),
                   ('OLD1-0006', 1, 'in-progress', '{}', 'Ana 6', 'ana 6', 6, 6, 'routine');
            """, database: name)
        try PostgresIntakeStore(location: PostgresLocation(
            address: server.address(database: name, role: TestPostgresServer.ownerRole), environment: server.environment)).close()
        let store = try database.makeStore()
        // an urgency this version does not know (here none) counts as not screened, never routine
        #expect(try store.list(RecordQuery(search: "ana", limit: 10)).map(\.id)
                == ["OLD1-0001", "OLD1-0003", "OLD1-0005", "OLD1-0004", "OLD1-0006", "OLD1-0002"])
        #expect(try server.sql("SELECT count(*) FROM pg_indexes WHERE indexname = 'intake_list_order'", database: name)
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    }

    @Test("a server that refuses connections is serverUnreachable, in words that name no address")
    func unreachable() throws {
        let location = PostgresLocation(host: "127.0.0.1", port: 1, user: "intake_app", database: "intake", sslMode: .disable)
        let error = #expect(throws: StoreError.self) { try PostgresIntakeStore(location: location) }
        #expect(error == .serverUnreachable)
        #expect(error?.message() == "The records server cannot be reached.")
    }

    @Test("a connection the server ended is opened again on the next call")
    func reconnects() throws {
        let database = try TestDatabase(.postgres)
        let store = try database.makeStore()
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        try TestPostgresServer.shared().sql("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = '\(try #require(database.postgresDatabase))' AND usename = 'intake_app';
            """)
        var loaded: StoredRecord?
        for _ in 0..<2 where loaded == nil {  // the first call may be the one that finds the connection gone
            do { loaded = try store.load(draft.id) } catch StoreError.serverUnreachable {}
        }
        #expect(loaded?.id == draft.id)
    }

    @Test("currentVersion reads only the version, on both backends", arguments: Backend.allCases)
    func currentVersion(_ backend: Backend) throws {
        let store = try TestDatabase(backend).makeStore()
        let draft = try store.createDraft(sampleRecord(), actor: frontDesk)
        _ = try store.saveAnswer(FieldChange(field: "patient.phone", oldValue: nil, newValue: "1"), record: draft.record,
                                 recordID: draft.id, expectedVersion: 1, actor: frontDesk)
        #expect(try store.currentVersion(draft.id) == 2)
        #expect(throws: StoreError.recordNotFound(id: "NOPE-0000")) { try store.currentVersion("NOPE-0000") }
    }
}

@Suite("Reading a PostgreSQL address as libpq does")
struct PostgresLocationTests {
    let folder = TemporaryFolder()

    func passwordFile(_ text: String, mode: mode_t = 0o600) -> String {
        let path = folder.path + "/pgpass"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        chmod(path, mode)
        return path
    }

    @Test("a password in the address is refused, and the message says where it belongs without repeating it")
    func passwordRefused() {
        for address in ["postgresql://anna:s3cret@db.example/intake", "postgres://anna@db.example/intake?password=s3cret"] {
            let error = #expect(throws: StoreError.self) { try PostgresLocation(address: address, environment: [:]) }
            #expect(error?.message().contains("pgpass") == true)
            #expect(error?.message().contains("s3cret") == false)
        }
    }

    @Test("what the address leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE; the address wins")
    func environmentDefaults() throws {
        let environment = ["PGHOST": "db.clinic.example", "PGPORT": "6543", "PGUSER": "desk", "PGDATABASE": "records",
                           "PGPASSFILE": "/nonexistent"]
        let fromEnvironment = try PostgresLocation(address: "postgresql://", environment: environment)
        #expect(fromEnvironment == PostgresLocation(host: "db.clinic.example", port: 6543, user: "desk", database: "records"))
        let given = try PostgresLocation(address: "postgresql://anna@10.1.1.5:5433/intake?sslmode=require",
                                         environment: environment)
        #expect(given == PostgresLocation(host: "10.1.1.5", port: 5433, user: "anna", database: "intake", sslMode: .require))
        #expect(given.label == "postgresql://anna@10.1.1.5:5433/intake")
    }

    @Test("verify-full takes sslrootcert; an unknown sslmode names the ones allowed")
    func sslModes() throws {
        let full = try PostgresLocation(address: "postgresql://a@h/d?sslmode=verify-full&sslrootcert=/etc/ca.pem",
                                        environment: ["PGPASSFILE": "/nonexistent"])
        #expect(full.sslMode == .verifyFull)
        #expect(full.sslRootCertificate == "/etc/ca.pem")
        let error = #expect(throws: StoreError.self) {
            try PostgresLocation(address: "postgresql://a@h/d?sslmode=sometimes", environment: [:])
        }
        #expect(error?.message().contains("verify-full") == true)
        #expect(error?.message(language: .spanish).hasPrefix("sslmode: uno de estos: ") == true, "\(error?.message(language: .spanish) ?? "")")
        let withPassword = #expect(throws: StoreError.self) {
            try PostgresLocation(address: "postgresql://a:secret@h/d", environment: [:])
        }
        #expect(withPassword?.message(language: .spanish).hasPrefix("La dirección de --db: escríbala sin contraseña") == true)
        #expect(withPassword?.message(language: .spanish).contains("secret") == false)
    }

    @Test("the password comes from the first matching line of the password file, which must be 0600")
    func passwordFileLines() throws {
        let path = passwordFile("""
            # clinic
            other:5432:*:anna:wrong
            db.example:5432:intake:anna:pa\\:ss
            *:*:*:*:fallback
            """)
        let location = try PostgresLocation(address: "postgresql://anna@db.example/intake", environment: ["PGPASSFILE": path])
        #expect(location.password == "pa:ss")
        let loose = passwordFile("*:*:*:*:open", mode: 0o644)
        #expect(try PostgresLocation(address: "postgresql://anna@db.example/intake", environment: ["PGPASSFILE": loose])
                    .password == nil)
    }
}
