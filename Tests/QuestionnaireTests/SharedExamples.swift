import Foundation
import IntakeModel

/// The shared example records (`shared/spec/examples`), found by walking up from this file.
enum SharedExamples {
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("shared/spec/examples")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    /// Names of the examples whose expected file has no `errors` (the valid ones).
    static var validNames: [String] {
        guard let directory else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".expected.json") }.sorted().compactMap { file in
            let name = String(file.dropLast(".expected.json".count))
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  object["errors"] == nil else { return nil }
            return name
        }
    }

    static func data(_ name: String) throws -> Data {
        guard let directory else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    }

    static func record(_ name: String) throws -> IntakeRecord {
        try JSONDecoder().decode(IntakeRecord.self, from: data(name))
    }

    /// The example as plain JSON objects, to look keys up by pointer.
    static func json(_ name: String) throws -> Any {
        try JSONSerialization.jsonObject(with: data(name))
    }

    /// Every JSON Pointer of a leaf value (a number, string, boolean, an enum set or a quantity
    /// object) in the record, arrays of objects expanded.
    static func leafPointers(_ value: Any, pointer: String = "") -> [String] {
        if let object = value as? [String: Any] {
            if object["value"] != nil, object["unit"] != nil { return [pointer] }
            return object.keys.sorted().flatMap { leafPointers(object[$0]!, pointer: pointer + "/" + $0) }
        }
        if let array = value as? [Any], array.contains(where: { $0 is [String: Any] }) {
            return array.enumerated().flatMap { leafPointers($0.element, pointer: pointer + "/\($0.offset)") }
        }
        return [pointer]
    }
}
