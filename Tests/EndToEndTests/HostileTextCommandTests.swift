import Foundation
import PlainText
import Testing

/// Issue 12 item 6 and issue 14 item 3 on the command line: hostile text in a record or an argument
/// reaches `intake assess` (text), `intake list`, `import`'s stderr, `intake open`'s error and the
/// FHIR export as the one sanitizer's safe text (the screen, sheet, store and engine are in
/// IntakeAppTests/HostileTextTests).
@Suite("Hostile text on the command line: the same safe text on every path")
struct HostileTextCommandTests {
    /// (hostile, safe); the record validator refuses C0 and C1 controls in a record's text, so the
    /// record paths see the others; an argument can hold anything.
    static let recordTable: [(hostile: String, safe: String)] = [
        ("Ann \u{202E}eeL\u{202C} \u{2066}Wu\u{2069}\u{200F}\u{200E}\u{061C}", "Ann eeL Wu"),
        ("Ann\u{2028}Lee\u{2029}Wu", "Ann Lee Wu"),
        ("A\u{200B}nn\u{FEFF} \u{E0041}Lee", "Ann Lee"),
        ("Ann 👩‍⚕️ Lee", "Ann 👩‍⚕️ Lee"),
    ]
    static let argumentTable: [(hostile: String, safe: String)] = recordTable + [
        ("X\u{1B}[2JY\u{1B}]0;pwned\u{07}", "XY"),
        ("X\u{9B}2JY\u{9D}0;x\u{9C}\u{85}Z\u{7F}\u{80}", "XY Z"),
    ]

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { Sanitizer.isUnsafe(scalar) && scalar != "\n" }

    static func json(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed]), as: UTF8.self)
    }

    /// The shared sample with `name` as the patient's name and one more medicine, "pill NAME".
    static func record(name: String) throws -> String {
        StoreSamples.record(name: "NAME")
            .replacingOccurrences(of: "\"NAME\"", with: try json(name))
            .replacingOccurrences(of: #"{"name": "paracetamol"}"#, with: #"{"name": "paracetamol"}, {"name": "# + (try json("pill " + name)) + "}")
    }

    @Test("assess (text), import, list and the FHIR export", arguments: 0..<recordTable.count)
    func recordPaths(_ index: Int) throws {
        let (hostile, safe) = Self.recordTable[index]
        let scratch = StoreScratch()
        let file = scratch.file("hostile.json", try Self.record(name: hostile))

        let assessed = try StoreBinaries.intake(["assess", file])
        #expect(assessed.status == 0, "\(assessed.stderr)")
        #expect(assessed.stdout.contains("pill " + safe), "\(assessed.stdout)")
        #expect(!assessed.stdout.unicodeScalars.contains(where: Self.isUnsafe))

        let id = try scratch.importRecord(try Self.record(name: hostile))
        let listed = try StoreBinaries.intake(["list", "--db", scratch.db])
        #expect(listed.stdout.contains(safe), "\(listed.stdout)")
        #expect(!listed.stdout.unicodeScalars.contains(where: Self.isUnsafe))

        let fhir = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir"])
        #expect(fhir.status == 0, "\(fhir.stderr)")
        #expect(!fhir.stdout.unicodeScalars.contains(where: Self.isUnsafe))
        let strings = Self.strings(in: try JSONSerialization.jsonObject(with: Data(fhir.stdout.utf8)))
        // a FHIR string may hold line breaks: U+2028 is exported as one
        #expect(strings.map(Sanitizer.collapsedLine).contains(safe), "the name as a FHIR string value")
        #expect(strings.allSatisfy { !$0.unicodeScalars.contains(where: Self.isUnsafe) })
    }

    /// Every string value in a decoded JSON document.
    static func strings(in json: Any) -> [String] {
        switch json {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap { strings(in: $0) }
        case let object as [String: Any]: return object.values.flatMap { strings(in: $0) }
        default: return []
        }
    }

    @Test("import's stderr names a refused language and an unknown key by the field and the rule, with nothing unsafe", arguments: 0..<argumentTable.count)
    func importStderr(_ index: Int) throws {
        let (hostile, safe) = Self.argumentTable[index]
        let scratch = StoreScratch()
        let language = index < Self.recordTable.count ? #", "language": "# + (try Self.json(hostile)) : ""
        let record = StoreSamples.record().replacingOccurrences(
            of: #""sex": "female""#, with: #""sex": "female""# + language + ", " + (try Self.json(hostile)) + ": 1")
        let refused = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("bad.json", record)])
        #expect(refused.status == 65)
        // stderr names the field and the rule, never the value (issue 12, item 8): nothing hostile to echo
        #expect(refused.stderr.contains("is not a field of this format"), "\(refused.stderr)")
        if !language.isEmpty { #expect(refused.stderr.contains("Preferred language: is not a language tag"), "\(refused.stderr)") }
        #expect(!refused.stderr.unicodeScalars.contains(where: Self.isUnsafe))
    }

    @Test("intake open and export echo an unknown ID safe", arguments: 0..<argumentTable.count)
    func unknownID(_ index: Int) throws {
        let (hostile, safe) = Self.argumentTable[index]
        let scratch = StoreScratch()
        _ = try scratch.importRecord(StoreSamples.record())
        for arguments in [["open", "--accessible", hostile], ["export", hostile]] {
            let result = try StoreBinaries.intake(arguments + ["--db", scratch.db])
            #expect(result.status != 0)
            #expect(result.stderr.uppercased().contains("ID " + safe.uppercased() + " "), "\(arguments[0]): \(result.stderr)")
            #expect(!result.stderr.unicodeScalars.contains(where: Self.isUnsafe))
        }
    }
}
