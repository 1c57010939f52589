import ArgumentParser
import Foundation
import IntakeStore

/// Output of the store's subcommands: text made safe for a terminal, and errors reported on
/// stderr as one clear line with no patient data (a `StoreError` never carries any).
enum StoreCommandOutput {
    /// Removes C0 and C1 control characters (ESC, BEL, CR, ...), DEL, and the bidirectional
    /// overrides that can make text read differently from what is stored.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return false
            default: return true
            }
        }))
    }

    static func writeError(_ message: String, from speaker: String = "intake") {
        FileHandle.standardError.write(Data((speaker + ": " + printable(message) + "\n").utf8))
    }

    /// Runs a subcommand body; a `CommandFailure` (a store error, a file or argument that cannot
    /// be used) becomes its lines on stderr and its sysexits status (`ExitStatus`).
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as any CommandFailure {
            failure.messageLines.forEach { writeError($0, from: failure.speaker) }
            throw ExitCode(failure.exitStatus)
        }
    }

    /// Pads or cuts `text` to `width` terminal columns for a table column.
    static func column(_ text: String, _ width: Int) -> String {
        let safe = printable(text)
        let total = safe.reduce(0) { $0 + displayWidth($1) }
        if total <= width { return safe + String(repeating: " ", count: width - total) }
        var result = ""
        var used = 0
        for character in safe {
            let cells = displayWidth(character)
            if used + cells > width - 1 { break }
            result.append(character)
            used += cells
        }
        return result + "…" + String(repeating: " ", count: max(0, width - used - 1))
    }

    /// Columns a character takes: 2 for East Asian wide and fullwidth characters and most emoji,
    /// 0 for a lone combining mark, else 1 (Unicode UAX #11, the ranges of wcwidth).
    static func displayWidth(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.value {
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static let timestamp: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter
    }()

    static func isoTimestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// A file given on the command line that cannot be used (`intake import`, `export --output`):
/// 65 when its record is not valid, 66 when it cannot be read, 73 when it cannot be written.
struct InputFileError: CommandFailure {
    var message: String
    var exitStatus: Int32 = ExitStatus.dataError
    var messageLines: [String] { message.split(separator: "\n").map(String.init) }
}
