import Catalog
import ArgumentParser
import CursesTerminal
import Foundation
import TerminalUI
import PlainText

/// Options every screen command shares: `--theme NAME|PATH` and `--accessible`.
struct TerminalOptions: ParsableArguments {
    @Option(name: .long, help: staffHelp(.cliHelpOptionTheme, valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: staffHelp(.cliHelpOptionAccessible))
    var accessible = false

    /// The line-by-line mode is used with --accessible or when TERM is "dumb".
    var usesLineMode: Bool {
        accessible || environment("TERM") == "dumb"
    }

    /// NO_COLOR (https://no-color.org): any non-empty value turns colour off.
    var allowsColor: Bool { (environment("NO_COLOR") ?? "").isEmpty }

    /// The theme asked for; a theme that cannot be used gives the built-in default and a
    /// one-line warning (file, line, column, reason) for the message line and stderr.
    func loadTheme() -> (theme: Theme, warning: String?) {
        switch ThemeLoader.load(theme) {
        case .success(let t): return (t, nil)
        case .failure(let e):
            let warning = said(.uiThemeFallback, ["reason": Sanitizer.displayLine(e.message(in: StaffText.language))])
            printError(warning)
            return (.builtIn, warning)
        }
    }

    /// Checks TERM before anything else is tried: unset or unknown to terminfo exits with status 78
    /// and a one-line reason, as `openTerminal` would.
    func checkTerminalType() throws {
        do {
            try CursesTerminal.checkTerminalType()
        } catch {
            printError("intake: \(error.message)")
            throw ExitCode(TerminalStartError.exitStatus)
        }
    }

    /// Opens the full-screen terminal or exits with status 78 and a one-line reason.
    func openTerminal(theme: Theme) throws -> CursesTerminal {
        do {
            return try CursesTerminal(theme: theme, allowColor: allowsColor)
        } catch {
            printError("intake: \(error.message)")
            throw ExitCode(TerminalStartError.exitStatus)
        }
    }

    /// One variable, read directly: `ProcessInfo.environment` would copy the whole environment
    /// into a dictionary on every call.
    private func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write((line + "\n").data(using: .utf8) ?? Data())
    }
}
