import Foundation
import Testing
@testable import IntakeModel

@Suite("The shared examples (shared/spec/examples)")
struct SharedExampleValidationTests {
    /// Messages of the spec's example that named record keys, and what they say now: the spec lets
    /// message texts change ("for people"; path and code are the stable part, section 7).
    static let reworded = [
        "give either 'age' or 'birthDate', not both": "give either the age or the date of birth, not both",
        "is after visitDate": "is after the visit date",
    ]

    @Test("bad-input.json gives exactly the expected errors, paths, codes and order; messages in words")
    func badInput() throws {
        guard SharedSpecFolder.examples != nil else {
            Issue.record("shared/spec/examples not found above the repository: bad-input example not checked")
            return
        }
        let check = IntakeValidator.check(try SharedSpecFolder.data("bad-input.json"))
        let expected = try JSONSerialization.jsonObject(with: SharedSpecFolder.data("bad-input.expected.json")) as? [String: Any]
        let errors = try #require(expected?["errors"] as? [[String: String]])
        #expect(check.errorKeys == errors.map { "\($0["path"]!) \($0["code"]!)" })
        #expect(check.errors.map(\.message) == errors.map { Self.reworded[$0["message"]!] ?? $0["message"]! })
        #expect(check.id == "bad-input")
        #expect(check.record == nil)
    }

    @Test("every example whose expected file has no errors checks clean")
    func validExamples() throws {
        let names = SharedSpecFolder.exampleNames()
        guard !names.isEmpty else {
            Issue.record("shared/spec/examples not found above the repository: valid examples not checked")
            return
        }
        var checked = 0
        for name in names {
            let expected = try JSONSerialization.jsonObject(with: SharedSpecFolder.data("\(name).expected.json")) as? [String: Any]
            let check = IntakeValidator.check(try SharedSpecFolder.data("\(name).json"))
            if let errors = expected?["errors"] as? [[String: Any]] {
                #expect(!check.errors.isEmpty && errors.allSatisfy { e in check.errors.contains { $0.path == e["path"] as? String } }, "\(name)")
                continue
            }
            #expect(check.errors == [], "\(name)")
            #expect(check.record != nil, "\(name)")
            // Soft-limit warnings of the expected output are exactly ours.
            let expectedSoft = (expected?["warnings"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "soft-limit" }
            #expect(check.warnings.map(\.path) == expectedSoft.compactMap { $0["path"] as? String }, "\(name)")
            checked += 1
        }
        #expect(checked >= 1)
    }

    @Test("a record read from a file checks the same when the screens hand it over in memory")
    func recordRoundTrip() throws {
        let names = SharedSpecFolder.exampleNames().filter { $0 != "bad-input" }
        guard !names.isEmpty else {
            Issue.record("shared/spec/examples not found above the repository: round trip not checked")
            return
        }
        for name in names {
            let record = try #require(IntakeValidator.check(try SharedSpecFolder.data("\(name).json")).record, "\(name)")
            let again = IntakeValidator.check(record)
            #expect(again.errors == [], "\(name)")
            #expect(again.record == record, "\(name)")
            let decoded = try JSONDecoder().decode(IntakeRecord.self, from: SharedSpecFolder.data("\(name).json"))
            #expect(decoded == record, "\(name): the validator builds the same record JSONDecoder does")
        }
    }

    @Test("an in-memory draft lists what is still missing")
    func draftInMemory() {
        let draft = IntakeRecord(visitDate: CalendarDate(year: 2025, month: 10, day: 6), patient: Patient(sex: .male, age: 70))
        let check = IntakeValidator.check(draft)
        #expect(check.errorKeys == ["/body required", "/symptoms required"])
        #expect(check.record == nil)
    }
}
