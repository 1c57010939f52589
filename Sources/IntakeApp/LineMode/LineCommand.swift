import Foundation

/// A command typed alone on a line instead of an answer. The words come from `LineModeStrings`.
enum LineCommand: Hashable, Sendable {
    case help, back, nextStep, skip, clear, save, summary, finish, exit
    case jump(String)

    /// The command a line spells, or nil when the line is an answer.
    init?(line: String, strings: LineModeStrings) {
        let folded = line.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let simple: [(String, LineCommand)] = [
            ("command.help", .help), ("command.back", .back), ("command.nextStep", .nextStep), ("command.skip", .skip),
            ("command.clear", .clear), ("command.save", .save), ("command.summary", .summary),
            ("command.finish", .finish), ("command.exit", .exit),
        ]
        for (key, command) in simple where words == strings(key) {
            self = command
            return
        }
        let jump = strings("command.jump") + " "
        if words.hasPrefix(jump) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            self = .jump(String(trimmed.dropFirst(jump.count)).trimmingCharacters(in: .whitespaces))
            return
        }
        return nil
    }
}
