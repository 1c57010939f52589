import Testing
import TextTemplates

@Suite("Placeholders of a string table are filled in one pass")
struct PlaceholderTextTests {
    @Test("numbered placeholders take the arguments in order, wherever they stand")
    func numbered() {
        #expect(PlaceholderText.fill("{1}: must be from {2} to {3} {4}.", ["Weight", "25", "300", "kg"])
                == "Weight: must be from 25 to 300 kg.")
        #expect(PlaceholderText.fill("{2} before {1}, {1} again", ["a", "b"]) == "b before a, a again")
    }

    @Test("named placeholders take their values; unknown ones and stray braces stay as written")
    func named() {
        #expect(PlaceholderText.fill("Step {n} of {total}: {title}", named: ["n": "4", "total": "8", "title": "Symptoms"])
                == "Step 4 of 8: Symptoms")
        #expect(PlaceholderText.fill("{x} and {1} and {", named: ["1": "one"]) == "{x} and one and {")
        #expect(PlaceholderText.fill("{3}", ["only one"]) == "{3}")
    }

    @Test("a value holding braces is not filled again, and non-ASCII text survives")
    func valuesAreLiteral() {
        #expect(PlaceholderText.fill("Hola {1}, año {2}", ["{2}", "2025"]) == "Hola {2}, año 2025")
        #expect(PlaceholderText.fill("sin marcadores", []) == "sin marcadores")
    }
}
