import Catalog
import Foundation
import TOMLKit

/// How staff sign in, from the `[staff]` table of clinic.toml (found as the sheet's clinic
/// settings are: `$XDG_CONFIG_HOME/osteo-intake/clinic.toml`, else
/// `~/.config/osteo-intake/clinic.toml`):
///
/// ```toml
/// [staff]
/// pam = true                    # also take the account's login password through PAM (default true)
/// pam_service = "osteo-intake"  # the /etc/pam.d file; without one PAM uses "other" (default osteo-intake)
/// [[staff.pins]]                # a per-clinic PIN, for sites without PAM; any number of these
/// login = "jm"
/// name = "J. Martin"            # shown in the audit trail (default: the login)
/// hash = "$y$j9T$…"             # made by `intake staff-pin`
/// ```
///
/// With no file, or no `[staff]` table, staff sign in with their account password (PAM).
public struct StaffAccessConfiguration: Hashable, Sendable {
    public var pam: Bool
    public var pamService: String
    public var pins: [PINList.Entry]

    public init(pam: Bool = true, pamService: String = PAMAuthenticator.defaultService, pins: [PINList.Entry] = []) {
        self.pam = pam
        self.pamService = pamService
        self.pins = pins
    }

    /// Where clinic.toml is looked for, given the environment (the rule of the sheet's settings).
    public static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("osteo-intake/clinic.toml")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/osteo-intake/clinic.toml")
    }

    /// The way staff sign in for this environment: the PIN list first, then (when enabled and
    /// available) PAM; with the problems to show whoever runs the clinic (a setting that cannot
    /// be used, a library that cannot be loaded). Problems never stop the program: what could
    /// be read is used, and a file that cannot be read at all leaves the defaults (PAM). The
    /// problems are said in `language` (the staff's).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment, language: Language)
        -> (authenticator: any StaffAuthenticator, problems: [String]) {
        let (configuration, problems) = read(from: fileURL(environment: environment), language: language)
        let (authenticator, more) = configuration.authenticator(language: language)
        return (authenticator, problems + more)
    }

    /// The settings in the file at `url`, with what was wrong in it; the defaults when the file
    /// does not exist.
    public static func read(from url: URL, language: Language) -> (configuration: StaffAccessConfiguration, problems: [String]) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (StaffAccessConfiguration(), []) }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let catalog = Catalog(language)
            return (StaffAccessConfiguration(), [catalog(.staffSettingNotUTF8, ["path": url.path, "fallback": catalog(.staffSettingFallback)])])
        }
        return parse(text, file: url.path, language: language)
    }

    /// The authenticator these settings describe, with the problems of building it (in `language`).
    public func authenticator(language: Language) -> (authenticator: any StaffAuthenticator, problems: [String]) {
        let catalog = Catalog(language)
        var checks: [any StaffAuthenticator] = []
        var problems: [String] = []
        if !pins.isEmpty {
            if let reason = PINHash.unavailable {
                problems.append(catalog(.staffAccessPinsUnavailable, ["reason": reason.message(in: language)]))
            } else {
                checks.append(PINList(pins))
            }
        }
        if pam {
            let check = PAMAuthenticator(service: pamService)
            if let reason = check.unavailable {
                problems.append(catalog(.staffAccessPamUnavailable, ["reason": reason.message(in: language)]))
            } else {
                checks.append(check)
            }
        }
        if checks.isEmpty {
            problems.append(catalog(.staffAccessNobody))
        }
        return (StaffAuthenticators(checks), problems)
    }
}
