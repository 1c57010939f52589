import Foundation
import IntakeTestSupport

/// Runs tmux (or another program) for the tmux tests and collects its output.
enum TmuxProcess {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// `environment` replaces the whole environment when given. `capture` false sends output
    /// nowhere (for commands that leave a daemon behind, like `tmux new-session`).
    static func run(_ args: [String], environment: [String: String]? = nil, input: String = "",
                    capture: Bool = true) throws -> Result {
        let finished = try ChildProcess.run(args, environment: environment, input: Data(input.utf8),
                                            output: capture ? .file : .discard, timeout: 60)
        return Result(status: finished.status, output: finished.output, error: finished.errors)
    }
}
