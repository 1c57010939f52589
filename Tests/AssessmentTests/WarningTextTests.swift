import Testing
@testable import Assessment

/// The fast path that builds the `unrecognised-medication` message: `AssessmentText.quoted` (written
/// into one string's storage) gives what the plain definition gives, for names of every length and
/// kind. (The name itself is made safe by PlainText's `Sanitizer`, tested with every output path.)
@Suite("Warning text fast paths")
struct WarningTextTests {
    static let names: [String] = {
        var names = ["", "a", "Prolia", "turmeric capsules", "Prednisone 5mg daily", "é", "naïve drops 10 mg",
                     "tab\there", "bell\u{07}", "del\u{7F}x", "c1\u{85}x", "\u{9F}", "newline\n", "emoji 💊 pills",
                     "Ω", "\u{C2}", "ends with C2 \u{C2}",
                     // A C1 control after plain words, its two bytes (C2 85) on either side of a word edge.
                     "1234567\u{85}x", "12345678\u{85}x", "abcdefgh12345678é\u{85}", "abcdefgh\u{01}"]
        for length in 1...40 {
            names.append(String(repeating: "x", count: length))
            names.append(String(repeating: "x", count: length - 1) + "\u{01}")
            names.append("\u{1B}" + String(repeating: "y", count: length - 1))
            names.append(String(repeating: "é", count: length))
        }
        return names
    }()

    @Test("quoted is the quote, the name and the rest")
    func quoted() {
        for name in WarningTextTests.names {
            for rest in ["", "' is not in the medication dictionary: no rule could use it", "' — ñ"] {
                let text = AssessmentText.quoted(name, then: rest)
                #expect(text == "'" + name + rest)
                #expect(Array(text.utf8) == Array(("'" + name + rest).utf8))
            }
        }
    }
}
