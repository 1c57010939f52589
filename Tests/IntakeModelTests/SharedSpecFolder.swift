import Foundation

/// The shared folder (`shared/spec/examples` beside or above the repository), found by walking up
/// from this file. Tests that read it record when it is absent instead of passing silently.
enum SharedSpecFolder {
    static let spec: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/spec")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("examples").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    static var examples: URL? { spec?.appendingPathComponent("examples") }

    /// Names (without .json) of the example records that have an expected file.
    static func exampleNames() -> [String] {
        guard let examples, let files = try? FileManager.default.contentsOfDirectory(atPath: examples.path) else { return [] }
        return files.filter { $0.hasSuffix(".expected.json") }.map { String($0.dropLast(".expected.json".count)) }.sorted()
    }

    static func data(_ name: String) throws -> Data {
        guard let examples else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: examples.appendingPathComponent(name))
    }
}
