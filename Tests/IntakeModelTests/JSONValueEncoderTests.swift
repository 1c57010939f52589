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

@Suite("Any JSON value is read as what it is, whatever key holds it")
struct JSONValueDecodingTests {
    @Test("a value of an unexpected kind under a known key, nulls and nested lists keep their kind")
    func unexpectedKinds() throws {
        let text = #"{"patient": 5, "age": "seventy", "kyphosis": null, "medications": [1, null, "a", true, {"b": [[]]}], "x": {"y": -0.5}}"#
        let value = try JSONValue(parsing: Data(text.utf8))
        #expect(value == .object([
            "patient": .number(5), "age": .string("seventy"), "kyphosis": .null,
            "medications": .array([.number(1), .null, .string("a"), .bool(true), .object(["b": .array([.array([])])])]),
            "x": .object(["y": .number(-0.5)]),
        ]))
    }

    @Test("a value on its own at the top level, and text that is not JSON")
    func topLevel() throws {
        #expect(try JSONValue(parsing: Data("true".utf8)) == .bool(true))
        #expect(try JSONValue(parsing: Data("[]".utf8)) == .array([]))
        #expect(throws: (any Error).self) { try JSONValue(parsing: Data("{\"a\": }".utf8)) }
    }
}
