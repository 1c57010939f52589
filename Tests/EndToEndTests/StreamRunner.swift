import Foundation
import IntakeTestSupport

/// Runs the built `intake` with chosen standard streams, as a shell would for `cmd < file`,
/// `printf ... | cmd` or `cmd > file`: standard input is a pipe holding `input`, or a terminal
/// (a pseudo-terminal nobody types on); standard output and error are files. A program still
/// running after `timeout` seconds is killed (the full screen waiting for keys), so a test fails
/// instead of hanging.
enum StreamRunner {
    enum Input {
        case pipe(String)
        case terminal
    }

    struct Outcome {
        var status: Int32
        var stdout: Data
        var stderr: String
        var timedOut: Bool
        /// Whether standard output received an escape byte (0x1B): a terminal control sequence.
        var wroteEscapes: Bool { stdout.contains(0x1B) }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// TIOCSPTLCK and TIOCGPTN (linux/asm-generic/ioctls.h).
    static let setLock: UInt = 0x4004_5431
    static let getNumber: UInt = 0x8004_5430

    static func run(_ arguments: [String], input: Input, environment: [String: String], timeout: Double = 8) throws -> Outcome {
        var env = ProcessInfo.processInfo.environment
        env["INTAKE_DB"] = nil
        env.merge(environment) { $1 }
        let argv = [StoreBinaries.url("intake").path] + arguments
        let child: ChildProcess
        switch input {
        case .pipe(let text):
            child = try ChildProcess(argv, environment: env, input: .bytes(Data(text.utf8)))
        case .terminal:
            let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            defer { if master >= 0 { close(master) } }
            var unlock: Int32 = 0, number: UInt32 = 0
            // unlockpt and ptsname, which Swift's Glibc module does not bring in (Linux ioctls)
            guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
                throw Failure(description: "no pseudo-terminal")
            }
            let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard terminal >= 0 else { throw Failure(description: "cannot open /dev/pts/\(number)") }
            defer { close(terminal) }
            child = try ChildProcess(argv, environment: env, input: .descriptor(terminal))
            // the master stays open until the program has ended: nobody types, nobody hangs up
            let finished = try child.wait(timeout: timeout, killAtTimeout: true)
            return Outcome(status: finished.status, stdout: finished.stdout, stderr: finished.errors, timedOut: finished.timedOut)
        }
        let finished = try child.wait(timeout: timeout, killAtTimeout: true)
        return Outcome(status: finished.status, stdout: finished.stdout, stderr: finished.errors, timedOut: finished.timedOut)
    }
}
