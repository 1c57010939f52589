import Catalog
import Foundation
import IntakeStore

/// Where the records server is and how to sign in, read as libpq reads it: a
/// `postgres://` / `postgresql://` URL (`postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path`),
/// whatever it leaves out taken from `PGHOST`, `PGPORT`, `PGDATABASE`, `PGUSER`, `PGSSLMODE` and
/// `PGSSLROOTCERT`, and the password from `PGPASSFILE` or `~/.pgpass` (ignored unless 0600, as libpq does).
///
/// A password written into the URL is refused (`passwordInAddress`, not a warning): `--db` is on the command line,
/// which every user of the machine can read in the process list, and the address is shown in
/// messages. The password belongs in the password file.
public struct PostgresLocation: Sendable, Equatable {
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    /// A host name or address, or a folder holding the server's Unix socket (starts with "/").
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var sslMode: SSLMode
    /// The CA certificate(s) the server's certificate must chain to (verify-ca, verify-full).
    public var sslRootCertificate: String?
    /// From the password file; never printed (`label` leaves it out).
    var password: String?

    /// `postgresql://user@host:port/database`: what messages and the audit trail may show.
    public var label: String {
        let where_ = host.hasPrefix("/") ? "localhost:\(port)" : "\(host.contains(":") ? "[\(host)]" : host):\(port)"
        return "postgresql://\(user)@\(where_)/\(database)"
    }

    public var unixSocketPath: String? { host.hasPrefix("/") ? host + "/.s.PGSQL.\(port)" : nil }

    /// Whether `text` names a PostgreSQL server rather than a database file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The address was refused: a password in it (see the type's comment), or it cannot be read.
    static let passwordInAddress = StoreError.invalidValue(field: .text(.storeAddressField), allowed: .text(.storeAddressNoPassword))
    static let unreadableAddress = StoreError.invalidValue(field: .text(.storeAddressField), allowed: .text(.storeAddressForm))

    public init(host: String, port: Int, user: String, database: String, sslMode: SSLMode = .prefer,
                sslRootCertificate: String? = nil, password: String? = nil) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.sslMode = sslMode
        self.sslRootCertificate = sslRootCertificate
        self.password = password
    }

    /// Reads `address` (a `postgres://` URL) with `environment` filling the gaps; the password
    /// comes from the password file only.
    public init(address: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isAddress(address), let url = URLComponents(string: address) else { throw Self.unreadableAddress }
        if url.password != nil || address.range(of: "^postgres(ql)?://[^/@]*:[^/@]*@", options: .regularExpression) != nil {
            throw Self.passwordInAddress
        }
        var parameters: [String: String] = [:]
        for item in url.queryItems ?? [] { parameters[item.name] = item.value ?? "" }
        if parameters["password"] != nil { throw Self.passwordInAddress }
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }

        host = nonEmpty(parameters["host"]) ?? nonEmpty(url.host.map { $0.removingPercentEncoding ?? $0 })
            ?? nonEmpty(environment["PGHOST"])
            ?? (FileManager.default.fileExists(atPath: "/var/run/postgresql") ? "/var/run/postgresql" : "localhost")
        let portText = nonEmpty(parameters["port"]) ?? url.port.map(String.init) ?? nonEmpty(environment["PGPORT"]) ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw StoreError.invalidValue(field: .text(.storeAddressPortField), allowed: .text(.storeAddressPort))
        }
        self.port = port
        user = nonEmpty(parameters["user"]) ?? nonEmpty(url.user.map { $0.removingPercentEncoding ?? $0 })
            ?? nonEmpty(environment["PGUSER"]) ?? Self.osUser(environment)
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = nonEmpty(parameters["dbname"]) ?? nonEmpty(path.removingPercentEncoding)
            ?? nonEmpty(environment["PGDATABASE"]) ?? user
        let modeText = nonEmpty(parameters["sslmode"]) ?? nonEmpty(environment["PGSSLMODE"]) ?? "prefer"
        guard let mode = SSLMode(rawValue: modeText) else {
            throw StoreError.invalidValue(field: .system("sslmode"),
                                          allowed: .text(.storeAddressSslmode, ["modes": SSLMode.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        sslMode = mode
        sslRootCertificate = nonEmpty(parameters["sslrootcert"]) ?? nonEmpty(environment["PGSSLROOTCERT"])
        if sslRootCertificate == nil, mode == .verifyCA || mode == .verifyFull {
            sslRootCertificate = Self.home(environment) + "/.postgresql/root.crt"  // libpq's default
        }
        password = PasswordFile.password(for: self, environment: environment)
    }

    static func osUser(_ environment: [String: String]) -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "postgres"
    }

    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let pw = getpwuid(geteuid()), let dir = pw.pointee.pw_dir { return String(cString: dir) }
        return "/"
    }
}

/// libpq's password file: lines `host:port:database:user:password`, `*` matches anything, `\:`
/// and `\\` escape; the first matching line wins. Ignored when group or others may read it.
enum PasswordFile {
    static func password(for location: PostgresLocation, environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 } ?? PostgresLocation.home(environment) + "/.pgpass"
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // A socket folder matches "localhost" in the file, as in libpq.
        let host = location.host.hasPrefix("/") ? "localhost" : location.host
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(location.port), location.database, location.user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    static func split(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
