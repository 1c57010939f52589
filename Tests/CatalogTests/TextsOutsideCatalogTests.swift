import Foundation
import Testing

/// Issue 14, item 2: every text a person reads comes from the catalog. A string literal of prose
/// (two words or more) in `Sources/` is a text someone reads unless it is on the list below, each
/// entry with its reason and how many such literals the file may hold. A new message written in
/// Swift fails here: put it in `intake.pot` and `es.po` instead. A file on the list whose count
/// drops is fine (lower its number when you move its texts).
@Suite("No user-facing text is written in Swift outside the catalog")
struct TextsOutsideCatalogTests {
    /// Folders of `Sources/` that are not scanned: the catalog itself and its generator, and the
    /// developers' tools (benchmarks and the fuzzer print figures for engineers, not for a clinic).
    static let unscannedModules: Set<String> = ["Catalog", "CatalogPlugin", "catalog-generator", "intake-bench", "intake-fuzz-record"]

    /// Literals that are not texts for a person, with the reason, and how many each file may hold.
    static let notForPeople: [String: (count: Int, reason: String)] = [
        // Data from standards and dictionaries: the words are the standard's own codes and displays.
        "Questionnaire/StandardCodes.swift": (57, "SNOMED CT / LOINC displays, fixed by the code systems"),
        "Questionnaire/StandardCodes+RxNorm.swift": (7, "RxNorm displays, fixed by the code system"),
        "Questionnaire/FHIRMedicationStatement.swift": (2, "FHIR code displays"),
        "intake/FHIRBundleExport.swift": (9, "FHIR Observation code displays of the export, read by FHIR servers"),
        "IntakeModel/MedicationVocabulary+Entries.swift": (28, "medicine names: the dictionary that typed names are matched to"),
        "IntakeModel/MedicationVocabulary+Spanish.swift": (28, "Spanish medicine names: the dictionary that typed names are matched to"),
        "IntakeModel/MedicationVocabulary+DoseText.swift": (7, "words read in typed doses ('once daily', 'al dia'), not shown"),
        "intake/DemoCommand.swift": (3, "medicine names offered by the toolkit demo's type-ahead"),
        "Assessment/Recommendation.swift": (7, "the seed cost table's keys (clinical/reference.md); shown through the catalog"),
        "IntakeModel/IntakeLimits.swift": (11, "limit names keyed into the catalog's validation texts"),
        "IntakeModel/IntakeLimit+Words.swift": (1, "a unit label of IntakeLimits ('UK units/day') keyed to the catalog's unit words"),
        "Questionnaire/QuestionItem+Builders.swift": (2, "linkIds and units of the questionnaire as data"),
        "Questionnaire/QuestionnaireDefinition.swift": (1, "the questionnaire's name as data"),
        "Assessment/AssessmentEngine.swift": (1, "a rule input name, as data"),
        "Assessment/FixedDecimal.swift": (1, "a precondition for programmers"),
        "IntakeModel/CalendarDate.swift": (1, "a precondition for programmers"),
        // What other programs read or write: SQL, date formats, lp's output, font names, file signatures.
        "IntakeStore/SQLiteIntakeStore+Records.swift": (5, "SQL fragments"),
        "IntakeStore/NameSearchIndex.swift": (1, "SQL fragments (the list order)"),
        "PostgresStore/PostgresIntakeStore+Records.swift": (5, "SQL fragments"),
        "PostgresStore/PostgresIntakeStore.swift": (2, "SQL fragments"),
        "PostgresStore/PostgresSchema.swift": (1, "SQL that sets up the desks' role"),
        "intake/StoreCommandOutput.swift": (1, "a date format pattern"),
        "IntakeStore/JournaledIntakeStore.swift": (1, "the journal file's own header line"),
        "IntakeStore/JournalSyncer.swift": (1, "a thread's name, read in debuggers"),
        "IntakeStore/ServerErrands.swift": (1, "a thread's name, read in debuggers"),
        "IntakeSheet/PDFSheetRenderer.swift": (1, "font family names for pango"),
        "IntakeSheet/LinePrinter.swift": (2, "what lp prints, matched in its output"),
        "IntakeSheet/ClinicConfiguration.swift": (1, "the default clinic name, a proper name printed as set"),
        "intake/AssessCommand.swift": (2, "the command name before a message of the catalog ('intake assess: ')"),
        "intake/StaffPinCommand.swift": (1, "the command name before a message of the catalog ('intake staff-pin: ')"),
        "intake/DatabaseCommand.swift": (1, "the command name a store error names ('intake db copy')"),
        "IntakeApp/Shell/IntakeShell+Records.swift": (1, "an audit field value, stored, not shown"),
        "IntakeApp/KeyboardTypist.swift": (1, "keys typed by the example typist in tests"),
        "IntakeApp/ScreenFuzzing.swift": (7, "inputs the screen fuzzer types"),
        "CursesTerminal/StuckFrameWatchdog.swift": (2, "a crash report for the developers on standard error"),
        "IntakeStore/DatabaseLocation.swift": (1, "SQLite's file signature"),
    ]

    static let sources: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Each scanned Swift file (path under `Sources/`) with its prose literals.
    static func proseLiterals() throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let url as URL in files where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(sources.path.count + 1))
            guard let module = path.split(separator: "/").first, !unscannedModules.contains(String(module)) else { continue }
            let prose = SwiftLiterals.of(try String(contentsOf: url, encoding: .utf8)).filter(SwiftLiterals.isProse)
            if !prose.isEmpty { found[path] = prose }
        }
        return found
    }

    @Test("every prose literal in Sources is on the list, within its file's number; the rest is in the catalog")
    func noNewTextsInSwift() throws {
        let found = try Self.proseLiterals()
        #expect(found.count > 20, "the scan found too little: is \(Self.sources.path) the Sources folder?")
        for (path, literals) in found.sorted(by: { $0.key < $1.key }) {
            let allowed = Self.notForPeople[path]?.count ?? 0
            #expect(literals.count <= allowed, """
                \(path) writes \(literals.count - allowed) more text(s) in Swift than allowed (\(allowed)); put what people \
                read in Sources/Catalog/Translations (intake.pot and es.po): \(literals.prefix(4).map { "\"\($0)\"" }.joined(separator: ", "))
                """)
        }
    }

    @Test("the scan sees texts in quotes, interpolations and triple quotes, and skips comments and SQL")
    func scanFindsWhatItShould() {
        let source = #"""
            // a comment with "some words" in quotes
            let a = "cannot read the file"
            let b = "\(name): not a valid record (\(reason))"
            let c = """
                A longer text on
                two lines.
                """
            let d = "SELECT id FROM intake WHERE x = ?"
            let e = "intake"
            let f = #"a raw text here"#
            """#
        let prose = SwiftLiterals.of(source).filter(SwiftLiterals.isProse)
        #expect(prose.count == 4, "\(prose)")
        #expect(prose.contains("cannot read the file") && prose.contains(" : not a valid record ( )"))
        #expect(!prose.contains { $0.contains("comment") })
        #expect(!prose.contains { $0.hasPrefix("SELECT") })
    }
}

/// The string literals of Swift source, roughly: enough to find texts, not a Swift parser.
enum SwiftLiterals {
    /// The literals' contents, interpolations replaced by a space; comments skipped.
    static func of(_ source: String) -> [String] {
        let text = Array(source.unicodeScalars)
        var literals: [String] = []
        var i = 0
        func starts(_ s: String, at index: Int) -> Bool {
            let scalars = Array(s.unicodeScalars)
            return index + scalars.count <= text.count && Array(text[index..<index + scalars.count]) == scalars
        }
        func find(_ s: String, from index: Int) -> Int {
            var j = index
            while j < text.count && !starts(s, at: j) { j += 1 }
            return j
        }
        func content(_ range: Range<Int>) -> String {
            var result = String.UnicodeScalarView()
            var j = range.lowerBound
            while j < range.upperBound {
                if text[j] == "\\" && j + 1 < range.upperBound && text[j + 1] == "(" {
                    var depth = 1
                    j += 2
                    while j < range.upperBound && depth > 0 {
                        if text[j] == "(" { depth += 1 } else if text[j] == ")" { depth -= 1 }
                        j += 1
                    }
                    result.append(" ")
                    continue
                }
                result.append(text[j])
                j += 1
            }
            return String(result)
        }
        while i < text.count {
            if starts("//", at: i) { i = find("\n", from: i); continue }
            if starts("/*", at: i) { i = find("*/", from: i) + 2; continue }
            if starts("#\"\"\"", at: i) { let end = find("\"\"\"#", from: i + 4); literals.append(content(i + 4..<end)); i = end + 4; continue }
            if starts("\"\"\"", at: i) { let end = find("\"\"\"", from: i + 3); literals.append(content(i + 3..<end)); i = end + 3; continue }
            if starts("#\"", at: i) { let end = find("\"#", from: i + 2); literals.append(content(i + 2..<end)); i = end + 2; continue }
            if text[i] == "\"" {
                var j = i + 1, depth = 0
                while j < text.count {
                    if text[j] == "\\" && j + 1 < text.count && text[j + 1] == "(" { depth += 1; j += 2; continue }
                    if depth > 0 {
                        if text[j] == "(" { depth += 1 } else if text[j] == ")" { depth -= 1 }
                        if text[j] == "\"" { j = find("\"", from: j + 1) }  // a literal inside an interpolation
                        j += 1
                        continue
                    }
                    if text[j] == "\\" { j += 2; continue }
                    if text[j] == "\"" || text[j] == "\n" { break }
                    j += 1
                }
                literals.append(content(i + 1..<min(j, text.count)))
                i = j + 1
                continue
            }
            i += 1
        }
        return literals
    }

    /// Prose: two words of two letters or more in a row ("cannot read"), and not SQL.
    static func isProse(_ literal: String) -> Bool {
        let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines)
        let sql = ["SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "ALTER ", "DROP ", "WITH ", "PRAGMA ", "BEGIN", "COMMIT"]
        if sql.contains(where: { trimmed.hasPrefix($0) }) { return false }
        return trimmed.range(of: "[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}", options: .regularExpression) != nil
    }
}
