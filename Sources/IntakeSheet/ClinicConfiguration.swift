import Foundation
import TOMLKit

/// The clinic's settings for the sheet, read from `clinic.toml`:
/// `$XDG_CONFIG_HOME/osteo-intake/clinic.toml`, else `~/.config/osteo-intake/clinic.toml`.
///
/// ```toml
/// name = "Riverside Spine Clinic"
/// ```
public struct ClinicConfiguration: Hashable, Sendable, Decodable {
    public static let defaultName = "OsteoIntake clinic"

    public var name: String

    public init(name: String = ClinicConfiguration.defaultName) { self.name = name }

    private enum CodingKeys: String, CodingKey { case name }
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .name).map(SheetText.sanitised) ?? ""
        self.name = name.isEmpty ? ClinicConfiguration.defaultName : name
    }

    /// Where clinic.toml is looked for, given the environment.
    public static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("osteo-intake/clinic.toml")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/osteo-intake/clinic.toml")
    }

    /// The configuration from `url`; the default when the file does not exist.
    /// A file that exists but is not valid TOML is an error naming the file.
    public static func load(from url: URL) throws -> ClinicConfiguration {
        guard FileManager.default.fileExists(atPath: url.path) else { return ClinicConfiguration() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ClinicConfigurationError(path: url.path, reason: "it cannot be read as UTF-8 text")
        }
        do { return try TOMLDecoder().decode(ClinicConfiguration.self, from: text) } catch {
            throw ClinicConfigurationError(path: url.path, reason: "it is not valid TOML with a text key 'name' (name = \"Clinic name\")")
        }
    }

    /// The configuration for this user's environment.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ClinicConfiguration {
        try load(from: fileURL(environment: environment))
    }
}

public struct ClinicConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "clinic settings \(path) cannot be used: \(reason)" }
}
