import Catalog
import Foundation

/// The clinic's staff PINs, from the `[[staff.pins]]` entries of clinic.toml, for sites that do
/// not want PAM: each a login, the name shown in the audit trail, and the PIN's hash.
///
/// ```toml
/// [[staff.pins]]
/// login = "jm"
/// name = "J. Martin"
/// hash = "$y$j9T$…"   # made by `intake staff-pin --login jm --name "J. Martin"`
/// ```
public struct PINList: StaffAuthenticator, Hashable {
    public struct Entry: Hashable, Sendable {
        public var login: String
        public var name: String
        public var hash: String

        public init(login: String, name: String, hash: String) {
            self.login = login
            self.name = name
            self.hash = hash
        }

        /// The entry as a `[[staff.pins]]` block to paste into clinic.toml.
        public var clinicFileBlock: String {
            """
            [[staff.pins]]
            login = \(Self.tomlString(login))
            name = \(Self.tomlString(name))
            hash = \(Self.tomlString(hash))

            """
        }

        /// Why `login` cannot be a staff login (the end of a sentence, in `language`), or nil when it can.
        public static func problem(withLogin login: String, language: Language) -> String? {
            if login.isEmpty { return Catalog(language)(.staffValueEmpty) }
            if login.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
                return Catalog(language)(.staffLoginOneWord)
            }
            return nil
        }

        /// Why `name` cannot be a display name, or nil when it can (control characters could
        /// drive the terminal when the name is shown).
        public static func problem(withName name: String, language: Language) -> String? {
            if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Catalog(language)(.staffValueEmpty) }
            if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                return Catalog(language)(.staffNameControls)
            }
            return nil
        }

        /// A TOML basic string: quotes, backslashes and control characters escaped.
        static func tomlString(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) { self.entries = entries }

    /// The staff member whose entry has `login` when `secret` is their PIN.
    public func authenticate(login: String, secret: String) -> StaffMember? {
        guard let entry = entries.first(where: { $0.login == login }),
              PINHash.verify(pin: secret, hash: entry.hash) else { return nil }
        return StaffMember(login: entry.login, name: entry.name)
    }
}
