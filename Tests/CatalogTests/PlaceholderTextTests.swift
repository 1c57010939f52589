import Catalog
import Testing

@Suite("Named placeholders of a catalog text are filled in one pass")
struct PlaceholderTextTests {
    @Test("named placeholders take their values wherever they stand; unknown ones and stray braces stay as written")
    func named() {
        #expect(PlaceholderText.fill("Step {n} of {total}: {title}", named: ["n": "4", "total": "8", "title": "Symptoms"])
                == "Step 4 of 8: Symptoms")
        #expect(PlaceholderText.fill("{b} before {a}, {a} again", named: ["a": "1", "b": "2"]) == "2 before 1, 1 again")
        #expect(PlaceholderText.fill("{x} and {y} and {", named: ["y": "why"]) == "{x} and why and {")
    }

    @Test("a value holding braces is not filled again, and non-ASCII text survives")
    func valuesAreLiteral() {
        #expect(PlaceholderText.fill("Hola {name}, año {year}", named: ["name": "{year}", "year": "2025"]) == "Hola {year}, año 2025")
        #expect(PlaceholderText.fill("sin marcadores", named: [:]) == "sin marcadores")
    }

    @Test("the names of a text's placeholders, in order")
    func names() {
        #expect(PlaceholderText.names(in: "{field}: must be from {low} to {high} {unit}.") == ["field", "low", "high", "unit"])
        #expect(PlaceholderText.names(in: "no {braces here} {}") == [])
    }
}
