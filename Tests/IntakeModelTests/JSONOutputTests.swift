import Foundation
import Testing
import IntakeModel

/// Every `--json` output is written by `JSONOutput`: no character that moves or hides text on a
/// terminal or in a log leaves it raw.
@Suite("JSON output escapes controls, line separators and bidi controls")
struct JSONOutputTests {
    static let hostile = "a\u{07}b\u{7F}c\u{9B}2Jd\u{85}e\u{2028}f\u{2029}g\u{202E}h\u{2066}i\u{200F}j\u{061C}k"

    @Test("DEL, C1, U+2028/U+2029 and bidi controls come out as \\u escapes, and read back as the same text")
    func escapes() throws {
        let data = try JSONOutput.encode(["id": Self.hostile, "name": "Zoë Ångström 😀"])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == #"{"id":"a\u0007b\u007fc\u009b2Jd\u0085e\u2028f\u2029g\u202eh\u2066i\u200fj\u061ck","name":"Zoë Ångström 😀"}"#)
        #expect(!text.unicodeScalars.contains { JSONOutput.mustEscape($0) || $0.value < 0x20 })
        let back = try JSONDecoder().decode([String: String].self, from: data)
        #expect(back["id"] == Self.hostile)
    }

    @Test("pretty-printed output keeps its line breaks and still parses")
    func pretty() throws {
        let data = try JSONOutput.encode(["name": "Ana\u{202E}", "id": "x"], pretty: true)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\n"))
        #expect(text.contains(#""Ana\u202e""#))
        #expect(try JSONDecoder().decode([String: String].self, from: data)["name"] == "Ana\u{202E}")
    }
}
