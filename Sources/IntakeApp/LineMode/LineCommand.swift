import Catalog
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
        let simple: [(TextKey, LineCommand)] = [
            (.lineModeCommandHelp, .help), (.lineModeCommandBack, .back), (.lineModeCommandNextStep, .nextStep),
            (.lineModeCommandSkip, .skip), (.lineModeCommandClear, .clear), (.lineModeCommandSave, .save),
            (.lineModeCommandSummary, .summary), (.lineModeCommandFinish, .finish), (.lineModeCommandExit, .exit),
        ]
        for (key, command) in simple where words == strings(key) {
            self = command
            return
        }
        let jump = strings(.lineModeCommandJump) + " "
        if words.hasPrefix(jump) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            self = .jump(String(trimmed.dropFirst(jump.count)).trimmingCharacters(in: .whitespaces))
            return
        }
        return nil
    }
}
