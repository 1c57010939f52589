// Generates the Swift source of the string catalog from its PO files (run by CatalogPlugin on
// every build; see Sources/Catalog/Catalog.docc).
//
//   catalog-generator OUTPUT.swift intake.pot [LANGUAGE=FILE.po ...]
//
// The template (`intake.pot`) holds every key (`msgctxt`) with its English text (`msgid`); each
// language file holds the same entries with their translations (`msgstr`). Output: `TextKey`, one
// case per key, and one table per language of the texts translated (fuzzy or empty ones are left
// out, so they show in English).
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else { fail("usage: catalog-generator OUTPUT.swift intake.pot [LANGUAGE=FILE.po ...]") }
let output = arguments[arguments.startIndex]
let templatePath = arguments[arguments.startIndex + 1]

func read(_ path: String) -> POFile {
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read") }
    do { return try POFile(text: String(decoding: data, as: UTF8.self), file: path) } catch { fail("\(error)") }
}

let template = read(templatePath)
var englishByKey: [String: String] = [:]
var caseNames: [String: String] = [:]
for entry in template.entries {
    if englishByKey[entry.key] != nil { fail("\(templatePath): key \(entry.key) is given twice") }
    englishByKey[entry.key] = entry.english
    let name = CatalogSource.caseName(entry.key)
    if let other = caseNames[name] { fail("\(templatePath): keys \(other) and \(entry.key) give the same Swift name \(name)") }
    caseNames[name] = entry.key
}

var translations: [(language: String, table: [(String, String)])] = []
for argument in arguments.dropFirst(2) {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { fail("expected LANGUAGE=FILE.po, not \(argument)") }
    var table: [(String, String)] = []
    for entry in read(parts[1]).entries {
        guard let english = englishByKey[entry.key] else { fail("\(parts[1]): key \(entry.key) is not in \(templatePath)") }
        // An entry whose English changed since it was translated is stale: shown in English.
        guard entry.english == english, !entry.fuzzy, !entry.translation.isEmpty else { continue }
        table.append((entry.key, entry.translation))
    }
    translations.append((parts[0], table))
}

let source = CatalogSource.render(
    keys: template.entries.map { ($0.key, $0.english) },
    translations: translations
)
do {
    let existing = FileManager.default.contents(atPath: output).map { String(decoding: $0, as: UTF8.self) }
    if existing != source { try source.write(toFile: output, atomically: true, encoding: .utf8) }
} catch {
    fail("\(output): cannot be written: \(error)")
}
