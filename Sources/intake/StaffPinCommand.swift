import ArgumentParser
import Foundation
import StaffAccess
#if canImport(Glibc)
import Glibc
#endif

/// `intake staff-pin --login LOGIN [--name NAME]`: reads a staff PIN from standard input (twice,
/// with echo off, at a terminal; one line from a pipe), never from the command line, and prints
/// the `[[staff.pins]]` block, with the PIN's yescrypt hash, to paste into clinic.toml.
struct StaffPinCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "staff-pin",
            abstract: said(.cliHelpStaffPinAbstract),
            discussion: said(.cliHelpStaffPinDiscussion, ["minimum": String(PINHash.minimumLength)]))
    }

    @Option(name: .long, help: staffHelp(.cliHelpStaffPinLogin))
    var login: String

    @Option(name: .long, help: staffHelp(.cliHelpStaffPinName))
    var name: String?

    func validate() throws {
        if let problem = PINList.Entry.problem(withLogin: login, language: StaffText.language) { throw ValidationError("--login \(problem)") }
        if let name, let problem = PINList.Entry.problem(withName: name, language: StaffText.language) { throw ValidationError("--name \(problem)") }
    }

    func run() throws {
        guard let pin = try Self.readPIN() else { throw ExitCode.failure }
        switch PINHash.make(pin: pin) {
        case .success(let hash):
            let entry = PINList.Entry(login: login, name: name ?? login, hash: hash)
            FileHandle.standardOutput.write(Data(entry.clinicFileBlock.utf8))
        case .failure(let error):
            Self.say(error.message(in: StaffText.language))
            throw ExitCode.failure
        }
    }

    static func say(_ message: String) {
        FileHandle.standardError.write(Data("intake staff-pin: \(message)\n".utf8))
    }

    /// The PIN: asked twice with echo off at a terminal, else the first line of the pipe. Nil,
    /// after saying why, when there is none, the two differ, or it is not a usable PIN.
    static func readPIN() throws -> String? {
        let pin: String
        if isatty(STDIN_FILENO) == 1 {
            guard let first = HiddenLine.read(prompt: said(.cliStaffPinPrompt)), let second = HiddenLine.read(prompt: said(.cliStaffPinPromptAgain)) else {
                say(said(.cliStaffPinNoneTyped)); return nil
            }
            guard first == second else { say(said(.cliStaffPinDiffer)); return nil }
            pin = first
        } else {
            guard let line = readLine(strippingNewline: true) else { say(said(.cliStaffPinNoneOnInput)); return nil }
            pin = line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        if let problem = PINHash.problem(withPIN: pin) { say(problem.message(in: StaffText.language)); return nil }
        return pin
    }
}

/// A line typed at the terminal with echo off (the newline still shown), the terminal restored
/// afterwards, and on Ctrl-C.
enum HiddenLine {
    nonisolated(unsafe) static var saved = termios()

    static func read(prompt: String) -> String? {
        FileHandle.standardError.write(Data(prompt.utf8))
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return readLine(strippingNewline: true) }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        let previous = signal(SIGINT) { _ in
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &HiddenLine.saved)
            _ = write(STDERR_FILENO, "\n", 1)
            _exit(130)
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            signal(SIGINT, previous)
        }
        return readLine(strippingNewline: true)
    }
}
