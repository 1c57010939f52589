import Foundation
import Testing

@Suite("intake assess, end to end through the built binary")
struct AssessCommandTests {
    static let valid = """
        {"format":"osteo-intake/1","id":"ok-1","visitDate":"2025-10-06","patient":{"name":"Ana","sex":"female","age":61},\
        "body":{"height":{"value":168,"unit":"cm"},"weight":{"value":74,"unit":"kg"}},\
        "history":{"menopause":{"status":"postmenopausal","age":52}},"symptoms":{"daysAgo":63,"onset":"gradual","trigger":"none"},\
        "redFlags":{"saddleNumbness":false,"urinaryRetention":false,"urinaryIncontinence":false,"faecalIncontinence":false,\
        "bilateralSciatica":false,"sexualDysfunction":false,"legWeakness":false,"gaitDisturbance":false,\
        "unexplainedWeightLoss":false,"feverOrRigors":false,"ivDrugUse":false,"recentInfectionOrProcedure":false,\
        "immunosuppressed":false,"pulsatileAbdominalMass":false,"collapseOrHypotension":false}}
        """
    static let invalid = """
        {"format":"osteo-intake/1","id":"bad-1","visitDate":"2025-10-06","patient":{"sex":"female","age":61},\
        "body":{"height":{"value":168,"unit":"cm"},"weight":{"value":900,"unit":"kg"}},\
        "history":{"menopause":{"status":"postmenopausal"}},"symptoms":{"daysAgo":63,"onset":"gradual","trigger":"none"}}
        """

    func binary() throws -> URL {
        try #require(AssessCommandRunner.binary, "the intake binary was not found beside the tests or in .build/debug")
    }

    @Test("one valid file: exit 0, one JSON line with the assessment and no source")
    func oneValidFile() throws {
        let folder = try AssessCommandRunner.folder(with: ["a.json": Self.valid])
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("a.json").path, "--json"])
        #expect(outcome.status == 0)
        #expect(outcome.lines.count == 1)
        let object = try #require(outcome.objects.first)
        #expect(object["format"] as? String == "osteo-intake-assessment/1")
        #expect(object["id"] as? String == "ok-1")
        #expect(object["urgency"] as? String == "routine")
        #expect(object["source"] == nil)
        #expect(outcome.stderr == "")
    }

    @Test("an invalid record: exit 65 and every problem with path and code; the valid one is still assessed")
    func rejectedAndAssessed() throws {
        let folder = try AssessCommandRunner.folder(with: ["a.json": Self.valid, "b.json": Self.invalid])
        let a = folder.appendingPathComponent("a.json").path, b = folder.appendingPathComponent("b.json").path
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", b, a, "--json"])
        #expect(outcome.status == 65)
        let objects = outcome.objects
        #expect(objects.count == 2)
        #expect(objects.first?["source"] as? String == b)
        #expect(objects.first?["id"] as? String == "bad-1")
        let errors = try #require(objects.first?["errors"] as? [[String: Any]])
        #expect(errors.map { $0["path"] as? String } == ["/body/weight"])
        #expect(errors.first?["message"] as? String == "900 kg is outside 25-300 kg")
        #expect(objects.last?["source"] as? String == a)
        #expect(objects.last?["urgency"] as? String == "routine")
        #expect(!outcome.stderr.contains("900"), "no patient data on stderr")
    }

    @Test("JSON Lines on stdin: one output line per record, source stdin:N, a non-JSON line is a syntax rejection")
    func jsonLinesOnStdin() throws {
        let input = Self.valid + "\n\nnot json at all\n" + Self.valid + "\n"
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"], stdin: Data(input.utf8))
        #expect(outcome.status == 65)
        let objects = outcome.objects
        #expect(objects.map { $0["source"] as? String } == ["stdin:1", "stdin:3", "stdin:4"])
        let errors = try #require(objects[1]["errors"] as? [[String: Any]])
        #expect(errors.first?["code"] as? String == "syntax")
        #expect(errors.first?["path"] as? String == "")
    }

    @Test("many JSON Lines (several chunks on several workers): every line once, in input order; a late rejection still exits 65")
    func manyLinesStayInOrder() throws {
        let count = 500
        let lines = (1...count).map { $0 == 431 ? Self.invalid : Self.valid }
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"],
                                                  stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(outcome.status == 65)
        let objects = outcome.objects
        #expect(objects.map { $0["source"] as? String } == (1...count).map { "stdin:\($0)" })
        #expect(objects[430]["id"] as? String == "bad-1" && objects[430]["errors"] != nil)
        #expect(objects.filter { $0["errors"] != nil }.count == 1)
    }

    @Test("one pretty-printed record on stdin is one record, without source")
    func oneRecordOnStdin() throws {
        let pretty = Self.valid.replacingOccurrences(of: ",\"", with: ",\n  \"")
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"], stdin: Data(pretty.utf8))
        #expect(outcome.status == 0)
        #expect(outcome.lines.count == 1)
        #expect(outcome.objects.first?["source"] == nil)
    }

    @Test("a file that cannot be read: exit 66, stderr names the file")
    func unreadableFile() throws {
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "/no/such/record.json", "--json"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("/no/such/record.json"))
    }

    @Test("usage errors exit 64: no file, an unknown option")
    func usageErrors() throws {
        #expect(try AssessCommandRunner.run(try binary(), ["assess"]).status == 64)
        #expect(try AssessCommandRunner.run(try binary(), ["assess", "-", "--yaml"]).status == 64)
    }

    @Test("the readable summary shows urgency, findings, the price notice and not-a-diagnosis, without control characters")
    func readableSummary() throws {
        let hostile = Self.valid.replacingOccurrences(of: "\"ok-1\"", with: "\"ok\\u001b[2J-1\"").replacingOccurrences(of: "\"age\":61", with: "\"age\":66")
            .replacingOccurrences(of: "\"symptoms\"", with: "\"medications\":[{\"name\":\"turmeric\\u001b]0;x\\u0007 tea\"}],\"symptoms\"")
        let folder = try AssessCommandRunner.folder(with: ["a.json": hostile])
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("a.json").path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Urgency: ROUTINE - no red flag found"))
        #expect(outcome.stdout.contains("DXA bone density scan: indicated"))
        #expect(outcome.stdout.contains("prices change and vary"))
        #expect(outcome.stdout.contains("It is not a diagnosis"))
        #expect(outcome.stdout.contains("turmeric"))
        #expect(!outcome.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("a record whose red-flag screen was not done is never routine: the summary says so and lists the questions")
    func notScreenedSummary() throws {
        let unscreened = Self.valid.replacingOccurrences(of: "\"saddleNumbness\":false,", with: "")
            .replacingOccurrences(of: ",\"collapseOrHypotension\":false", with: "")
        let folder = try AssessCommandRunner.folder(with: ["a.json": unscreened])
        let text = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("a.json").path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Urgency: Red-flag screen not done (2 of 15 questions not asked)"))
        #expect(text.stdout.contains("Questions staff must still ask:"))
        #expect(text.stdout.contains("collapse, fainting"))
        #expect(!text.stdout.lowercased().contains("routine"))
        let json = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("a.json").path, "--json"])
        let object = try #require(json.objects.first)
        #expect(object["urgency"] as? String == "not-screened")
        let codes = (object["warnings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["not-asked", "not-asked"])
    }

    /// A valid record with three warnings: an unusual height, a glucocorticoid without a dose, a
    /// medicine the dictionary does not know.
    static let withWarnings = valid
        .replacingOccurrences(of: "\"value\":168", with: "\"value\":210")
        .replacingOccurrences(of: "\"symptoms\"", with: "\"medications\":[{\"name\":\"prednisolone\",\"status\":\"current\","
                              + "\"months\":6},{\"name\":\"turmeric tea\"}],\"symptoms\"")

    @Test("the readable summary says what each warning and error is about in words: no pointer, no code, no key")
    func problemsInWords() throws {
        let folder = try AssessCommandRunner.folder(with: ["w.json": Self.withWarnings, "b.json": Self.invalid])
        let warned = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("w.json").path])
        #expect(warned.status == 0)
        #expect(warned.stdout.contains("\n  Height now: 210 cm is unusual (below 135 cm or above 205 cm): please confirm\n"))
        #expect(warned.stdout.contains(
            "\n  Medicine 1 (prednisolone): glucocorticoid without a daily dose in mg: the glucocorticoid rules could not use it\n"))
        #expect(warned.stdout.contains("\n  Medicine 2 (turmeric tea): 'turmeric tea' is not in the medication dictionary"))
        let rejected = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("b.json").path])
        #expect(rejected.status == 65)
        #expect(rejected.stdout.contains("\n  Weight now: 900 kg is outside 25-300 kg\n"))
        for text in [warned.stdout, rejected.stdout] {
            #expect(text.range(of: "(^|[ (])/[a-zA-Z]+", options: [.regularExpression]) == nil, "a JSON pointer in: \(text)")
            #expect(text.range(of: "\\[[a-z-]+\\]", options: .regularExpression) == nil, "a problem code in: \(text)")
            #expect(text.range(of: "'[a-z]+[A-Z][A-Za-z]*'", options: .regularExpression) == nil, "a record key in: \(text)")
        }
        // the machine format keeps its pointers and codes
        let json = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent("w.json").path, "--json"])
        let warnings = try #require(json.objects.first?["warnings"] as? [[String: Any]])
        #expect(warnings.map { "\($0["path"] ?? "") \($0["code"] ?? "")" }
                == ["/body/height soft-limit", "/medications/0 missing-dose", "/medications/1/name unrecognised-medication"])
    }

    @Test("the readable summary names each rule beside its ID and says the DXA report kind; --json keeps the fixed text")
    func ruleNames() throws {
        let folder = try AssessCommandRunner.folder(with: ["w.json": Self.withWarnings])
        let path = folder.appendingPathComponent("w.json").path
        let text = try AssessCommandRunner.run(try binary(), ["assess", path]).stdout
        #expect(text.contains("\nDXA bone density scan: indicated (report as a T-score)\n  DX-2: postmenopausal woman under 65 with a risk factor\n"))
        #expect(text.contains("REC-DXA: DXA bone density scan of hip and lumbar spine, reported as a T-score;"))
        #expect(!text.contains("dxa.report"))
        let json = try AssessCommandRunner.run(try binary(), ["assess", path, "--json"])
        let recommendations = try #require(json.objects.first?["recommendations"] as? [[String: Any]])
        #expect((recommendations.first?["text"] as? String)?.contains("reported as dxa.report says") == true)
    }

    @Test("513 levels of nesting (Foundation traps on them) are a rejection naming the line, from a file, stdin and a batch line")
    func nestedTooDeepNeverCrashes() throws {
        // No newline after the last '[': the trap needs the nesting to reach the end of the text.
        let deep = String(repeating: "[", count: 513), deepObject = String(repeating: "{\"a\":", count: 512) + "["
        let folder = try AssessCommandRunner.folder(with: ["deep.json": deep, "object.json": deepObject])
        for name in ["deep.json", "object.json"] {
            let outcome = try AssessCommandRunner.run(try binary(), ["assess", folder.appendingPathComponent(name).path, "--json"])
            #expect(outcome.status == 65, "\(name): \(outcome.stderr.prefix(300))")
            let errors = try #require(outcome.objects.first?["errors"] as? [[String: Any]])
            #expect(errors.first?["code"] as? String == "syntax")
            #expect((errors.first?["message"] as? String)?.contains("more than 10 deep (line 1)") == true)
        }
        let alone = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"], stdin: Data(deep.utf8))
        #expect(alone.status == 65, "\(alone.stderr.prefix(300))")
        #expect(alone.objects.count == 1)
        let batch = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"],
                                                stdin: Data((Self.valid + "\n" + deep + "\n" + Self.valid).utf8))
        #expect(batch.status == 65, "\(batch.stderr.prefix(300))")
        #expect(batch.objects.map { $0["source"] as? String } == ["stdin:1", "stdin:2", "stdin:3"])
        #expect(batch.objects.map { $0["urgency"] as? String } == ["routine", nil, "routine"])
    }

    @Test("1e400, a lone surrogate and a repeated key are rejected at their paths, not as 'not valid JSON'")
    func validButHostileJSON() throws {
        let huge = Self.valid.replacingOccurrences(of: "\"daysAgo\":63", with: "\"daysAgo\":1e400")
        let surrogate = Self.valid.replacingOccurrences(of: "\"name\":\"Ana\"", with: #""name":"A\ud800na""#)
        let twice = Self.valid.replacingOccurrences(of: "\"sex\":\"female\"", with: #""sex":"female","sex":"male""#)
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"],
                                                  stdin: Data([huge, surrogate, twice].joined(separator: "\n").utf8))
        #expect(outcome.status == 65)
        let problems = outcome.objects.map { ($0["errors"] as? [[String: Any]] ?? []).map { "\($0["path"] ?? "") \($0["code"] ?? "")" } }
        #expect(problems == [["/symptoms/daysAgo range"], ["/patient/name range"], ["/patient/sex duplicate"]])
        // The same record pretty-printed over many lines is still one record with one problem.
        let pretty = huge.replacingOccurrences(of: ",", with: ",\n  ")
        let one = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"], stdin: Data(pretty.utf8))
        #expect(one.status == 65)
        #expect(one.objects.count == 1)
        #expect((one.objects.first?["errors"] as? [[String: Any]])?.map { $0["path"] as? String } == ["/symptoms/daysAgo"])
    }

    @Test("--json output escapes DEL, C1 controls, line separators and bidi controls from the id and unknown keys")
    func jsonOutputEscapesControls() throws {
        let hostile = #"d\u007fc\u009b2J\u2028r\u202e"#, hostileText = "d\u{7F}c\u{9B}2J\u{2028}r\u{202E}"
        let accepted = Self.valid.replacingOccurrences(of: "\"ok-1\"", with: "\"\(hostile)\"")
        let rejected = Self.invalid.replacingOccurrences(of: "\"bad-1\"", with: "\"\(hostile)\"")
            .replacingOccurrences(of: "\"format\":", with: "\"k\(hostile)\":1,\"format\":")
        let outcome = try AssessCommandRunner.run(try binary(), ["assess", "-", "--json"],
                                                  stdin: Data((accepted + "\n" + rejected).utf8))
        #expect(outcome.status == 65)
        #expect(!outcome.stdout.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) || [0x2028, 0x202E].contains($0.value) })
        #expect(outcome.stdout.contains(#""id":"d\u007fc\u009b2J\u2028r\u202e""#))
        #expect(outcome.objects.map { $0["id"] as? String } == [hostileText, hostileText])
        let errors = try #require(outcome.objects.last?["errors"] as? [[String: Any]])
        #expect(errors.contains { $0["path"] as? String == "/k" + hostileText })
    }

    @Test("check_assess.py --full passes over the shared examples")
    func sharedExamples() throws {
        guard let spec = AssessCommandRunner.sharedSpec else {
            Issue.record("shared/spec not found above the package: check_assess.py not run")
            return
        }
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let outcome = try AssessCommandRunner.run(python, [
            "python3", spec.appendingPathComponent("check_assess.py").path, try binary().path,
            spec.appendingPathComponent("examples").path, "--full",
        ])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
    }
}
