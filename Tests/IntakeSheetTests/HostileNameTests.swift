import Foundation
import Testing
@testable import IntakeSheet
import PlainText

/// Names that try to break the sheet: escape sequences, a 500-character name, a right-to-left
/// override. None may reach the text or the PDF raw, and none may break the 80 x 66 grid.
@Suite("Hostile names")
struct HostileNameTests {
    static let names = [SheetFixtures.escapeName, SheetFixtures.rightToLeftOverrideName, SheetFixtures.longName]

    func textSheet(for name: String) throws -> String {
        let record = try SheetFixtures.hostileRecord(name: name)
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        return TextSheetRenderer().render(sheet)
    }

    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x0C { return false }   // line feed and form feed are the sheet's own
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F
    }

    @Test("no control character, escape sequence or bidi override reaches the text sheet", arguments: names)
    func noControlsInText(_ name: String) throws {
        let text = try textSheet(for: name)
        #expect(!text.unicodeScalars.contains(where: HostileNameTests.forbidden))
        // The "Please check" line quotes the engine's message about the unknown medicine, whose
        // controls the engine turned into U+FFFD (the rest of the sequence is inert text); every
        // other place prints the name through the sheet's own sanitizer, whole sequences removed.
        let outsideWarnings = HostileNameTests.withoutWarnings(text)
        #expect(!text.contains("[31m") && !text.contains("]8;;") && !outsideWarnings.contains("]0;pwned"))
    }

    /// The sheet without its "Please check" field (from the label to the next section).
    static func withoutWarnings(_ text: String) -> String {
        guard let start = text.range(of: "Please check"),
              let end = text.range(of: "-- Reference prices", range: start.upperBound..<text.endIndex) else { return text }
        return String(text[..<start.lowerBound] + text[end.lowerBound...])
    }

    @Test("every page keeps 66 lines of at most 80 columns", arguments: names)
    func gridHolds(_ name: String) throws {
        let pages = try textSheet(for: name).split(separator: "\u{0C}", omittingEmptySubsequences: false)
        for page in pages {
            let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == SheetGrid.linesPerPage)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= SheetGrid.columns })
        }
    }

    @Test("a 500-character name is cut in the header and wrapped whole in the answers")
    func longNameWraps() throws {
        let name = SheetFixtures.longName
        #expect(name.count >= 500)
        let text = try textSheet(for: name)
        let lines = text.split(separator: "\n").map(String.init)
        let headerLine = try #require(lines.first { $0.hasPrefix("Patient: ") })
        #expect(headerLine.hasSuffix("…"))
        let start = try #require(lines.firstIndex { $0.hasPrefix("Name ") })
        let wrapped = [lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix(String(repeating: " ", count: 22)) }
        #expect(wrapped.count > 5)
        let rejoined = wrapped.map { String($0.dropFirst(22)) }.joined(separator: " ")
        #expect(rejoined == name)
    }

    @Test("the text of an escape-laden name survives without its escapes")
    func escapedNameKeepsItsText() throws {
        #expect(Sanitizer.collapsedLine(SheetFixtures.escapeName) == "Red Alertlink Smith")
        #expect(Sanitizer.collapsedLine(SheetFixtures.rightToLeftOverrideName) == "Ann htimS Lee")
        #expect(try textSheet(for: SheetFixtures.escapeName).contains("Patient: Red Alertlink Smith"))
    }

    @Test("a hostile medicine name is printed cleaned in the medications table")
    func hostileMedicine() throws {
        let text = try textSheet(for: "Plain Name")
        #expect(text.contains("ibuprofenlanigiro"))
        #expect(!HostileNameTests.withoutWarnings(text).contains("pwned"))
    }

    @Test("hostile names reach the PDF's text layer cleaned", arguments: [SheetFixtures.escapeName, SheetFixtures.rightToLeftOverrideName])
    func pdfTextIsClean(_ name: String) throws {
        let record = try SheetFixtures.hostileRecord(name: name)
        let sheet = IntakeSheet(record: record, context: SheetFixtures.context)
        let pdf = try PDFSheetRenderer(paper: .a4).render(sheet)
        let text = try PDFInspector(pdf.data).text()
        #expect(text.contains(Sanitizer.collapsedLine(name)))
        #expect(!text.unicodeScalars.contains(where: HostileNameTests.forbidden))
    }
}
