import Catalog
import Foundation
import IntakeStore
import PostgresNIO
import Synchronization

/// One connection to the records server, used synchronously: postgres-nio runs on this module's
/// own event loop thread, and the caller's thread waits for each answer (never an event loop
/// thread). One transaction at a time per link; a lost connection is opened again on the next
/// call. Every failure to reach the server is `StoreError.serverUnreachable`.
final class PostgresLink: Sendable {
    /// postgres-nio's own thread, shared by every link of this process.
    static let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    let location: PostgresLocation
    /// A query that has had no answer after this long counts as a lost server.
    let answerTimeout: TimeAmount
    private let connection = Mutex<PostgresConnection?>(nil)
    private let logger: Logger = {
        var logger = Logger(label: "osteo-intake.postgres")
        logger.logLevel = .critical  // postgres-nio's notes never reach stderr (they could name the server)
        return logger
    }()

    init(_ location: PostgresLocation, answerTimeout: TimeAmount = .seconds(15)) {
        self.location = location
        self.answerTimeout = answerTimeout
    }

    deinit {
        if let open = connection.withLock({ $0 }), !open.isClosed { try? (open.close() as EventLoopFuture<Void>).wait() }
    }

    /// Runs `body` in one transaction (BEGIN ... COMMIT), rolled back when it throws. A transaction
    /// the server aborts for a deadlock or a serialization failure is run again (3 attempts).
    func transaction<T>(_ body: (PostgresTransaction) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try connection.withLock { open in
                    let transaction = PostgresTransaction(link: self, connection: try connected(&open))
                    try transaction.execute("BEGIN")
                    do {
                        let result = try body(transaction)
                        try transaction.execute("COMMIT")
                        return result
                    } catch {
                        if transaction.connection.isClosed { open = nil } else { _ = try? transaction.execute("ROLLBACK") }
                        throw error
                    }
                }
            } catch let error as PSQLError where Self.isRetryable(error) && attempt < 3 {
                attempt += 1
                usleep(useconds_t(5_000 * attempt))
            } catch let error as PSQLError {
                throw storeError(error)
            }
        }
    }

    /// One statement outside a transaction (a read that needs only one).
    func rows(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        do {
            return try connection.withLock { open in
                let transaction = PostgresTransaction(link: self, connection: try connected(&open))
                do { return try transaction.rows(query) } catch {
                    if transaction.connection.isClosed { open = nil }
                    throw error
                }
            }
        } catch let error as PSQLError {
            throw storeError(error)
        }
    }

    func close() {
        connection.withLock { open in
            if let current = open, !current.isClosed { try? (current.close() as EventLoopFuture<Void>).wait() }
            open = nil
        }
    }

    private func connected(_ open: inout PostgresConnection?) throws -> PostgresConnection {
        if let current = open, !current.isClosed { return current }
        open = nil
        do {
            let made = try PostgresConnection.connect(on: Self.eventLoops.next(), configuration: try configuration(),
                                                      id: 1, logger: logger).wait()
            open = made
            return made
        } catch let error as PSQLError where error.code == .server {
            throw storeError(error)  // refused by the server itself (no such role, wrong password...)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.serverUnreachable
        }
    }

    func configuration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socket = location.unixSocketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password,
                                  database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: try tls())
        }
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }

    /// libpq's sslmode: disable (plain), allow/prefer (TLS when the server offers it, certificate not
    /// checked), require (TLS, not checked), verify-ca (chain to sslrootcert), verify-full (and the name).
    func tls() throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .allow, .prefer, .require:
            tls.certificateVerification = .none
        case .verifyCA, .verifyFull:
            guard let root = location.sslRootCertificate, FileManager.default.isReadableFile(atPath: root) else {
                throw StoreError.invalidValue(field: .system("sslrootcert"),
                                              allowed: .text(.storeServerRootCert, ["mode": location.sslMode.rawValue]))
            }
            tls.trustRoots = .file(root)
            tls.certificateVerification = location.sslMode == .verifyFull ? .fullVerification : .noHostnameVerification
        }
        let context: NIOSSLContext
        do { context = try NIOSSLContext(configuration: tls) } catch {
            throw StoreError.invalidValue(field: .system("sslrootcert"), allowed: .text(.storeServerPemFile))
        }
        return location.sslMode == .allow || location.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    static func isRetryable(_ error: PSQLError) -> Bool {
        ["40001", "40P01"].contains(error.serverInfo?[.sqlState] ?? "")
    }

    /// The server's words for a failure, never the address's password (there is none in it) and
    /// never the statement's values (only the primary message, not its DETAIL).
    func storeError(_ error: PSQLError) -> StoreError {
        guard error.code == .server, let info = error.serverInfo else { return .serverUnreachable }
        let state = info[.sqlState] ?? ""
        if state.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(state) { return .serverUnreachable }
        let message = info[.message] ?? "error \(state)"
        if state == "42501" || state == "28P01" || state == "28000" {
            return .databaseFailure(path: location.label, detail: .text(.storeServerCheckRole, ["message": message]))
        }
        return .databaseFailure(path: location.label, detail: .system(message))
    }
}

/// The statements of one transaction (or one read) on a link's connection.
struct PostgresTransaction {
    let link: PostgresLink
    let connection: PostgresConnection

    /// The rows of `query`. A query unanswered within the link's timeout closes the connection
    /// (the server or the network is gone) and fails.
    func rows(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        try run(query).rows.map { $0.makeRandomAccess() }
    }

    /// Runs `query`; returns how many rows it changed.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try run(query).metadata.rows ?? 0
    }

    private func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let connection = self.connection
        let watchdog = connection.eventLoop.scheduleTask(in: link.answerTimeout) { let _: EventLoopFuture<Void> = connection.close() }
        defer { watchdog.cancel() }
        do {
            return try connection.query(query, logger: connection.logger).wait()
        } catch let error as PSQLError where error.code == .server {
            // the server ended this session (57P01 after pg_terminate_backend, a shutdown): the
            // connection is dead even before NIO has seen it close, so the next call opens another
            if link.storeError(error) == .serverUnreachable, !connection.isClosed {
                try? (connection.close() as EventLoopFuture<Void>).wait()
            }
            throw error
        } catch {
            if !connection.isClosed { try? (connection.close() as EventLoopFuture<Void>).wait() }
            throw StoreError.serverUnreachable
        }
    }
}

extension PostgresRandomAccessRow {
    func text(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func int(_ column: String) throws -> Int? { try self[column].decode(Int?.self) }
    func double(_ column: String) throws -> Double? { try self[column].decode(Double?.self) }
    func required<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T where T == T._DecodableType {
        guard let value = try self[column].decode(T?.self) else {
            throw StoreError.databaseFailure(path: "PostgreSQL", detail: .text(.storeServerEmptyColumn, ["column": column]))
        }
        return value
    }
}
