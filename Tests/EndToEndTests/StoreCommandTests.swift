import Foundation
import Testing

@Suite("intake list, import, export and audit on the real binary")
struct StoreCommandTests {
    let scratch = StoreScratch()

    @Test("import prints a new ID, and list --json shows one object per line with every key")
    func importThenList() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        #expect(id.range(of: #"^[0-9A-Z]{4}-[0-9A-Z]{4}$"#, options: .regularExpression) != nil)
        let result = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "urgency", "name", "birthDate", "visitDate", "status", "updated", "version", "session"])
        #expect(object["id"] as? String == id)
        #expect(object["name"] as? String == "Zoë Ångström")
        #expect(object["status"] as? String == "in-progress")
        #expect(object["version"] as? Int == 1)
    }

    @Test("the same intake imported twice is refused the second time, naming the stored ID and no patient data; --again imports a copy (cold trial)")
    func importTwice() throws {
        let first = try scratch.importRecord(StoreSamples.record(), name: "kiosk.json")
        let again = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("kiosk.json", StoreSamples.record())])
        #expect(again.status == 65, "\(again.stderr)")
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("stored already, as \(first)") && again.stderr.contains("nothing imported"), "\(again.stderr)")
        #expect(!again.stderr.contains("Zoë") && !again.stderr.contains("1950"), "no patient data on standard error")
        // another patient, or the same patient on another visit, is a new intake
        _ = try scratch.importRecord(StoreSamples.record(name: "Zoe Angstrom", birthDate: "1950-04-02"), name: "other.json")
        _ = try scratch.importRecord(StoreSamples.record(visitDate: "2026-12-03"), name: "next-visit.json")
        let copy = try StoreBinaries.intake(["import", "--again", "--db", scratch.db, scratch.file("kiosk.json", StoreSamples.record())])
        #expect(copy.status == 0, "\(copy.stderr)")
        let listed = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"]).stdout.split(separator: "\n")
        #expect(listed.count == 4)
    }

    @Test("list filters by status, visit date and a folded name or birth date")
    func listFilters() throws {
        _ = try scratch.importRecord(StoreSamples.record(), name: "a.json")
        _ = try scratch.importRecord(StoreSamples.record(name: "Ivan Petrov", birthDate: "1941-07-09",
                                                         visitDate: "2026-11-30"), name: "b.json")
        func names(_ arguments: [String]) throws -> [String] {
            let result = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["name"] as? String
            }
        }
        #expect(try names(["--search", "ZOE ANGSTROM"]) == ["Zoë Ångström"])
        #expect(try names(["--search", "1941-07-09"]) == ["Ivan Petrov"])
        #expect(try names(["--date", "2026-11-30"]) == ["Ivan Petrov"])
        #expect(try names(["--status", "signed"]).isEmpty)
        let bad = try StoreBinaries.intake(["list", "--db", scratch.db, "--date", "2026-02-30"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--date"))
    }

    @Test("import refuses control characters in a name; names stored with them are printed without them")
    func controlCharactersStripped() throws {
        let hostile = #"Eve\u001b]0;pwned\u0007\u001b[2J Smith"#
        let refused = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("evil.json", StoreSamples.record(name: hostile))])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("evil.json: Full name: must not contain control characters"), "\(refused.stderr)")
        // A name that reached the database some other way (an older program, a hand edit).
        let id = try scratch.importRecord(StoreSamples.record())
        try StoreBinaries.bySQLiteHand(scratch.db, "db.execute('UPDATE intake SET name = ? WHERE id = ?', "
                                       + "('Eve\\x1b]0;pwned\\x07\\x1b[2J Smith', sys.argv[2])); db.commit()", [id])
        let result = try StoreBinaries.intake(["list", "--db", scratch.db])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Eve Smith"), "the sequences go whole: no ']0;pwned' or '[2J' left over")
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("export --format json gives the record back, and the audit trail shows import and export")
    func exportAndAudit() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let exported = try scratch.exportedRecord(id)
        #expect(exported["format"] as? String == "osteo-intake/1")
        #expect((exported["patient"] as? [String: Any])?["birthDate"] as? String == "1950-04-01")
        #expect((exported["symptoms"] as? [String: Any])?["painScore"] as? Int == 4)
        let audit = try StoreBinaries.intake(["audit", "--db", scratch.db, id])
        #expect(audit.status == 0)
        let actions = audit.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true)[2] }
        #expect(actions == ["import", "export"])
    }

    @Test("an import that is not a valid record names the field and says nothing of the patient")
    func badImport() throws {
        let file = scratch.file("bad.json", StoreSamples.record(name: "Secret Name", birthDate: "1950-02-30"))
        let result = try StoreBinaries.intake(["import", "--db", scratch.db, file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.json: Date of birth: is not a real date (YYYY-MM-DD)"), "\(result.stderr)")
        #expect(!result.stderr.contains("1950-02-30"), "the field and the rule, never the value, on stderr")
        #expect(!result.stderr.contains("/patient"), "the field in words, not its pointer")
        #expect(result.stderr.contains("Nothing was imported"))
        #expect(!result.stderr.contains("Secret"))
        #expect(try StoreBinaries.intake(["list", "--db", scratch.db, "--json"]).stdout.isEmpty)
    }

    @Test("list --json and export (json, fhir) escape a right-to-left override in a name instead of printing it raw")
    func jsonOutputsEscapeBidiControls() throws {
        let file = scratch.file("rlo.json", StoreSamples.record(name: #"Ana \u202egnp.exe"#))
        let imported = try StoreBinaries.intake(["import", "--db", scratch.db, file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let list = try StoreBinaries.intake(["list", "--db", scratch.db, "--json"])
        let json = try StoreBinaries.intake(["export", "--db", scratch.db, id])
        let fhir = try StoreBinaries.intake(["export", "--db", scratch.db, "--format", "fhir", id])
        for output in [list.stdout, json.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x202E }, "\(output.prefix(200))")
            #expect(output.contains(#"Ana \u202egnp.exe"#), "\(output.prefix(200))")
        }
        // FHIR string values go through the one sanitizer: the override is not sent to an EHR at all
        #expect(!fhir.stdout.unicodeScalars.contains { $0.value == 0x202E } && !fhir.stdout.contains(#"\u202e"#), "\(fhir.stdout.prefix(300))")
        #expect(fhir.stdout.contains("Ana gnp.exe"), "\(fhir.stdout.prefix(300))")
        #expect(try scratch.exportedRecord(id)["patient"].flatMap { ($0 as? [String: Any])?["name"] as? String } == "Ana \u{202E}gnp.exe")
    }

    @Test("import warnings and problems on stderr name the field and the limit, not the value")
    func importStderrWithoutValues() throws {
        let unusual = StoreSamples.record().replacingOccurrences(of: "\"value\": 168", with: "\"value\": 208.5")
            .replacingOccurrences(of: "\"value\": 169", with: "\"value\": 210")
        let warned = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("tall.json", unusual)])
        #expect(warned.status == 0, "\(warned.stderr)")
        #expect(warned.stderr.contains("tall.json: Height now: is unusual (below 135 cm or above 205 cm): please confirm"), "\(warned.stderr)")
        #expect(!warned.stderr.contains("208"))
        let heavy = StoreSamples.record().replacingOccurrences(of: "\"value\": 74", with: "\"value\": 917")
            .replacingOccurrences(of: "\"smoking\": \"never\"", with: "\"smoking\": \"sometimes-secret\"")
        let refused = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("heavy.json", heavy)])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("is outside 25-300 kg"), "\(refused.stderr)")
        #expect(refused.stderr.contains("is not one of: current, former, never"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("917") && !refused.stderr.contains("sometimes-secret"))
    }

    @Test("import of a text nested 513 deep is refused with exit 65 and a message naming the line, never a crash")
    func importNestedTooDeep() throws {
        let deep = String(repeating: "[", count: 513)
        let fromFile = try StoreBinaries.intake(["import", "--db", scratch.db, scratch.file("deep.json", deep)])
        #expect(fromFile.status == 65, "\(fromFile.stderr.prefix(300))")
        #expect(fromFile.stderr.contains("more than 10 deep (line 1)"), "\(fromFile.stderr.prefix(300))")
        let fromInput = try StreamRunner.run(["import", "--db", scratch.db, "-"], input: .pipe(deep), environment: [:])
        #expect(fromInput.status == 65, "\(fromInput.stderr.prefix(300))")
        #expect(fromInput.stderr.contains("Nothing was imported"))
    }

    @Test("import - reads the record from standard input; a bad one there is refused with exit 65")
    func importFromStandardInput() throws {
        let run = try StreamRunner.run(["import", "--db", scratch.db, "-"], input: .pipe(StoreSamples.record()),
                                       environment: [:])
        #expect(run.status == 0, "\(run.stderr)")
        let id = String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let exported = try scratch.exportedRecord(id)
        #expect((exported["patient"] as? [String: Any])?["name"] as? String == "Zoë Ångström")
        #expect((exported["symptoms"] as? [String: Any])?["painScore"] as? Int == 4)
        let bad = try StreamRunner.run(["import", "--db", scratch.db, "-"],
                                       input: .pipe(StoreSamples.record(name: "Secret Name", birthDate: "1950-02-30")),
                                       environment: [:])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("standard input: Date of birth: is not a real date"), "\(bad.stderr)")
        #expect(!bad.stderr.contains("1950-02-30"))
        #expect(!bad.stderr.contains("Secret"))
        #expect(try StoreBinaries.intake(["list", "--db", scratch.db, "--json"]).stdout.split(separator: "\n").count == 1)
    }

    @Test("an unknown ID is a clear error (exit 66); --format fhir gives a QuestionnaireResponse")
    func unknownID() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        let missing = try StoreBinaries.intake(["audit", "--db", scratch.db, "ZZZZ-ZZZZ"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("No intake with ID ZZZZ-ZZZZ"))
        let fhir = try StoreBinaries.intake(["export", "--db", scratch.db, id, "--format", "fhir"])
        #expect(fhir.status == 0, "\(fhir.stderr)")
        let response = try #require(try JSONSerialization.jsonObject(with: Data(fhir.stdout.utf8)) as? [String: Any])
        #expect(response["resourceType"] as? String == "QuestionnaireResponse")
        #expect(response["status"] as? String == "in-progress")
    }

    @Test("--db wins over INTAKE_DB, and INTAKE_DB over the XDG data folder")
    func databaseChoice() throws {
        let fromEnvironment = scratch.path + "/env/intake.sqlite"
        let xdg = scratch.path + "/xdg"
        let environment = ["INTAKE_DB": fromEnvironment, "XDG_DATA_HOME": xdg]
        let file = scratch.file("r.json", StoreSamples.record())
        #expect(try StoreBinaries.intake(["import", file], environment: environment).status == 0)
        #expect(try StoreBinaries.intake(["import", "--db", scratch.db, file], environment: environment).status == 0)
        #expect(try StoreBinaries.intake(["import", file], environment: ["XDG_DATA_HOME": xdg]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromEnvironment))
        #expect(FileManager.default.fileExists(atPath: scratch.db))
        #expect(FileManager.default.fileExists(atPath: xdg + "/osteo-intake/intake.sqlite"))
        var info = stat()
        stat(xdg + "/osteo-intake", &info)
        #expect(info.st_mode & 0o777 == 0o700)
        stat(xdg + "/osteo-intake/intake.sqlite", &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }
}
