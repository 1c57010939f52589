import Foundation
import Testing
@testable import IntakeModel

/// Standard error carries no patient data: the messages it prints name the rule, never the value
/// (`intake import` says "is not a real date (YYYY-MM-DD)", not "'1961-02-30' is not a real date").
@Suite("Validation messages without the record's values, for standard error")
struct MessagesWithoutValuesTests {
    /// A record breaking every rule whose message quotes what was sent, each with a value easy to spot.
    static var edits: [String: Any?] { [
        "/patient/age": nil, "/patient/birthDate": "1961-02-30", "/patient/language": "zz-9999999999",
        "/history/smoking": "sometimes-7731", "/history/conditions": ["copd", "copd"],
        "/history/fractures": [["site": "hip", "age": 77]],
        "/body/weight/value": 917, "/body/tallestAdultHeight": ["value": 150, "unit": "cm"],
        "/medications/0": ["name": "prednisolone", "status": "current", "doseMgPerDay": 333, "months": 3],
        "/symptoms/daysAgo": nil, "/symptoms/startDate": "1900-01-01", "/zzSecretKey": 1,
    ] }
    static let values = ["1961-02-30", "zz-9999999999", "sometimes-7731", "copd", "77", "917", "150", "333", "45", "zzSecretKey"]

    @Test("the same problems at the same paths, and not one value of the record in any message")
    func noValueInAnyMessage() {
        let data = RecordFixture.json(Self.edits)
        let withValues = IntakeValidator.check(data)
        let withoutValues = IntakeValidator.check(data, messages: ValidationText.english.withoutValues)
        #expect(withoutValues.errorKeys == withValues.errorKeys)
        #expect(withValues.errorKeys.count == 9, "\(withValues.errorKeys)")
        let quoted = Self.values.filter { value in withValues.errors.contains { $0.message.contains(value) } }
        #expect(quoted == Self.values, "the ordinary messages do quote the values (45 is in the 459xx days)")
        for problem in withoutValues.errors + withoutValues.warnings {
            for value in Self.values { #expect(!problem.message.contains(value), "\(problem.path): \(problem.message)") }
        }
        #expect(withoutValues.message(at: "/patient/birthDate") == "is not a real date (YYYY-MM-DD)")
        #expect(withoutValues.message(at: "/body/weight") == "is outside 25-300 kg")
    }

    @Test("a soft-limit warning keeps the limit and leaves out the value")
    func warningWithoutValue() {
        let check = IntakeValidator.check(RecordFixture.json(["/body/height/value": 208]), messages: ValidationText.english.withoutValues)
        #expect(check.warnings.map(\.message) == ["is unusual (below 135 cm or above 205 cm): please confirm"])
    }
}
