import Foundation
import TerminalUI
import Testing

/// Golden screen files under `Tests/IntakeAppTests/Golden/`: the screen as text with the cursor
/// position. `RECORD_GOLDEN=1 swift test` re-records them; on a mismatch the screen is written
/// beside the golden file as `NAME.actual` and the test fails.
enum GoldenScreen {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func text(of screen: Screen) -> String {
        let cursor = screen.cursor.map { "cursor \($0.row),\($0.column)" } ?? "cursor hidden"
        return "size \(screen.size)\n" + screen.text + "\n" + cursor + "\n"
    }

    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(of: screen)
        let file = folder.appendingPathComponent(name + ".txt")
        let actualFile = folder.appendingPathComponent(name + ".actual")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            try? FileManager.default.removeItem(at: actualFile)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
            Issue.record("no golden file \(name).txt; run with RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected == actual {
            try? FileManager.default.removeItem(at: actualFile)
        } else {
            try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
            Issue.record("screen differs from Golden/\(name).txt; see Golden/\(name).actual", sourceLocation: sourceLocation)
        }
    }
}
