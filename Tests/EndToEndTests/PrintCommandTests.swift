import Foundation
import IntakeTestSupport
import Testing

/// `intake print` through the built binary, with a fake `lp` first on PATH that records its
/// arguments and the file it was handed, and a database in a temporary folder.
@Suite("intake print, end to end through the built binary")
struct PrintCommandTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// A temporary folder with a fake lp (accepting, or failing like CUPS with no default printer).
    struct Desk {
        let folder: URL
        var log: URL { folder.appendingPathComponent("lp-arguments.txt") }
        var received: URL { folder.appendingPathComponent("lp-received.pdf") }
        var database: String { folder.appendingPathComponent("intake.sqlite").path }

        init(lp behaviour: String = "accept") throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("print-e2e-\(UUID().uuidString)")
            let bin = folder.appendingPathComponent("bin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let script = """
                #!/bin/sh
                for argument in "$@"; do printf '%s\\n' "$argument" >> "\(log.path)"; done
                for last in "$@"; do :; done
                if [ "\(behaviour)" = "no-default" ]; then echo "lp: Error - no default destination available." >&2; exit 1; fi
                cp "$last" "\(received.path)"
                echo "request id is Desk-7 (1 file(s))"
                """
            try script.write(to: bin.appendingPathComponent("lp"), atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("lp").path)
        }

        func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
            let binary = try #require(AssessCommandRunner.binary, "the intake binary was not found")
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = folder.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["XDG_CONFIG_HOME"] = folder.path
            environment.merge(extra) { $1 }
            let finished = try ChildProcess.run([binary.path] + arguments, environment: environment, directory: folder.path)
            return Run(status: finished.status, stdout: finished.output, stderr: finished.errors)
        }

        func lpArguments() -> [String]? {
            (try? String(contentsOf: log, encoding: .utf8)).map { $0.split(separator: "\n").map(String.init) }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    func example(_ name: String) throws -> String {
        try #require(AssessCommandRunner.sharedSpec).appendingPathComponent("examples/\(name).json").path
    }

    @Test("--pdf and --text write private files and send nothing to the printer")
    func filesOnly() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let pdf = desk.folder.appendingPathComponent("sheet.pdf").path, text = desk.folder.appendingPathComponent("sheet.txt").path
        let run = try desk.run(["print", try example("urgent-fracture"), "--pdf", pdf, "--text", text, "--paper", "letter"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(desk.lpArguments() == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
        #expect(try String(contentsOf: URL(fileURLWithPath: text), encoding: .utf8).contains("Małgorzata Wiśniewska"))
        for path in [pdf, text] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
        #expect(!run.stderr.contains("Wiśniewska"))
    }

    @Test("a stored record goes to lp with copies and a neutral title; the job ID is shown and the print audited")
    func printsAndAudits() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let imported = try desk.run(["import", try example("urgent-fracture"), "--db", desk.database])
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let run = try desk.run(["print", id, "--db", desk.database, "--printer", "Front_Desk", "--copies", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("job Desk-7"))
        let arguments = try #require(desk.lpArguments())
        #expect(arguments.starts(with: ["-d", "Front_Desk", "-n", "2", "-t"]))
        #expect(!arguments[5].contains("Wiśniewska") && !arguments[5].contains("Małgorzata"))
        #expect(try Data(contentsOf: desk.received).starts(with: Array("%PDF".utf8)))
        let audit = try desk.run(["audit", id, "--db", desk.database])
        #expect(audit.stdout.contains("print") && audit.stdout.contains("Desk-7"))
    }

    @Test("with no default printer the message says how to choose one, and nothing is audited")
    func noDefaultPrinter() throws {
        let desk = try Desk(lp: "no-default")
        defer { desk.remove() }
        let imported = try desk.run(["import", try example("routine-mechanical"), "--db", desk.database])
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let run = try desk.run(["print", id, "--db", desk.database])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no default printer") && run.stderr.contains("--printer NAME"))
        let audit = try desk.run(["audit", id, "--db", desk.database])
        #expect(!audit.stdout.contains(" print "))
    }

    /// Pages of a text sheet, each as its lines.
    func pages(ofTextAt path: String) throws -> [[Substring]] {
        try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8).split(separator: "\u{0C}")
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    /// Runs Python's sqlite3 module on the desk's database: a record signed as the store signs it.
    func sign(_ id: String, in desk: Desk, by name: String, at seconds: Double) throws {
        try StoreBinaries.bySQLiteHand(desk.database, "db.execute(\"UPDATE intake SET status = 'signed', signedBy = ?, signedAt = ? "
                                       + "WHERE id = ?\", (sys.argv[3], float(sys.argv[4]), sys.argv[2])); db.commit()",
                                       [id, name, String(seconds)])
    }

    @Test("a signed record's sheet says who signed it and when; the signature lines are not left blank")
    func signedRecord() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let imported = try desk.run(["import", try example("urgent-fracture"), "--db", desk.database])
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try sign(id, in: desk, by: "J. Martin", at: 1_796_565_930)  // 2026-12-06 14:05:30 UTC
        let text = desk.folder.appendingPathComponent("signed.txt").path
        let run = try desk.run(["print", id, "--db", desk.database, "--text", text], environment: ["TZ": "UTC"])
        #expect(run.status == 0, "\(run.stderr)")
        let sheet = try String(contentsOf: URL(fileURLWithPath: text), encoding: .utf8)
        #expect(sheet.contains("Signed by J. Martin on 2026-12-06 at 14:05"))
        #expect(sheet.contains("Status: signed"))
        #expect(!sheet.contains("Reviewed by (name) ___"))
        #expect(!sheet.contains("DRAFT"))
    }

    @Test("a draft (an imported record, in progress) says DRAFT on every page of its text sheet; its PDF is written")
    func draftRecord() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let imported = try desk.run(["import", try example("medication-alerts"), "--db", desk.database])
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = desk.folder.appendingPathComponent("draft.txt").path, pdf = desk.folder.appendingPathComponent("draft.pdf").path
        let run = try desk.run(["print", id, "--db", desk.database, "--text", text, "--pdf", pdf])
        // this example's Japanese name needs a CJK font: without one the sheet is written and the exit is 3
        #expect(run.status == 0 || (run.status == 3 && run.stderr.contains("no glyph")), "\(run.stderr)")
        let pages = try pages(ofTextAt: text)
        #expect(pages.count >= 2)
        for page in pages { #expect(page.first == "DRAFT - not finished, not signed") }
        #expect(!(try String(contentsOf: URL(fileURLWithPath: text), encoding: .utf8)).contains("Signed by"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
    }

    @Test("page 1 has the recommendations and alerts; the prices list all four services, the recommended one marked; no JSON key")
    func pageOneAndPrices() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let text = desk.folder.appendingPathComponent("sheet.txt").path
        let run = try desk.run(["print", try example("urgent-fracture"), "--text", text])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try pages(ofTextAt: text)
        let first = pages[0].joined(separator: "\n")
        for heading in ["-- Recommendations", "-- Medication alerts", "REC-DXA", "MA-FALLS"] { #expect(first.contains(heading)) }
        let all = pages.joined().map(String.init)
        #expect(all.contains { $0.hasPrefix("> DXA bone density scan") && $0.hasSuffix("USD 125-300 per scan") })
        for service in ["  Osteoporosis medications", "  Endocrinologist consultation", "  Physical therapy"] {
            #expect(all.contains { $0.hasPrefix(service) })
        }
        #expect(!all.joined().contains("dxa.report"))
    }

    @Test("characters no font has: the PDF is still written, the command exits 3 (done with a warning), the warning says the sheet carries it, without patient data")
    func missingGlyphs() throws {
        let desk = try Desk()
        defer { desk.remove() }
        let source = try String(contentsOf: URL(fileURLWithPath: try example("routine-mechanical")), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(source.utf8)) as? [String: Any])
        var patient = object["patient"] as? [String: Any] ?? [:]
        patient["name"] = "Zed \u{10000}\u{10001}"
        var record = object
        record["patient"] = patient
        let file = desk.folder.appendingPathComponent("linear-b.json")
        try JSONSerialization.data(withJSONObject: record).write(to: file)
        let pdf = desk.folder.appendingPathComponent("sheet.pdf").path
        let run = try desk.run(["print", file.path, "--pdf", pdf])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains("no glyph") && run.stderr.contains("every page of the PDF says so"))
        #expect(run.stderr.contains("fonts-noto-core"))
        #expect(!run.stderr.contains("Zed") && !run.stderr.contains("U+10000"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
        // pdftotext, where installed, reads the warning off the page.
        if let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let text = try ChildProcess.run([tool, pdf, "-"]).output
            #expect(text.contains("Some characters could not be printed: U+10000 U+10001"))
        }
    }

    @Test("a one-page sheet is reported as 1 page")
    func onePage() throws {
        let desk = try Desk()
        defer { desk.remove() }
        // Every red-flag question answered no, nothing else: routine, and short enough for one page.
        let questions = ["saddleNumbness", "urinaryRetention", "urinaryIncontinence", "faecalIncontinence", "bilateralSciatica",
                         "sexualDysfunction", "legWeakness", "gaitDisturbance", "unexplainedWeightLoss", "feverOrRigors", "ivDrugUse",
                         "recentInfectionOrProcedure", "immunosuppressed", "pulsatileAbdominalMass", "collapseOrHypotension"]
        let record: [String: Any] = ["format": "osteo-intake/1", "id": "short",
                                     "redFlags": Dictionary(uniqueKeysWithValues: questions.map { ($0, false) })]
        let file = desk.folder.appendingPathComponent("short.json")
        try JSONSerialization.data(withJSONObject: record).write(to: file)
        let text = desk.folder.appendingPathComponent("sheet.txt").path
        let run = try desk.run(["print", file.path, "--text", text])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wrote the text sheet (1 page) to"))
        #expect(try String(contentsOf: URL(fileURLWithPath: text), encoding: .utf8).contains("Page 1 of 1"))
    }
}
