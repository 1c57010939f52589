import Foundation
import Synchronization

/// A throwaway PostgreSQL 15 cluster for the tests and the benchmarks, started from Debian's
/// server binaries (/usr/lib/postgresql/15/bin): `initdb` and `pg_ctl` in a temporary folder, on a
/// free loopback port, as the `postgres` user when running as root (`runuser -u postgres --`), as
/// the current user otherwise; stopped and removed when the process exits.
///
/// Roles, made with SQL on psql's standard input (a password never goes on a command line):
/// `intake_owner` (owns the test databases, runs the migrations) and `intake_app` (what a desk
/// signs in as: a member of `osteo_intake_desk`, no more). Their passwords are random and written to
/// a password file (0600) that `environment` names in `PGPASSFILE`.
///
/// The cluster cannot start: `shared()` throws, with the reason, so the tests that need it fail
/// rather than skip.
public final class TestPostgresServer: Sendable {
    public static let binaries = "/usr/lib/postgresql/15/bin"
    public static let ownerRole = "intake_owner"
    public static let appRole = "intake_app"

    public let port: Int
    /// Holds the data folder and the socket folder (owned by the cluster's user).
    public let folder: String
    /// The password file of both roles (0600, owned by this process's user).
    public let passwordFile: String
    let runAsPostgres: Bool

    public struct StartFailure: Error, CustomStringConvertible {
        public var description: String
    }

    private static let started = Mutex<Result<TestPostgresServer, StartFailure>?>(nil)

    /// The cluster of this test process, started on first use. `fsync` is off: the tests check
    /// behaviour, not durability (the benchmark starts its own with `durable: true`).
    public static func shared() throws -> TestPostgresServer {
        try started.withLock { result in
            if result == nil {
                do { result = .success(try TestPostgresServer(durable: false)) } catch let failure as StartFailure {
                    result = .failure(failure)
                } catch {
                    result = .failure(StartFailure(description: "\(error)"))
                }
            }
            return try result!.get()
        }
    }

    private static let running = Mutex<[TestPostgresServer]>([])

    public init(durable: Bool) throws {
        runAsPostgres = geteuid() == 0
        guard FileManager.default.isExecutableFile(atPath: Self.binaries + "/initdb") else {
            throw StartFailure(description: "PostgreSQL 15's server binaries are not installed (\(Self.binaries)/initdb "
                               + "is missing): install Debian's postgresql package (.ci/run does)")
        }
        folder = NSTemporaryDirectory() + "osteo-intake-pg-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if runAsPostgres {
            guard let pw = getpwnam("postgres") else {
                throw StartFailure(description: "running as root, but there is no postgres user to run the server as")
            }
            chown(folder, pw.pointee.pw_uid, pw.pointee.pw_gid)
        }
        chmod(folder, 0o700)
        passwordFile = NSTemporaryDirectory() + "osteo-intake-pgpass-" + UUID().uuidString.prefix(8)

        try Self.run(["initdb", "-D", folder + "/data", "-U", "postgres", "--auth-local=trust",
                      "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                     asPostgres: runAsPostgres, what: "initdb")
        var lastFailure = ""
        var chosen: Int?
        for _ in 0..<3 {
            let candidate = try Self.freeLoopbackPort()
            let settings = "-c listen_addresses=127.0.0.1 -c port=\(candidate) -c unix_socket_directories=\(folder) "
                + "-c max_connections=300 -c fsync=\(durable ? "on" : "off") -c shared_buffers=256MB"
            do {
                try Self.run(["pg_ctl", "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60",
                              "-o", settings, "start"], asPostgres: runAsPostgres, what: "pg_ctl start")
                chosen = candidate
                break
            } catch {
                lastFailure = "\(error)"
            }
        }
        guard let chosen else { throw StartFailure(description: "the test PostgreSQL server did not start: \(lastFailure)") }
        port = chosen
        Self.running.withLock { $0.append(self) }
        atexit { TestPostgresServer.stopAll() }

        let ownerPassword = UUID().uuidString
        let appPassword = UUID().uuidString
        try sql("""
            CREATE ROLE osteo_intake_desk NOLOGIN;
            CREATE ROLE \(Self.ownerRole) LOGIN PASSWORD '\(ownerPassword)' CREATEDB;
            CREATE ROLE \(Self.appRole) LOGIN PASSWORD '\(appPassword)' IN ROLE osteo_intake_desk;
            """)
        let lines = "127.0.0.1:\(port):*:\(Self.ownerRole):\(ownerPassword)\n127.0.0.1:\(port):*:\(Self.appRole):\(appPassword)\n"
        FileManager.default.createFile(atPath: passwordFile, contents: nil, attributes: [.posixPermissions: 0o600])
        try lines.write(toFile: passwordFile, atomically: false, encoding: .utf8)
    }

    /// `PGPASSFILE` for this cluster's roles.
    public var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSFILE"] = passwordFile
        return environment
    }

    /// `postgresql://role@127.0.0.1:port/database?sslmode=disable` (no password: it is in the file).
    public func address(database: String, role: String = TestPostgresServer.appRole) -> String {
        "postgresql://\(role)@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// A new empty database owned by `intake_owner` (a copy of `template` when given).
    public func createDatabase(named name: String = "intake_" + UUID().uuidString.prefix(12).lowercased()
                                   .replacingOccurrences(of: "-", with: ""),
                               template: String? = nil) throws -> String {
        try sql("CREATE DATABASE \(name) OWNER \(Self.ownerRole)" + (template.map { " TEMPLATE \($0)" } ?? "") + ";")
        return name
    }

    /// Runs SQL as the cluster's superuser over its private socket; returns psql's unaligned output.
    @discardableResult
    public func sql(_ statements: String, database: String = "postgres") throws -> String {
        try Self.run([Self.binaries + "/psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", folder, "-p", String(port),
                      "-U", "postgres", "-d", database], asPostgres: runAsPostgres, what: "psql", input: statements,
                     absolute: true)
    }

    /// Runs SQL signed in as `role` over TCP, as any client on the network would (psql reads the
    /// password from the password file); throws with psql's message when the server refuses.
    @discardableResult
    public func sql(_ statements: String, database: String, role: String) throws -> String {
        let finished = try ChildProcess.run([Self.binaries + "/psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                                             "-p", String(port), "-U", role, "-d", database, "-w"],
                                            environment: environment, input: Data(statements.utf8))
        guard finished.status == 0 else {
            throw StartFailure(description: finished.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return finished.output
    }

    /// Stops the server now (`immediate`: as a crash would), or starts it again on the same port.
    public func stop(immediate: Bool = false) throws {
        try Self.run(["pg_ctl", "-D", folder + "/data", "-m", immediate ? "immediate" : "fast", "-w", "stop"],
                     asPostgres: runAsPostgres, what: "pg_ctl stop")
    }

    public func start() throws {
        let settings = "-c listen_addresses=127.0.0.1 -c port=\(port) -c unix_socket_directories=\(folder) -c max_connections=300"
        try Self.run(["pg_ctl", "-D", folder + "/data", "-l", folder + "/server.log", "-w", "-t", "60", "-o", settings,
                      "start"], asPostgres: runAsPostgres, what: "pg_ctl start")
    }

    static func stopAll() {
        for server in running.withLock({ $0 }) {
            try? server.stop(immediate: true)
            try? FileManager.default.removeItem(atPath: server.folder)
            try? FileManager.default.removeItem(atPath: server.passwordFile)
        }
    }

    /// A port the kernel just gave out on 127.0.0.1 (free a moment ago; start retries on a clash).
    static func freeLoopbackPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw StartFailure(description: "no free loopback port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs a server binary (as the postgres user when asked) and gives its standard output;
    /// throws with its message when it fails. Its streams are files, not pipes: the server that
    /// `pg_ctl start` leaves running would keep a pipe open for as long as it runs.
    @discardableResult
    static func run(_ arguments: [String], asPostgres: Bool, what: String, input: String? = nil,
                    absolute: Bool = false) throws -> String {
        let command = absolute ? arguments : [binaries + "/" + arguments[0]] + arguments.dropFirst()
        // From "/": the postgres user may not enter this process's folder.
        let argv = ["/usr/bin/env", "-C", "/"] + (asPostgres ? ["/usr/sbin/runuser", "-u", "postgres", "--"] + command : command)
        let finished: ChildProcess.Outcome
        do {
            finished = try ChildProcess.run(argv, input: Data((input ?? "").utf8))
        } catch {
            throw StartFailure(description: "\(what): \(error)")
        }
        guard finished.status == 0 else {
            throw StartFailure(description: "\(what) failed (status \(finished.status)): "
                               + finished.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return finished.output
    }
}
