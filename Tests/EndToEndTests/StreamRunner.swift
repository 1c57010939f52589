import Foundation

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
        let folder = NSTemporaryDirectory() + "intake-streams-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/stdout", errPath = folder + "/stderr"

        var stdinFD: Int32 = -1
        var keepOpen: [Int32] = []  // the pipe's writer, or the pseudo-terminal's master
        switch input {
        case .pipe(let text):
            var fds: [Int32] = [-1, -1]
            guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed") }
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            close(fds[1])
            stdinFD = fds[0]
        case .terminal:
            let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
            var unlock: Int32 = 0, number: UInt32 = 0
            // unlockpt and ptsname, which Swift's Glibc module does not bring in (Linux ioctls)
            guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
                throw Failure(description: "no pseudo-terminal")
            }
            stdinFD = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
            guard stdinFD >= 0 else { throw Failure(description: "cannot open /dev/pts/\(number)") }
            keepOpen.append(master)
        }
        defer { close(stdinFD); keepOpen.forEach { close($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinFD, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), defaults = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var env = ProcessInfo.processInfo.environment
        env["INTAKE_DB"] = nil
        env.merge(environment) { $1 }
        let argv = [StoreBinaries.url("intake").path] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cArguments + cEnvironment { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment) == 0 else {
            throw Failure(description: "cannot start \(argv[0])")
        }

        var status: Int32 = 0
        var timedOut = false
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { break }
            if Date() > deadline, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exitStatus, stdout: FileManager.default.contents(atPath: outPath) ?? Data(),
                       stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self),
                       timedOut: timedOut)
    }
}
