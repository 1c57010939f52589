import Foundation
@testable import IntakeModel

/// A valid record (a 61-year-old postmenopausal woman) that a test changes in one place, given as
/// JSON Pointer edits: `RecordFixture.check(["/body/weight/value": 900])`; `nil` removes the key.
enum RecordFixture {
    static func base() -> [String: Any] {
        [
            "format": "osteo-intake/1",
            "id": "fixture",
            "visitDate": "2025-10-06",
            "patient": ["name": "Test Patient", "sex": "female", "age": 61] as [String: Any],
            "body": ["height": ["value": 168, "unit": "cm"], "weight": ["value": 74, "unit": "kg"]] as [String: Any],
            "history": ["menopause": ["status": "postmenopausal", "age": 52], "smoking": "never"] as [String: Any],
            "medications": [["name": "naproxen"]],
            "symptoms": ["daysAgo": 63, "onset": "gradual", "trigger": "none", "painScore": 4] as [String: Any],
        ]
    }

    static func json(_ edits: [String: Any?] = [:], from start: [String: Any] = base()) -> Data {
        var record: Any = start
        for (pointer, value) in edits.sorted(by: { $0.key < $1.key }) {
            let keys = pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
            record = set(record, keys[...], value)
        }
        return try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
    }

    static func check(_ edits: [String: Any?] = [:]) -> IntakeCheck {
        IntakeValidator.check(json(edits))
    }

    private static func set(_ node: Any, _ keys: ArraySlice<String>, _ value: Any?) -> Any {
        guard let key = keys.first else { return value as Any }
        if var array = node as? [Any], let index = Int(key) {
            let rest = keys.dropFirst()
            if rest.isEmpty, value == nil { array.remove(at: index); return array }
            if index == array.count { array.append([String: Any]()) }
            array[index] = set(array[index], rest, value)
            return array
        }
        var object = node as? [String: Any] ?? [:]
        let rest = keys.dropFirst()
        if rest.isEmpty {
            object[key] = value
        } else {
            object[key] = set(object[key] ?? [String: Any](), rest, value)
        }
        return object
    }
}

extension IntakeCheck {
    /// "path code" pairs of the errors, for compact expectations.
    var errorKeys: [String] { errors.map { "\($0.path) \($0.code.rawValue)" } }
    var warningKeys: [String] { warnings.map { "\($0.path) \($0.code.rawValue)" } }
    func message(at path: String) -> String? { (errors + warnings).first { $0.path == path }?.message }
}
