import Catalog
import Foundation
import TOMLKit

/// A theme file that could not be used, with where the problem is.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: Reason

    /// What is wrong with the theme.
    public enum Reason: Hashable, Sendable {
        case notFound(lookedIn: String)
        case notUTF8
        /// The TOML reader's own words about the syntax.
        case syntax(String)
        case notTOML
        case unknownRole(String)
        case roleNotTable(String)
        case notColour(role: String, setting: String)
        case notBool(role: String, setting: String)
        case unknownSetting(role: String, setting: String)

        /// The reason in `language`: "unknown role 'shiny'; roles are ...".
        public func message(in language: Language) -> String {
            let catalog = Catalog(language)
            switch self {
            case .notFound(let places): return catalog(.uiThemeNotFound, ["places": places])
            case .notUTF8: return catalog(.uiThemeNotUTF8)
            case .syntax(let words): return words
            case .notTOML: return catalog(.uiThemeNotTOML)
            case .unknownRole(let role):
                return catalog(.uiThemeUnknownRole, ["role": role, "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")])
            case .roleNotTable(let role): return catalog(.uiThemeRoleNotTable, ["role": role])
            case .notColour(let role, let setting): return catalog(.uiThemeNotColour, ["role": role, "setting": setting])
            case .notBool(let role, let setting): return catalog(.uiThemeNotBool, ["role": role, "setting": setting])
            case .unknownSetting(let role, let setting): return catalog(.uiThemeUnknownSetting, ["role": role, "setting": setting])
            }
        }
    }

    /// "file:line:column: reason", the reason in `language`.
    public func message(in language: Language) -> String { "\(file):\(line):\(column): \(reason.message(in: language))" }

    public var description: String { message(in: .english) }
}

/// Finds and reads `themes/*.toml`:
///
/// ```toml
/// name = "default"
/// [roles.focus]
/// fg = "yellow"      # a name, "default" or 0-255
/// bg = "default"
/// bold = true        # also underline, reverse, dim
/// ```
/// Roles missing from a file keep the built-in default's style.
public enum ThemeLoader {
    /// Folders searched, in order: next to the executable, the installed share folder, the
    /// source tree (for `swift run`).
    public static func searchFolders(executablePath: String = CommandLine.arguments.first ?? "",
                                     sourceFile: String = #filePath) -> [String] {
        let exeDir = (URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()).path
        let prefix = URL(fileURLWithPath: exeDir).deletingLastPathComponent().path
        let sourceRoot = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        return [exeDir + "/themes", prefix + "/share/osteo-intake/themes", "/usr/local/share/osteo-intake/themes",
                "/usr/share/osteo-intake/themes", sourceRoot + "/themes"]
    }

    /// A theme by name or path. `nil` or "default" gives the built-in default without a file.
    /// A failure gives the reason; the caller shows it and uses `Theme.builtIn`. `folders`
    /// defaults to `searchFolders()`, worked out only when a theme is named: resolving the
    /// executable's path through Foundation's URL costs a start without `--theme` 0.1 ms.
    public static func load(_ nameOrPath: String?, folders: [String]? = nil) -> Result<Theme, ThemeError> {
        guard let nameOrPath, !nameOrPath.isEmpty else { return .success(.builtIn) }
        let folders = folders ?? searchFolders()
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        if !isPath && nameOrPath == "default" && !folders.contains(where: { exists($0 + "/default.toml") }) {
            return .success(.builtIn)
        }
        let candidates = isPath ? [nameOrPath] : folders.map { "\($0)/\(nameOrPath).toml" }
        guard let file = candidates.first(where: exists) else {
            return .failure(ThemeError(file: isPath ? nameOrPath : nameOrPath + ".toml", line: 0, column: 0,
                                       reason: .notFound(lookedIn: isPath ? nameOrPath : folders.joined(separator: ", "))))
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            return .failure(ThemeError(file: file, line: 0, column: 0, reason: .notUTF8))
        }
        return parse(text, file: file)
    }

    private static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Parses theme text; `file` names it in errors.
    public static func parse(_ text: String, file: String) -> Result<Theme, ThemeError> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            return .failure(ThemeError(file: file, line: e.source.begin.line, column: e.source.begin.column, reason: .syntax(e.description)))
        } catch {
            return .failure(ThemeError(file: file, line: 0, column: 0, reason: .notTOML))
        }
        var theme = Theme.builtIn
        theme.name = table["name"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard let roles = table["roles"]?.table else { return .success(theme) }
        for key in roles.keys {
            guard let role = Role(rawValue: key) else {
                return .failure(error(file, text, key, .unknownRole(key)))
            }
            guard let t = roles[key]?.table else { return .failure(error(file, text, key, .roleNotTable(key))) }
            var style = RoleStyle()
            for field in t.keys {
                switch field {
                case "fg", "bg":
                    guard let c = color(t[field]) else {
                        return .failure(error(file, text, field, .notColour(role: key, setting: field)))
                    }
                    if field == "fg" { style.foreground = c } else { style.background = c }
                case "bold", "underline", "reverse", "dim":
                    guard let b = t[field]?.bool else { return .failure(error(file, text, field, .notBool(role: key, setting: field))) }
                    switch field {
                    case "bold": style.bold = b
                    case "underline": style.underline = b
                    case "reverse": style.reverse = b
                    default: style.dim = b
                    }
                default:
                    return .failure(error(file, text, field, .unknownSetting(role: key, setting: field)))
                }
            }
            theme.styles[role] = style
        }
        return .success(theme)
    }

    private static func color(_ v: (any TOMLValueConvertible)?) -> Int? {
        if let n = v?.int, (-1...255).contains(n) { return n }
        if let s = v?.string { return Theme.colorNames[s.lowercased()] }
        return nil
    }

    /// TOMLKit gives positions only for syntax errors; for a bad value, point at the first
    /// line that sets the key.
    private static func error(_ file: String, _ text: String, _ key: String, _ reason: ThemeError.Reason) -> ThemeError {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = line.range(of: key), line[line.startIndex..<r.lowerBound].allSatisfy({ $0 == " " || $0 == "[" || $0 == "." || $0.isLetter }) {
                let col = line.distance(from: line.startIndex, to: r.lowerBound) + 1
                return ThemeError(file: file, line: i + 1, column: col, reason: reason)
            }
        }
        return ThemeError(file: file, line: 1, column: 1, reason: reason)
    }
}
