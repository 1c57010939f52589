import Foundation
import Testing
@testable import IntakeSheet

/// Golden text sheets: the text rendering of shared examples compared with files under Golden/.
/// Re-record with `OSTEO_RECORD_GOLDEN=1 swift test --filter IntakeSheetTests`; on a mismatch the
/// actual text is written beside the golden file as NAME.txt.actual.
@Suite("Golden text sheets")
struct GoldenSheetTests {
    func assertMatchesGolden(_ sheet: IntakeSheet, _ name: String) throws {
        let text = TextSheetRenderer().render(sheet)
        let golden = SheetFixtures.goldenDirectory.appendingPathComponent("\(name).txt")
        let actual = golden.appendingPathExtension("actual")
        if ProcessInfo.processInfo.environment["OSTEO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: SheetFixtures.goldenDirectory, withIntermediateDirectories: true)
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try? String(contentsOf: golden, encoding: .utf8)
        if expected != text {
            try text.write(to: actual, atomically: true, encoding: .utf8)
        } else {
            try? FileManager.default.removeItem(at: actual)
        }
        #expect(expected == text, "\(name).txt differs from the sheet printed now; see \(actual.path)")
    }

    @Test("an example with a Polish name prints as its golden sheet", arguments: ["urgent-fracture"])
    func polishName(_ name: String) throws {
        try assertMatchesGolden(try SheetFixtures.exampleSheet(name), name)
    }

    @Test("every other shared example prints as its golden sheet",
          arguments: ["medication-alerts", "routine-mechanical", "male-patient", "imperial-units", "emergency-cauda-equina"])
    func examples(_ name: String) throws {
        try assertMatchesGolden(try SheetFixtures.exampleSheet(name), name)
    }

    @Test("a record with a Chinese name prints as its golden sheet")
    func chineseName() throws {
        let record = try SheetFixtures.cjkRecord()
        try assertMatchesGolden(IntakeSheet(record: record, context: SheetFixtures.context), "cjk-name")
    }
}
