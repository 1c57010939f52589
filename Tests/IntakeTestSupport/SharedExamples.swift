import Foundation
import IntakeModel

/// The shared example records (`shared/spec/examples` beside or above the repository), found by
/// walking up from this file. Every test target that reads them uses this one locator; a test that
/// needs them records when the folder is absent instead of passing silently.
public enum SharedExamples {
    public static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/spec/examples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// Names (without `.json`) of every example that has an expected file.
    public static var allNames: [String] {
        guard let directory else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
    }

    /// Names of the examples whose expected file has no `errors` (the valid ones).
    public static var validNames: [String] {
        allNames.filter { name in
            guard let directory,
                  let data = try? Data(contentsOf: directory.appendingPathComponent(name + ".expected.json")),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
            return object["errors"] == nil
        }
    }

    /// The bytes of `NAME.json`.
    public static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    }

    public static func record(_ name: String) throws -> IntakeRecord {
        try JSONDecoder().decode(IntakeRecord.self, from: data(name))
    }

    /// The example as plain JSON objects, to look keys up by pointer.
    public static func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: data(name))
    }
}
