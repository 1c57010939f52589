import Foundation
import TOMLKit

extension StaffAccessConfiguration {
    static let settingNames = ["pam", "pam_service", "pins"]
    static let entryNames = ["login", "name", "hash"]

    /// The `[staff]` settings in clinic.toml's `text`, with a message for each setting that
    /// cannot be used, naming it and saying what is allowed. A wrong setting keeps its default;
    /// a wrong `[[staff.pins]]` entry is left out and the others are used.
    public static func parse(_ text: String, file: String) -> (configuration: StaffAccessConfiguration, problems: [String]) {
        let at = "clinic settings \(file)"
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            let place = "line \(error.source.begin.line), column \(error.source.begin.column)"
            return (StaffAccessConfiguration(), ["\(at) is not valid TOML (\(place): \(error.description)); \(fallback)"])
        } catch {
            return (StaffAccessConfiguration(), ["\(at) is not valid TOML; \(fallback)"])
        }
        guard let value = table["staff"] else { return (StaffAccessConfiguration(), []) }
        guard let staff = value.table else {
            return (StaffAccessConfiguration(), ["\(at): staff must be a table ([staff]), not a \(value.tomlValue.type); \(fallback)"])
        }
        var configuration = StaffAccessConfiguration()
        var problems: [String] = []
        for key in staff.keys where !settingNames.contains(key) {
            problems.append("\(at): [staff] has no setting '\(key)'; its settings are pam, pam_service and [[staff.pins]]")
        }
        if let pam = staff["pam"] {
            if let on = pam.bool { configuration.pam = on } else {
                problems.append("\(at): [staff] pam must be true or false, not a \(pam.tomlValue.type); PAM stays on")
            }
        }
        if let service = staff["pam_service"] {
            if let name = service.string, let problem = serviceProblem(name) {
                problems.append("\(at): [staff] pam_service \(problem); '\(PAMAuthenticator.defaultService)' is used")
            } else if let name = service.string {
                configuration.pamService = name
            } else {
                problems.append("\(at): [staff] pam_service must be a text (a file name in /etc/pam.d), not a "
                    + "\(service.tomlValue.type); '\(PAMAuthenticator.defaultService)' is used")
            }
        }
        if let pins = staff["pins"] {
            guard let list = pins.array else {
                problems.append("\(at): staff.pins must be a list of [[staff.pins]] tables, not a \(pins.tomlValue.type)")
                return (configuration, problems)
            }
            for (index, item) in list.enumerated() {
                switch entry(item, number: index + 1, at: at) {
                case .success(let entry) where configuration.pins.contains(where: { $0.login == entry.login }):
                    problems.append("\(at): [[staff.pins]] entry \(index + 1): login '\(entry.login)' is listed twice; the first entry is used")
                case .success(let entry): configuration.pins.append(entry)
                case .failure(let problem): problems.append(problem.message)
                }
            }
        }
        return (configuration, problems)
    }

    /// Why `name` cannot be a PAM service, or nil when it can.
    static func serviceProblem(_ name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
        return !name.isEmpty && allowed && !name.hasPrefix(".")
            ? nil : "must be a file name in /etc/pam.d (letters, digits, '.', '_', '-'), for example 'login'"
    }

    struct EntryProblem: Error { var message: String }

    /// One `[[staff.pins]]` table as an entry, or the message saying what is wrong with it.
    static func entry(_ item: any TOMLValueConvertible, number: Int, at: String) -> Result<PINList.Entry, EntryProblem> {
        func problem(_ text: String) -> Result<PINList.Entry, EntryProblem> {
            .failure(EntryProblem(message: "\(at): [[staff.pins]] entry \(number) \(text); the entry is left out"))
        }
        guard let table = item.table else { return problem("must be a table (login, name, hash), not a \(item.tomlValue.type)") }
        if table["pin"] != nil || table["password"] != nil {
            return problem("holds a plain PIN, which is never stored: remove it and put the hash 'intake staff-pin' makes in hash")
        }
        if let unknown = table.keys.first(where: { !entryNames.contains($0) }) {
            return problem("has no setting '\(unknown)'; an entry has login, name and hash")
        }
        guard let login = table["login"]?.string else { return problem("needs login = \"…\", the login typed to sign in") }
        if let reason = PINList.Entry.problem(withLogin: login) { return problem("login \(reason)") }
        let named = "(login '\(login)')"
        var name = login
        if let value = table["name"] {
            guard let text = value.string else { return problem("\(named): name must be a text, the name the audit trail shows") }
            if let reason = PINList.Entry.problem(withName: text) { return problem("\(named): name \(reason)") }
            name = text
        }
        guard let hash = table["hash"]?.string else {
            return problem("\(named) needs hash = \"$y$…\", the PIN hash 'intake staff-pin' makes")
        }
        if let reason = PINHash.problem(withHash: hash) { return problem("\(named): hash \(reason)") }
        return .success(PINList.Entry(login: login, name: name, hash: hash))
    }
}
