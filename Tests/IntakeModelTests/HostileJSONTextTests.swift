import Foundation
import Testing
@testable import IntakeModel

/// Valid or nearly valid JSON that Foundation crashes on or quietly gets wrong: each is a problem
/// at its own path, never a trap and never "is not valid JSON" with an empty path.
@Suite("Hostile JSON texts: nesting, huge numbers, lone surrogates, repeated keys")
struct HostileJSONTextTests {
    /// The fixture record as text, with `old` replaced by `new` once.
    static func fixture(replacing old: String, with new: String) throws -> Data {
        let text = String(decoding: RecordFixture.json(), as: UTF8.self)
        let range = try #require(text.range(of: old), "the fixture holds \(old)")
        return Data(text.replacingCharacters(in: range, with: new).utf8)
    }

    @Test("513 levels of '[' (no newline after: Foundation traps there) are one syntax problem naming the line")
    func nestedTooDeep() {
        for text in [String(repeating: "[", count: 513), String(repeating: "{\"a\":", count: 512) + "[",
                     String(repeating: "[", count: 513) + String(repeating: "]", count: 513)] {
            let check = IntakeValidator.check(Data(text.utf8))
            #expect(check.errorKeys == [" syntax"])
            #expect(check.message(at: "") == "has lists or objects inside each other more than 10 deep (line 1); a record needs far fewer")
        }
        let pretty = IntakeValidator.check(Data(("{\n\"format\":\n" + String(repeating: "[", count: 11)).utf8))
        #expect(pretty.message(at: "")?.contains("(line 3)") == true)
    }

    @Test("ten levels are still looked at by the validator: the deep value is an unknown key, not a syntax problem")
    func tenLevelsAreAllowed() throws {
        let deep = String(repeating: "[", count: 9) + String(repeating: "]", count: 9)
        let check = IntakeValidator.check(try Self.fixture(replacing: "\"format\"", with: "\"extra\":\(deep),\"format\""))
        #expect(check.errorKeys == ["/extra unknown-key"])
    }

    @Test("1e400 and 1e-400 are values out of range at their field, the rest of the record still read")
    func numbersNoDoubleHolds() throws {
        for number in ["1e400", "-1e400", "1e-400", "1E+999"] {
            let check = IntakeValidator.check(try Self.fixture(replacing: "\"painScore\":4", with: "\"painScore\":\(number)"))
            #expect(check.errorKeys == ["/symptoms/painScore range"], "\(number)")
            #expect(check.message(at: "/symptoms/painScore") == "is a number too large or too small to use")
        }
        // 0e-400 is zero, and 2.5e0 an ordinary number (2.5): only the validator's own limits apply.
        #expect(IntakeValidator.check(try Self.fixture(replacing: "\"painScore\":4", with: "\"painScore\":0e-400")).errors == [])
        let exponent = IntakeValidator.check(try Self.fixture(replacing: "\"painScore\":4", with: "\"painScore\":2.5e0"))
        #expect(exponent.errorKeys == ["/symptoms/painScore type"])
    }

    @Test("an escaped lone surrogate in a value is out of range at that value; in a key it is an unknown key")
    func loneSurrogates() throws {
        let value = IntakeValidator.check(try Self.fixture(replacing: "\"Test Patient\"", with: #""Test \ud800 Patient""#))
        #expect(value.errorKeys == ["/patient/name range"])
        #expect(value.message(at: "/patient/name") == "holds a character code that is not a character (an unpaired surrogate)")
        let low = IntakeValidator.check(try Self.fixture(replacing: "\"Test Patient\"", with: #""\udc00""#))
        #expect(low.errorKeys == ["/patient/name range"])
        let key = IntakeValidator.check(try Self.fixture(replacing: "\"smoking\"", with: #""\ud800":1,"smoking""#))
        #expect(key.errors.map(\.code) == [.unknownKey])
        #expect(key.errors.first?.path.hasPrefix("/history/") == true)
        // A proper pair is one character, and fine.
        let pair = IntakeValidator.check(try Self.fixture(replacing: "\"Test Patient\"", with: #""Test \ud83d\ude00""#))
        #expect(pair.errors == [])
        #expect(pair.record?.patient?.name == "Test 😀")
    }

    @Test("a key given twice is a duplicate at its path, even spelt with an escape; the first is never silently kept")
    func repeatedKeys() throws {
        let twice = IntakeValidator.check(try Self.fixture(replacing: "\"sex\":\"female\"", with: #""sex":"female","sex":"male""#))
        #expect(twice.errorKeys == ["/patient/sex duplicate"])
        #expect(twice.record == nil)
        #expect(twice.id == "fixture")
        let escaped = IntakeValidator.check(try Self.fixture(replacing: "\"sex\":\"female\"", with: #""sex":"female","s\u0065x":"female""#))
        #expect(escaped.errorKeys == ["/patient/sex duplicate"])
        // The same key in two different objects is no repeat.
        let listed = IntakeValidator.check(try Self.fixture(replacing: "[{\"name\":\"naproxen\"}]",
                                                            with: #"[{"name":"naproxen"},{"name":"naproxen"}]"#))
        #expect(listed.errors == [])
    }

    @Test("one object over many lines is one container even with a value Foundation refuses; JSON Lines are not")
    func oneContainer() {
        #expect(JSONTextGuard.shape(of: Data("{\n\"a\": 1e400,\n\"b\": [1, {}]\n}\n".utf8)) == .oneContainer)
        #expect(JSONTextGuard.shape(of: Data("{\"a\": 1}\n{\"a\": 2}\n".utf8)) == .other)
        #expect(JSONTextGuard.shape(of: Data("{\"a\": 1}\nnot json\n".utf8)) == .other)
        #expect(JSONTextGuard.shape(of: Data("\"text\"".utf8)) == .other)
        #expect(JSONTextGuard.shape(of: Data("}{".utf8)) == .other)
        #expect(JSONTextGuard.shape(of: Data(String(repeating: "[", count: 11).utf8)) == .tooDeep)
    }

    @Test("a repeated key is reported beside the record's other problems")
    func repeatedKeyBesideOtherProblems() throws {
        let data = try Self.fixture(replacing: "\"painScore\":4", with: "\"painScore\":40,\"painScore\":4")
        #expect(IntakeValidator.check(data).errorKeys == ["/symptoms/painScore duplicate", "/symptoms/painScore range"])
    }
}
