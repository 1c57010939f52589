import Assessment
import Foundation
import IntakeModel
import Testing

/// The shared examples folder, found by walking up from this file (the repository sits beside
/// `shared/` on the team's machines); nil on a clone without it.
let sharedExamples: URL? = {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    for _ in 0..<8 {
        folder = folder.deletingLastPathComponent()
        let candidate = folder.appendingPathComponent("shared/spec/examples")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    return nil
}()

/// NAME for every NAME.json whose NAME.expected.json has no `errors`.
func acceptedExampleNames() -> [String] {
    guard let folder = sharedExamples,
          let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
    return files.filter { $0.hasSuffix(".expected.json") }.sorted().compactMap { file in
        let name = String(file.dropLast(".expected.json".count))
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(file)),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["errors"] == nil else { return nil }
        return name
    }
}

@Suite("Shared examples: every field NAME.expected.json states")
struct ExampleFileTests {
    @Test("the shared examples folder is found beside the repository",
          .enabled(if: sharedExamples != nil, "shared/spec/examples was not found above the repository: example checks skipped"))
    func folderIsThere() throws {
        #expect(acceptedExampleNames().count >= 1)
    }

    @Test("the engine produces every field of the expected assessment", arguments: acceptedExampleNames())
    func example(name: String) throws {
        let folder = try #require(sharedExamples)
        let input = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
        let expectedData = try Data(contentsOf: folder.appendingPathComponent(name + ".expected.json"))
        let record = try JSONDecoder().decode(IntakeRecord.self, from: input)
        let actualData = try JSONEncoder().encode(engine.assess(record))
        let expected = try JSONSerialization.jsonObject(with: expectedData)
        let actual = try JSONSerialization.jsonObject(with: actualData)
        var differences: [String] = []
        compareJSON(expected, actual, at: "", into: &differences)
        #expect(differences.isEmpty, "\(name): \(differences.joined(separator: "; "))")
    }
}

/// Compares what `expected` states with `actual`: objects key by key (extra actual keys allowed),
/// arrays element by element, numbers by value. Warning messages are for people and may change,
/// so only their path and code are compared.
func compareJSON(_ expected: Any, _ actual: Any?, at path: String, into differences: inout [String]) {
    switch expected {
    case let object as [String: Any]:
        guard let actualObject = actual as? [String: Any] else {
            differences.append("\(path): expected an object, got \(String(describing: actual))"); return
        }
        for (key, value) in object {
            if key == "message" && path.hasPrefix("/warnings") { continue }
            compareJSON(value, actualObject[key], at: path + "/" + key, into: &differences)
        }
    case let array as [Any]:
        guard let actualArray = actual as? [Any], actualArray.count == array.count else {
            differences.append("\(path): expected \(array.count) entries, got \(String(describing: actual))"); return
        }
        for (index, value) in array.enumerated() {
            compareJSON(value, actualArray[index], at: "\(path)/\(index)", into: &differences)
        }
    case is NSNull:
        if !(actual is NSNull) { differences.append("\(path): expected null, got \(String(describing: actual))") }
    case let string as String:
        if actual as? String != string { differences.append("\(path): expected \(string), got \(String(describing: actual))") }
    case let number as NSNumber:
        guard let actualNumber = actual as? NSNumber, actualNumber.doubleValue == number.doubleValue else {
            differences.append("\(path): expected \(number), got \(String(describing: actual))"); return
        }
    default:
        differences.append("\(path): cannot compare \(expected)")
    }
}
