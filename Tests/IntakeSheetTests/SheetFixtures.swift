import Foundation
import IntakeModel
@testable import IntakeSheet

/// Records the sheet tests print (each through its `IntakeReport`): the shared examples and
/// records made here for names the examples lack.
enum SheetFixtures {
    /// `shared/spec/examples`, found by walking up from this file.
    static let foundExamplesDirectory: URL? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("shared/spec/examples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    struct MissingExamples: Error, CustomStringConvertible {
        var description: String { "shared/spec/examples was not found in any folder above \(#filePath)" }
    }

    static var examplesDirectory: URL {
        get throws {
            guard let directory = foundExamplesDirectory else { throw MissingExamples() }
            return directory
        }
    }

    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func record(_ name: String) throws -> IntakeRecord {
        try JSONDecoder().decode(IntakeRecord.self, from: Data(contentsOf: try examplesDirectory.appendingPathComponent("\(name).json")))
    }

    static let context = SheetContext(recordID: nil, status: "final", clinicName: "Riverside Spine Clinic")

    static func exampleSheet(_ name: String) throws -> IntakeSheet {
        IntakeSheet(record: try record(name), context: context)
    }

    /// A record with a Chinese name, every section filled, and an emergency assessment.
    static func cjkRecord() throws -> IntakeRecord {
        var record = try self.record("emergency-cauda-equina")
        record.id = "cjk-name"
        record.patient?.name = "张伟明 (Zhāng Wěimíng)"
        record.patient?.identifier = "MRN-000417"
        record.medications = (record.medications ?? []) + [Medication(name: "布洛芬缓释胶囊", doseMgPerDay: 600, months: 2)]
        return record
    }

    /// A record whose name and medicine names try to break the sheet.
    static func hostileRecord(name: String) throws -> IntakeRecord {
        var record = try self.record("routine-mechanical")
        record.patient?.name = name
        record.medications = (record.medications ?? []) + [Medication(name: "\u{1B}[2J\u{1B}]0;pwned\u{07}ibuprofen\u{202E}lanigiro")]
        return record
    }

    static let escapeName = "\u{1B}[31mRed\u{1B}[0m Alert\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\ Smith\u{07}\u{08}\u{7F}"
    static let rightToLeftOverrideName = "Ann \u{202E}htimS\u{202C} Lee"
    static let longName = String(repeating: "Bartholomew-Ångström ", count: 24) + "Wu"
}
