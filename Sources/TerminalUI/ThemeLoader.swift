import Foundation
import TOMLKit

/// A theme file that could not be used, with where the problem is.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String
    public var description: String { "\(file):\(line):\(column): \(reason)" }
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
                                       reason: "theme not found (looked in \(isPath ? nameOrPath : folders.joined(separator: ", ")))"))
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            return .failure(ThemeError(file: file, line: 0, column: 0, reason: "cannot be read as UTF-8 text"))
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
            return .failure(ThemeError(file: file, line: e.source.begin.line, column: e.source.begin.column, reason: e.description))
        } catch {
            return .failure(ThemeError(file: file, line: 0, column: 0, reason: "not valid TOML"))
        }
        var theme = Theme.builtIn
        theme.name = table["name"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard let roles = table["roles"]?.table else { return .success(theme) }
        for key in roles.keys {
            guard let role = Role(rawValue: key) else {
                return .failure(error(file, text, key, "unknown role '\(key)'; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            guard let t = roles[key]?.table else { return .failure(error(file, text, key, "role '\(key)' must be a table")) }
            var style = RoleStyle()
            for field in t.keys {
                switch field {
                case "fg", "bg":
                    guard let c = color(t[field]) else {
                        return .failure(error(file, text, field, "\(key).\(field): a colour name, \"default\" or 0-255"))
                    }
                    if field == "fg" { style.foreground = c } else { style.background = c }
                case "bold", "underline", "reverse", "dim":
                    guard let b = t[field]?.bool else { return .failure(error(file, text, field, "\(key).\(field): true or false")) }
                    switch field {
                    case "bold": style.bold = b
                    case "underline": style.underline = b
                    case "reverse": style.reverse = b
                    default: style.dim = b
                    }
                default:
                    return .failure(error(file, text, field, "\(key): unknown setting '\(field)' (fg, bg, bold, underline, reverse, dim)"))
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
    private static func error(_ file: String, _ text: String, _ key: String, _ reason: String) -> ThemeError {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let r = line.range(of: key), line[line.startIndex..<r.lowerBound].allSatisfy({ $0 == " " || $0 == "[" || $0 == "." || $0.isLetter }) {
                let col = line.distance(from: line.startIndex, to: r.lowerBound) + 1
                return ThemeError(file: file, line: i + 1, column: col, reason: reason)
            }
        }
        return ThemeError(file: file, line: 1, column: 1, reason: reason)
    }
}
