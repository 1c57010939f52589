import Catalog
import Foundation
import TOMLKit

extension StaffAccessConfiguration {
    static let settingNames = ["pam", "pam_service", "pins"]
    static let entryNames = ["login", "name", "hash"]

    /// The `[staff]` settings in clinic.toml's `text`, with a message (in `language`, the staff's)
    /// for each setting that cannot be used, naming it and saying what is allowed. A wrong setting
    /// keeps its default; a wrong `[[staff.pins]]` entry is left out and the others are used.
    public static func parse(_ text: String, file: String, language: Language)
        -> (configuration: StaffAccessConfiguration, problems: [String]) {
        let catalog = Catalog(language)
        func said(_ key: TextKey, _ values: [String: String] = [:]) -> String {
            catalog(key, values.merging(["path": file, "fallback": catalog(.staffSettingFallback)]) { given, _ in given })
        }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            return (StaffAccessConfiguration(), [said(.staffSettingNotTOMLAt, [
                "line": String(error.source.begin.line), "column": String(error.source.begin.column), "error": error.description,
            ])])
        } catch {
            return (StaffAccessConfiguration(), [said(.staffSettingNotTOML)])
        }
        guard let value = table["staff"] else { return (StaffAccessConfiguration(), []) }
        guard let staff = value.table else {
            return (StaffAccessConfiguration(), [said(.staffSettingStaffNotTable, ["type": "\(value.tomlValue.type)"])])
        }
        var configuration = StaffAccessConfiguration()
        var problems: [String] = []
        for key in staff.keys where !settingNames.contains(key) {
            problems.append(said(.staffSettingUnknown, ["setting": key]))
        }
        if let pam = staff["pam"] {
            if let on = pam.bool { configuration.pam = on } else {
                problems.append(said(.staffSettingPamNotBool, ["type": "\(pam.tomlValue.type)"]))
            }
        }
        if let service = staff["pam_service"] {
            let fallback = ["default": PAMAuthenticator.defaultService]
            if let name = service.string, !isServiceName(name) {
                problems.append(said(.staffSettingPamService, fallback))
            } else if let name = service.string {
                configuration.pamService = name
            } else {
                problems.append(said(.staffSettingPamServiceNotText, fallback.merging(["type": "\(service.tomlValue.type)"]) { a, _ in a }))
            }
        }
        if let pins = staff["pins"] {
            guard let list = pins.array else {
                problems.append(said(.staffSettingPinsNotList, ["type": "\(pins.tomlValue.type)"]))
                return (configuration, problems)
            }
            for (index, item) in list.enumerated() {
                let number = String(index + 1)
                switch entry(item, catalog: catalog) {
                case .success(let entry) where configuration.pins.contains(where: { $0.login == entry.login }):
                    problems.append(said(.staffSettingLoginTwice, ["number": number, "login": entry.login]))
                case .success(let entry): configuration.pins.append(entry)
                case .failure(let problem): problems.append(said(.staffSettingEntryLeftOut, ["number": number, "problem": problem.words]))
                }
            }
        }
        return (configuration, problems)
    }

    /// Whether `name` can be a PAM service: a file name in /etc/pam.d.
    static func isServiceName(_ name: String) -> Bool {
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
        }
        return !name.isEmpty && allowed && !name.hasPrefix(".")
    }

    /// What is wrong with one entry: the end of the sentence "entry N ...".
    struct EntryProblem: Error { var words: String }

    /// One `[[staff.pins]]` table as an entry, or the words saying what is wrong with it.
    static func entry(_ item: any TOMLValueConvertible, catalog: Catalog) -> Result<PINList.Entry, EntryProblem> {
        func problem(_ key: TextKey, _ values: [String: String] = [:]) -> Result<PINList.Entry, EntryProblem> {
            .failure(EntryProblem(words: catalog(key, values)))
        }
        guard let table = item.table else { return problem(.staffEntryNotTable, ["type": "\(item.tomlValue.type)"]) }
        if table["pin"] != nil || table["password"] != nil { return problem(.staffEntryPlainPIN) }
        if let unknown = table.keys.first(where: { !entryNames.contains($0) }) {
            return problem(.staffEntryUnknown, ["setting": unknown])
        }
        guard let login = table["login"]?.string else { return problem(.staffEntryNoLogin) }
        if let reason = PINList.Entry.problem(withLogin: login, language: catalog.language) {
            return problem(.staffEntryLogin, ["problem": reason])
        }
        var name = login
        if let value = table["name"] {
            guard let text = value.string else { return problem(.staffEntryNameNotText, ["login": login]) }
            if let reason = PINList.Entry.problem(withName: text, language: catalog.language) {
                return problem(.staffEntryName, ["login": login, "problem": reason])
            }
            name = text
        }
        guard let hash = table["hash"]?.string else { return problem(.staffEntryNoHash, ["login": login]) }
        if let reason = PINHash.problem(withHash: hash, language: catalog.language) {
            return problem(.staffEntryHash, ["login": login, "problem": reason])
        }
        return .success(PINList.Entry(login: login, name: name, hash: hash))
    }
}
