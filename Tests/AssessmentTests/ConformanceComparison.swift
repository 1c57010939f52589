import Foundation
import IntakeModel

/// Compares an assessment with the fields a conformance case's NAME.expected.json states, the way
/// `shared/spec/check_assess.py --full` does, and a little stricter: medication alerts must match
/// the expected list exactly and in order (the spec fixes both), not merely include it.
struct ConformanceComparison {
    private(set) var differences: [String] = []

    /// Compares an accepted record's assessment with its expected file.
    mutating func compareAssessment(expected: [String: JSONValue], actual: [String: JSONValue]) {
        for key in ["age", "urgency", "tScoreClass", "zScoreClass", "bmi", "heightLossCm", "ost"] {
            if let value = expected[key] { same(key, value, actual[key]) }
        }
        if let dxa = expected["dxa"]?.object {
            for key in ["indicated", "rules", "report"] {
                if let value = dxa[key] { same("dxa.\(key)", value, actual["dxa"]?.object?[key]) }
            }
        }
        if let imaging = expected["spineImaging"]?.object {
            for key in ["indicated", "rules"] {
                if let value = imaging[key] { same("spineImaging.\(key)", value, actual["spineImaging"]?.object?[key]) }
            }
        }
        if let startBack = expected["startBack"] {
            if case .object(let fields) = startBack {
                for (key, value) in fields { same("startBack.\(key)", value, actual["startBack"]?.object?[key]) }
            } else {
                same("startBack", startBack, actual["startBack"])
            }
        }
        if let flags = expected["redFlags"]?.array {
            compareEntries("redFlags", idKey: "rule", fields: ["tier", "because"],
                           expected: flags, actual: actual["redFlags"]?.array ?? [])
        }
        if let alerts = expected["medicationAlerts"]?.array {
            compareEntries("medicationAlerts", idKey: "rule", fields: ["priority", "medication", "notes"],
                           expected: alerts, actual: actual["medicationAlerts"]?.array ?? [])
        }
        if let recommendations = expected["recommendations"]?.array {
            compareEntries("recommendations", idKey: "id", fields: ["costEstimate"],
                           expected: recommendations, actual: actual["recommendations"]?.array ?? [])
        }
        if let notices = expected["notices"]?.array {
            same("notices (IDs)", .array(ids(notices, "id")), .array(ids(actual["notices"]?.array ?? [], "id")))
        }
        if let warnings = expected["warnings"]?.array {
            let want = pairs(warnings), have = pairs(actual["warnings"]?.array ?? [])
            if want != have { differences.append("warnings (path, code): expected \(want), got \(have)") }
        }
    }

    /// A rejected record: every expected (path, code) must be among the problems reported.
    mutating func compareRejection(expected: [JSONValue], actual: [Problem]) {
        let have = actual.map { "\($0.path) \($0.code.rawValue)" }.sorted()
        for problem in expected {
            let path = problem.object?["path"]?.string ?? "?"
            let code = problem.object?["code"]?.string
            let found = actual.contains { $0.path == path && (code == nil || $0.code.rawValue == code) }
            if !found { differences.append("errors: no problem at \(path) \(code ?? "(any code)"); got \(have)") }
        }
    }

    private mutating func compareEntries(_ field: String, idKey: String, fields: [String],
                                         expected: [JSONValue], actual: [JSONValue]) {
        let want = ids(expected, idKey), have = ids(actual, idKey)
        guard want == have else {
            differences.append("\(field): expected \(Self.show(.array(want))), got \(Self.show(.array(have)))")
            return
        }
        for (wanted, had) in zip(expected, actual) {
            for key in fields {
                if let value = wanted.object?[key] {
                    same("\(field)[\(wanted.object?[idKey]?.string ?? "?")].\(key)", value, had.object?[key])
                }
            }
        }
    }

    private mutating func same(_ field: String, _ expected: JSONValue, _ actual: JSONValue?) {
        if !Self.equal(expected, actual ?? .null) {
            differences.append("\(field): expected \(Self.show(expected)), got \(actual.map(Self.show) ?? "(missing)")")
        }
    }

    /// Numbers by value (6, 6.0 and 6.00 are the same); everything else structurally.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return abs(a - b) < 1e-9
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default: return lhs == rhs
        }
    }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        case .array(let items): return "[" + items.map(show).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{" + fields.keys.sorted().map { "\($0): \(show(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    private func ids(_ entries: [JSONValue], _ key: String) -> [JSONValue] {
        entries.map { $0.object?[key] ?? $0 }
    }

    private func pairs(_ entries: [JSONValue]) -> [String] {
        entries.map { "\($0.object?["path"]?.string ?? "?") \($0.object?["code"]?.string ?? "?")" }.sorted()
    }
}

extension JSONValue {
    var object: [String: JSONValue]? { if case .object(let fields) = self { return fields } else { return nil } }
    var array: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }
    var string: String? { if case .string(let text) = self { return text } else { return nil } }
}
