import Foundation
import IntakeTestSupport

/// Runs the built `intake` and `intake-bench` binaries for the store's end-to-end tests.
enum StoreBinaries {
    /// The build folder that holds the binaries: next to the test bundle, else `.build/debug`.
    static let folder: URL = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("intake").path) }
            ?? candidates[2]
    }()

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a binary of this package to completion. `environment` replaces INTAKE_DB and friends so
    /// the user's own database is never touched.
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run(executable: url(name), arguments, environment: environment)
    }

    /// Runs any program to completion, its standard output and error read whole.
    static func run(executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var base = ProcessInfo.processInfo.environment
        base["INTAKE_DB"] = nil
        let finished = try ChildProcess.run([executable.path] + arguments, environment: base.merging(environment) { $1 })
        return Result(status: finished.status, stdout: finished.output, stderr: finished.errors)
    }

    /// Runs Python's sqlite3 module on `database` as someone editing the file by hand would (a
    /// change the program itself refuses, or a checkpoint): `script` sees `db` and `sys.argv[2...]`
    /// as `arguments`. Throws with Python's message when it fails.
    static func bySQLiteHand(_ database: String, _ script: String, _ arguments: [String] = []) throws {
        let finished = try ChildProcess.run(["python3", "-c", "import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); " + script,
                                             database] + arguments)
        guard finished.status == 0 else { throw StoreE2EError(message: "python3 sqlite3: \(finished.errors)") }
    }

    static func intake(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try run("intake", arguments, environment: environment)
    }
}

/// A temporary folder with a database path inside, removed at the end of the test.
final class StoreScratch: Sendable {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "intake-e2e-store-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    var db: String { path + "/data/intake.sqlite" }

    /// Writes a file and returns its path.
    func file(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }

    /// Imports `json` into `db` and returns the new ID.
    /// Imports a record and returns its new ID; `again` imports a second copy of an intake stored already.
    func importRecord(_ json: String, name: String = "record.json", again: Bool = false) throws -> String {
        let result = try StoreBinaries.intake(["import", "--db", db, file(name, json)] + (again ? ["--again"] : []))
        guard result.status == 0 else { throw StoreE2EError(message: "import failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func exportedRecord(_ id: String) throws -> [String: Any] {
        let result = try StoreBinaries.intake(["export", "--db", db, id, "--format", "json"])
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else { throw StoreE2EError(message: "export failed: \(result.stderr)") }
        return object
    }
}

struct StoreE2EError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

enum StoreSamples {
    /// A complete, valid `osteo-intake/1` record (the shared example routine-mechanical) with the
    /// patient's name and dates replaced.
    static func record(name: String = "Zoë Ångström", birthDate: String = "1950-04-01",
                       visitDate: String = "2026-12-02") -> String {
        """
        {"format": "osteo-intake/1", "id": "store-e2e", "visitDate": "\(visitDate)",
         "patient": {"name": "\(name)", "sex": "female", "birthDate": "\(birthDate)"},
         "body": {"height": {"value": 168, "unit": "cm"}, "weight": {"value": 74, "unit": "kg"},
                  "tallestAdultHeight": {"value": 169, "unit": "cm"}, "kyphosis": false},
         "history": {"menopause": {"status": "postmenopausal", "age": 52}, "fractures": [], "parentalHipFracture": true,
                     "fallsPast12Months": 0, "smoking": "never", "alcoholPerDay": {"value": 1, "unit": "uk-units"},
                     "activityLevel": "light", "calciumIntake": "low", "vitaminDSupplement": false},
         "medications": [{"name": "naproxen"}, {"name": "paracetamol"}],
         "symptoms": {"daysAgo": 63, "onset": "gradual", "trigger": "none", "painScore": 4, "locations": ["lower-back"],
                      "radiation": "none", "numbness": "none", "worsenedBy": ["standing", "bending-forward"],
                      "relievedBy": ["lying-down", "walking"], "nightPain": "none", "fatigue": false,
                      "mobility": "independent"},
         "redFlags": {"saddleNumbness": false, "urinaryRetention": false, "urinaryIncontinence": false,
                      "faecalIncontinence": false, "bilateralSciatica": false, "sexualDysfunction": false,
                      "legWeakness": false, "gaitDisturbance": false, "unexplainedWeightLoss": false,
                      "feverOrRigors": false, "ivDrugUse": false, "recentInfectionOrProcedure": false,
                      "immunosuppressed": false, "pulsatileAbdominalMass": false, "collapseOrHypotension": false},
         "startBack": {"item1": false, "item2": true, "item3": true, "item4": false, "item5": false, "item6": false,
                       "item7": false, "item8": false, "item9": "moderately"}}
        """
    }
}
