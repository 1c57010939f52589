import Catalog
import Foundation
import Testing

/// Issue 14, item 2: what `intake` says to staff (help, tables, messages, errors) is in the clinic's
/// language: clinic.toml `language`, else LC_ALL/LC_MESSAGES/LANG, else English. JSON stays as the
/// spec keys it.
@Suite("The command line speaks the clinic's language")
struct StaffLanguageCommandTests {
    let scratch = StoreScratch()
    let spanish = Catalog(.spanish), english = Catalog(.english)

    /// The environment of a desk: its own config folder (with clinic.toml when `clinic` is given)
    /// and the locale given; the tester's own locale never leaks in.
    func desk(lang: String = "C.UTF-8", clinic: String? = nil) throws -> [String: String] {
        let config = scratch.path + "/config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: config + "/osteo-intake", withIntermediateDirectories: true)
        if let clinic { try clinic.write(toFile: config + "/osteo-intake/clinic.toml", atomically: true, encoding: .utf8) }
        return ["XDG_CONFIG_HOME": config, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""]
    }

    @Test("LANG=es_ES.UTF-8: an option refused, an empty list and a missing intake are said in Spanish; LANG=C.UTF-8 in English")
    func localeDecides() throws {
        let es = try desk(lang: "es_ES.UTF-8"), en = try desk()
        let copies = try StoreBinaries.intake(["print", "x.json", "--copies", "0"], environment: es)
        #expect(copies.status == 64)
        #expect(copies.stderr.contains(spanish(.cliMessageCopies)), "\(copies.stderr)")
        let copiesEnglish = try StoreBinaries.intake(["print", "x.json", "--copies", "0"], environment: en)
        #expect(copiesEnglish.stderr.contains("--copies must be a whole number from 1 to 99"), "\(copiesEnglish.stderr)")

        _ = try scratch.importRecord(StoreSamples.record())
        let missing = try StoreBinaries.intake(["export", "--db", scratch.db, "NOSUCH"], environment: es)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains(spanish(.storeRecordNotFound, ["id": "NOSUCH"])), "\(missing.stderr)")

        let empty = try StoreBinaries.intake(["list", "--db", scratch.db, "--status", "signed"], environment: es)
        #expect(empty.stdout.contains(spanish(.cliStoreNoIntakes)), "\(empty.stdout)")
    }

    @Test("clinic.toml language = \"es\" wins over an English locale: help, list headers and the assess summary in Spanish")
    func clinicFileDecides() throws {
        let es = try desk(lang: "en_US.UTF-8", clinic: "language = \"es\"\n")
        let help = try StoreBinaries.intake(["print", "--help"], environment: es)
        #expect(help.stdout.contains(spanish(.cliHelpPrintAbstract)), "\(help.stdout.prefix(300))")
        #expect(help.stdout.contains(spanish(.cliHelpPrintCopies)))
        #expect(!help.stdout.contains(english(.cliHelpPrintCopies)))

        _ = try scratch.importRecord(StoreSamples.record())
        let list = try StoreBinaries.intake(["list", "--db", scratch.db], environment: es)
        #expect(list.stdout.hasPrefix(spanish(.cliStoreListHeaderUrgency)), "\(list.stdout)")
        #expect(list.stdout.contains(spanish(.shellStatusInProgress)) && !list.stdout.contains("in-progress"), "the status in words: \(list.stdout)")

        let file = scratch.file("record.json", StoreSamples.record())
        let summary = try StoreBinaries.intake(["assess", file], environment: es)
        #expect(summary.stdout.contains(spanish(.cliAssessTScoreClass) + ":"), "\(summary.stdout)")
        #expect(!summary.stdout.contains(english(.cliAssessTScoreClass) + ":"))
        let bmi = try #require(summary.stdout.split(separator: "\n").first { $0.hasPrefix(spanish(.cliAssessBmi) + ":") }, "\(summary.stdout)")
        #expect(bmi.contains(",") && !bmi.contains("."), "the BMI with a decimal comma: \(bmi)")
        let englishSummary = try StoreBinaries.intake(["assess", file], environment: try desk())
        #expect(englishSummary.stdout.contains(english(.cliAssessTScoreClass) + ":"), "\(englishSummary.stdout)")
    }

    @Test("intake resume of a finished intake names its status in the clinic's words ('completada'), not as stored ('completed')")
    func resumeRefusalSaysStatusInWords() throws {
        let id = try scratch.importRecord(StoreSamples.record())
        try StoreBinaries.bySQLiteHand(scratch.db, "db.execute('UPDATE intake SET status = ? WHERE id = ?', ('completed', sys.argv[2])); "
                                       + "db.commit()", [id])
        let refused = try StoreBinaries.intake(["resume", "--db", scratch.db, "--accessible", id], environment: try desk(lang: "es_ES.UTF-8"))
        #expect(refused.status == 77, "\(refused.stderr)")
        #expect(refused.stderr.contains(spanish(.cliMessageNotADraft, ["id": id, "status": spanish(.shellStatusCompleted)])), "\(refused.stderr)")
        #expect(!refused.stderr.contains("completed"))
    }

    @Test("JSON output does not change with the clinic's language")
    func jsonStaysAsSpecified() throws {
        let file = scratch.file("record.json", StoreSamples.record())
        let spanishRun = try StoreBinaries.intake(["assess", "--json", file], environment: try desk(lang: "es_MX.UTF-8"))
        let englishRun = try StoreBinaries.intake(["assess", "--json", file], environment: try desk())
        #expect(spanishRun.status == 0 && !spanishRun.stdout.isEmpty, "\(spanishRun.stderr)")
        #expect(spanishRun.stdout == englishRun.stdout)
    }

    @Test("a clinic.toml that cannot be used is refused in the locale's language, naming the setting")
    func brokenClinicFile() throws {
        let es = try desk(lang: "es_ES.UTF-8", clinic: "date_order = \"US\"\n")
        let file = scratch.file("record.json", StoreSamples.record())
        let refused = try StoreBinaries.intake(["print", file, "--text", scratch.path + "/sheet.txt"], environment: es)
        #expect(refused.status == 78)
        #expect(refused.stderr.contains("no se pueden usar: date_order = \"US\" no está permitido"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/sheet.txt"))
    }
}
