/// Why a screen command will not run here, as one line on stderr, exit 64 (EX_USAGE): given
/// before anything is opened or saved, so it never carries patient data.
struct ScreenRefusal: CommandFailure {
    enum Reason { case inputNotTerminal, outputNotTerminal, noLineMode }

    var command: ScreenCommand
    var reason: Reason

    init(_ command: ScreenCommand, _ reason: Reason) {
        self.command = command
        self.reason = reason
    }

    var speaker: String { "intake " + command.rawValue }
    var exitStatus: Int32 { ExitStatus.usage }
    var messageLines: [String] { [Self.text(reason: reason) + " " + Self.text(hint: hint)] }

    enum Hint { case accessible, importOrAccessible, list, export, terminal, noLineMode }

    /// What to do instead, for this command and reason.
    var hint: Hint {
        switch (reason, command) {
        case (.noLineMode, _): return .noLineMode
        case (.inputNotTerminal, .home): return .accessible
        case (_, .home): return .list
        case (.inputNotTerminal, .new): return .importOrAccessible
        case (.inputNotTerminal, _): return .accessible
        case (.outputNotTerminal, .open), (.outputNotTerminal, .resume): return .export
        case (.outputNotTerminal, _): return .terminal
        }
    }

    // English now; a language joins as a second pair of tables.
    static func text(reason: Reason) -> String {
        switch reason {
        case .inputNotTerminal: return "standard input is not a terminal; the intake screens need one (nothing was saved)."
        case .outputNotTerminal: return "standard output is not a terminal; the intake screens need one (nothing was saved)."
        case .noLineMode: return "this command has no line-by-line mode."
        }
    }

    static func text(hint: Hint) -> String {
        switch hint {
        case .accessible: return "Add --accessible to answer line by line from standard input."
        case .importOrAccessible:
            return "Use 'intake import -' to store a record from standard input, or add --accessible to answer line by line."
        case .list: return "Use 'intake list' to list the intakes."
        case .export: return "Use 'intake export ID' to write a record to a file."
        case .terminal: return "Run it in a terminal."
        case .noLineMode: return "Use 'intake list', then 'intake open ID --accessible' or 'intake new --accessible'."
        }
    }
}
