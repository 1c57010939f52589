import Foundation
import Testing
@testable import IntakeModel

@Suite("A record handed over in memory becomes the JSON tree a file of it would give")
struct JSONValueEncoderTests {
    /// What the validator saw before: the record printed by JSONEncoder and read back.
    func viaJSONText<Value: Encodable>(_ value: Value) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }

    @Test("every shared example gives the same tree as printing and reading it back")
    func sharedExamples() throws {
        let names = SharedSpecFolder.exampleNames().filter { $0 != "bad-input" }
        guard !names.isEmpty else {
            Issue.record("shared/spec/examples not found above the repository: encoder not compared")
            return
        }
        for name in names {
            let record = try #require(IntakeValidator.check(try SharedSpecFolder.data("\(name).json")).record, "\(name)")
            #expect(try JSONValueEncoder().encode(record) == viaJSONText(record), "\(name)")
        }
    }

    @Test("units, dates, lists of medications and absent answers keep their JSON shape")
    func shapes() throws {
        let record = try #require(RecordFixture.check().record)
        let tree = try JSONValueEncoder().encode(record)
        #expect(tree == (try viaJSONText(record)))
        guard case .object(let top) = tree, case .object(let body)? = top["body"], case .object(let height)? = body["height"] else {
            Issue.record("body.height is not an object: \(tree)")
            return
        }
        #expect(height["unit"] != nil && height["value"] != nil)
        #expect(top["visitDate"].map { if case .string = $0 { true } else { false } } == true)
        #expect(top["labs"] == nil, "an absent section is left out, not written as null")
        guard case .array(let medications)? = top["medications"], case .object(let first)? = medications.first else {
            Issue.record("medications is not a list of objects")
            return
        }
        #expect(first["name"] == .string("naproxen"))
    }

    @Test("a value that encodes nil or a bare list still gives its tree")
    func scalarsAndLists() throws {
        #expect(try JSONValueEncoder().encode([1, 2, 3]) == .array([.number(1), .number(2), .number(3)]))
        #expect(try JSONValueEncoder().encode(["a": [true, false]]) == .object(["a": .array([.bool(true), .bool(false)])]))
        #expect(try JSONValueEncoder().encode(Optional<String>.none) == .null)
        #expect(try JSONValueEncoder().encode("text") == .string("text"))
    }
}

@Suite("The record tree kept between answers")
struct IntakeRecordTreeTests {
    @Test("answer after answer, the kept tree equals encoding the whole record again")
    func answerByAnswer() throws {
        let full = try #require(RecordFixture.check(["/labs": ["egfr": 55, "vitaminDDeficient": true]]).record)
        var tree = IntakeRecordTree()
        var record = IntakeRecord(id: full.id, visitDate: full.visitDate)
        let steps: [(inout IntakeRecord) -> Void] = [
            { $0.patient = full.patient },
            { $0.body = full.body },
            { $0.patient?.name = "Changed Name" },
            { $0.medications = full.medications },
            { $0.medications?.append(Medication(name: "prednisone")) },
            { $0.symptoms = full.symptoms },
            { $0.history = full.history },
            { $0.labs = full.labs },
            { $0.body = nil },
            { $0.id = "renamed" },
        ]
        for (index, change) in steps.enumerated() {
            change(&record)
            #expect(try tree.tree(of: record) == JSONValueEncoder().encode(record), "after change \(index + 1)")
        }
    }

    @Test("a record checked with a kept tree gets the same problems as one checked afresh")
    func sameProblems() throws {
        var tree = IntakeRecordTree()
        var record = try #require(RecordFixture.check().record)
        _ = IntakeValidator.check(record, reusing: &tree)
        record.body?.weight = Mass(value: 900, unit: .kg)
        let kept = IntakeValidator.check(record, reusing: &tree)
        let afresh = IntakeValidator.check(record)
        #expect(kept.errors == afresh.errors && kept.warnings == afresh.warnings)
        #expect(kept.errors.map(\.path) == ["/body/weight"])
    }
}
