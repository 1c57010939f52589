import Catalog
import Foundation

/// A command typed alone on a line instead of an answer. The words come from `LineModeStrings`.
enum LineCommand: Hashable, Sendable {
    case help, back, nextStep, skip, clear, save, summary, finish, exit
    case jump(String)

    /// The command a line spells, or nil when the line is an answer. The words of the intake's
    /// language and the English ones are both commands: a desk that started in English and a
    /// patient who then chose Spanish still leave with "exit" (found in a trial: after the switch,
    /// "exit" was saved as the phone number).
    init?(line: String, strings: LineModeStrings) {
        let words = Self.folded(line)
        let english = Catalog(.english)
        let simple: [(TextKey, LineCommand)] = [
            (.lineModeCommandHelp, .help), (.lineModeCommandBack, .back), (.lineModeCommandNextStep, .nextStep),
            (.lineModeCommandSkip, .skip), (.lineModeCommandClear, .clear), (.lineModeCommandSave, .save),
            (.lineModeCommandSummary, .summary), (.lineModeCommandFinish, .finish), (.lineModeCommandExit, .exit),
        ]
        for (key, command) in simple where words == Self.folded(strings(key)) || words == Self.folded(english(key)) {
            self = command
            return
        }
        for jumpWord in [strings(.lineModeCommandJump), english(.lineModeCommandJump)] {
            let jump = Self.folded(jumpWord) + " "
            if words.hasPrefix(jump) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                self = .jump(String(trimmed.dropFirst(jump.count)).trimmingCharacters(in: .whitespaces))
                return
            }
        }
        return nil
    }

    /// Case, accents and runs of spaces ignored: "Atrás" and "atras" are the same word.
    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
