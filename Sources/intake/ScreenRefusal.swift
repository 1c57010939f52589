import Catalog
/// Why a screen command will not run here, as one line on stderr, exit 64 (EX_USAGE): given
/// before anything is opened or saved, so it never carries patient data.
struct ScreenRefusal: CommandFailure {
    enum Reason: String, CaseIterable { case inputNotTerminal, outputNotTerminal, noLineMode }

    var command: ScreenCommand
    var reason: Reason

    init(_ command: ScreenCommand, _ reason: Reason) {
        self.command = command
        self.reason = reason
    }

    var speaker: String { "intake " + command.rawValue }
    var exitStatus: Int32 { ExitStatus.usage }
    var messageLines: [String] { [Self.text(reason: reason) + " " + Self.text(hint: hint)] }

    enum Hint: String, CaseIterable { case accessible, importOrAccessible, list, export, terminal, noLineMode }

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

    /// The reason in words: `cli.refusal.<reason>` in the string catalog.
    static func text(reason: Reason) -> String {
        StaffText.catalog.text(forDataKey: "cli.refusal." + reason.rawValue) ?? ""
    }

    /// What to do instead: `cli.refusal.hint.<hint>` in the string catalog.
    static func text(hint: Hint) -> String {
        StaffText.catalog.text(forDataKey: "cli.refusal.hint." + hint.rawValue) ?? ""
    }
}
