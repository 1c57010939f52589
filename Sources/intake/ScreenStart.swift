import Foundation

/// The commands that draw the full screen, and what each may do without a terminal.
enum ScreenCommand: String {
    case home, new, open, resume, kiosk, demo

    enum LineMode {
        /// No line-by-line mode.
        case none
        /// Line by line, answers saved: from a pipe only when asked for with --accessible.
        case savesAnswers
        /// Line by line, nothing saved (the toolkit demo): also whenever standard input is not a terminal.
        case savesNothing
    }

    var lineMode: LineMode {
        switch self {
        case .demo: return .savesNothing
        case .home, .new, .open, .resume, .kiosk: return .savesAnswers
        }
    }
}

/// How a screen command runs, decided before a theme is loaded, a terminal opened or a database
/// touched. The full screen needs a terminal on standard input and on standard output, so text
/// piped in is never typed into a record and no escape codes go into a file; otherwise the
/// command refuses in one line (`ScreenRefusal`, exit 64).
enum ScreenStart {
    enum Mode: Equatable { case fullScreen, lineByLine }

    static func mode(for command: ScreenCommand, options: TerminalOptions) throws -> Mode {
        let inputIsTerminal = isatty(STDIN_FILENO) == 1, outputIsTerminal = isatty(STDOUT_FILENO) == 1
        if options.usesLineMode {
            guard command.lineMode != .none else { throw ScreenRefusal(command, .noLineMode) }
            // TERM=dumb alone may be a script's environment: answers come from a pipe only on request.
            guard options.accessible || inputIsTerminal || command.lineMode == .savesNothing else {
                throw ScreenRefusal(command, .inputNotTerminal)
            }
            return .lineByLine
        }
        guard inputIsTerminal, outputIsTerminal else {
            // TERM unset or unknown is reported first (exit 78), as it is when the terminal opens.
            try options.checkTerminalType()
            if !inputIsTerminal {
                guard command.lineMode == .savesNothing else { throw ScreenRefusal(command, .inputNotTerminal) }
                return .lineByLine
            }
            throw ScreenRefusal(command, .outputNotTerminal)
        }
        return .fullScreen  // TERM is checked as the terminal opens
    }
}
