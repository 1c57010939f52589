import ArgumentParser
import Foundation
import IntakeStore
import PlainText

/// Output of the store's subcommands: text made safe for a terminal, and errors reported on
/// stderr as one clear line with no patient data (a `StoreError` never carries any).
enum StoreCommandOutput {
    /// Text made safe for a terminal (`Sanitizer.displayLine`): no escape sequence, control or
    /// bidi character, whatever a record or an argument held.
    static func printable(_ text: String) -> String {
        Sanitizer.displayLine(text)
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
        Truncation.padded(printable(text), toWidth: width)
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
