/// One entry of a gettext PO file as the catalog uses it: the key in `msgctxt`, the English text in
/// `msgid`, the translation in `msgstr` (empty, or marked fuzzy, when not translated yet).
struct POEntry: Equatable {
    var key: String
    var english: String
    var translation: String
    var fuzzy: Bool
}

/// Reads the subset of the PO format that translators' editors (Poedit, Lokalize, Emacs po-mode)
/// write: comments, `msgctxt`, `msgid`, `msgstr`, strings continued on following lines, the
/// escapes `\"`, `\\`, `\n` and `\t`. Plural forms are not used by the catalog.
struct POFile {
    var entries: [POEntry] = []

    struct Problem: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): error: \(message)" }
    }

    init(text: String, file: String) throws {
        var draft = Draft()
        var current: WritableKeyPath<Draft, String?>?
        func finish(line: Int) throws {
            defer { draft = Draft(); current = nil }
            guard let id = draft.id else {
                if draft.context != nil || draft.str != nil { throw Problem(file: file, line: line, message: "an entry without msgid") }
                return
            }
            if id.isEmpty && draft.context == nil { return } // the header
            guard let context = draft.context, !context.isEmpty else {
                throw Problem(file: file, line: line, message: "msgid \"\(id)\" has no msgctxt (the catalog key)")
            }
            entries.append(POEntry(key: context, english: id, translation: draft.str ?? "", fuzzy: draft.fuzzy))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { try finish(line: number); continue }
            if line.hasPrefix("#") {
                if draft.str != nil { try finish(line: number) }
                if line.hasPrefix("#,") && line.contains("fuzzy") { draft.fuzzy = true }
                continue
            }
            if line.hasPrefix("\"") {
                guard let path = current else { throw Problem(file: file, line: number, message: "a string outside an entry") }
                draft[keyPath: path] = (draft[keyPath: path] ?? "") + (try Self.unquote(line, file: file, line: number))
                continue
            }
            guard let (keyword, path) = Self.keyword(of: line) else {
                throw Problem(file: file, line: number, message: "not understood: \(line)")
            }
            if keyword == "msgctxt" && draft.str != nil { try finish(line: number) }
            let rest = String(line.dropFirst(keyword.count + 1)).trimmingCharacters(in: .whitespaces)
            draft[keyPath: path] = try Self.unquote(rest, file: file, line: number)
            current = path
        }
        try finish(line: lines.count)
    }

    /// The keyword a line starts with, and the part of the entry it sets.
    static func keyword(of line: String) -> (String, WritableKeyPath<Draft, String?>)? {
        if line.hasPrefix("msgctxt ") { return ("msgctxt", \Draft.context) }
        if line.hasPrefix("msgid ") { return ("msgid", \Draft.id) }
        if line.hasPrefix("msgstr ") { return ("msgstr", \Draft.str) }
        return nil
    }

    struct Draft {
        var context: String?
        var id: String?
        var str: String?
        var fuzzy = false
    }

    static func unquote(_ quoted: String, file: String, line: Int) throws -> String {
        guard quoted.count >= 2, quoted.hasPrefix("\""), quoted.hasSuffix("\"") else {
            throw Problem(file: file, line: line, message: "expected a string in double quotes")
        }
        var result = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "\"", "\\": result.append(character)
                default: throw Problem(file: file, line: line, message: "unknown escape \\\(character)")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t", "\r"]
}
