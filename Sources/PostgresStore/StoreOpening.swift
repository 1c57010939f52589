import Catalog
import Foundation
import IntakeStore

/// Opens the store a `--db` value (or `INTAKE_DB`) names: a `postgres://` / `postgresql://`
/// address is the records server (`PostgresIntakeStore`), anything else a database file
/// (`SQLiteIntakeStore`). The one place the program picks a backend.
public enum StoreOpening {
    /// `createIfMissing` applies to a file; a server's database is made by its administrator.
    public static func open(_ location: String, createIfMissing: Bool = true,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any IntakeRecordStore {
        if PostgresLocation.isAddress(location) {
            return try PostgresIntakeStore(location: PostgresLocation(address: location, environment: environment))
        }
        return try SQLiteIntakeStore(path: location, createIfMissing: createIfMissing)
    }

    /// What messages (in `language`) may call the store: the file's path, or the server's address
    /// without a password.
    public static func label(_ location: String, language: Language,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard PostgresLocation.isAddress(location) else { return location }
        return (try? PostgresLocation(address: location, environment: environment).label) ?? Catalog(language)(.storeAddressLabel)
    }
}
