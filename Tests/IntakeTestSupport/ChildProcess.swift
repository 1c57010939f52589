import Foundation

/// Runs another program for a test: the built `intake`, tmux, psql, pg_ctl, pdftotext, python3.
///
/// Every test that starts a program goes through here, for two reasons:
/// - A child that never ends fails its test after a deadline (it is killed) instead of hanging the
///   whole suite: CI once ran out of its 90 minutes on one such wait.
/// - Foundation's `Process.waitUntilExit()` can miss a child's exit on Linux when many children come
///   and go in one process (swift-corelibs-foundation; seen as a suite that hangs after a few hundred
///   runs), and it learns of an exit only when the child's pipes close, which a server the child
///   leaves behind (`pg_ctl start`, `tmux new-session`) keeps open. Here the child is reaped with
///   `waitpid`, and its standard streams are private files unless a test reads them as they come.
public final class ChildProcess: @unchecked Sendable {
    public struct Outcome: Sendable {
        /// The exit code, or 128 + the signal's number when a signal ended it (as a shell says).
        public var status: Int32
        /// The signal that ended it, if one did.
        public var signal: Int32?
        /// Whether it was killed for running past its deadline.
        public var timedOut: Bool
        public var stdout: Data
        public var stderr: Data
        public var output: String { String(decoding: stdout, as: UTF8.self) }
        public var errors: String { String(decoding: stderr, as: UTF8.self) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where the child's standard input comes from.
    public enum Input: Sendable {
        /// These bytes, from a private file (nothing can block on a full pipe).
        case bytes(Data)
        /// A pipe the test writes to as it goes (`write`, `closeInput`).
        case pipe
        /// An open descriptor of the test's (a pseudo-terminal, say); the test keeps it.
        case descriptor(Int32)
    }

    /// Where the child's standard output goes.
    public enum Output: Sendable {
        /// A private file, read whole when the child has ended.
        case file
        /// A pipe the test reads as it goes (`readAvailable`).
        case pipe
        /// Nowhere (for a command that leaves a server behind which would keep writing).
        case discard
    }

    public let pid: pid_t
    public let name: String
    private let folder: String
    private var inputWriter: Int32 = -1
    private var outputReader: Int32 = -1
    private var outcome: Outcome?
    /// Output read off the pipe while waiting for the child's end.
    private var drained = Data()

    private var stdoutPath: String { folder + "/stdout" }
    private var stderrPath: String { folder + "/stderr" }

    /// Starts `arguments[0]` (looked up in PATH when it has no slash). `environment` replaces the
    /// whole environment when given; `directory` is the child's working folder.
    public init(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
                input: Input = .bytes(Data()), output: Output = .file) throws {
        name = URL(fileURLWithPath: arguments[0]).lastPathComponent
        folder = NSTemporaryDirectory() + "osteo-child-" + UUID().uuidString
        guard mkdir(folder, 0o700) == 0 else { throw Failure(description: "no private folder for \(name)") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var closeAfterSpawn: [Int32] = []
        defer { closeAfterSpawn.forEach { close($0) } }

        switch input {
        case .bytes(let data):
            let path = folder + "/stdin"
            guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw Failure(description: "cannot write the input of \(name)")
            }
            posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
        case .pipe:
            let (reader, writer) = try Self.closeOnExecPipe()
            posix_spawn_file_actions_adddup2(&actions, reader, 0)
            closeAfterSpawn.append(reader)
            inputWriter = writer
        case .descriptor(let fd):
            posix_spawn_file_actions_adddup2(&actions, fd, 0)
        }
        switch output {
        case .file:
            posix_spawn_file_actions_addopen(&actions, 1, folder + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        case .pipe:
            let (reader, writer) = try Self.closeOnExecPipe()
            posix_spawn_file_actions_adddup2(&actions, writer, 1)
            closeAfterSpawn.append(writer)
            outputReader = reader
        case .discard:
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, output == .discard ? "/dev/null" : folder + "/stderr",
                                         O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // A clean signal state, as from a login shell: the test runner blocks some signals, and a
        // full-screen program must get SIGWINCH, SIGTERM and SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environmentLines = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        // env -C: glibc's posix_spawn_file_actions_addchdir_np is not in Swift's Glibc module
        let command = directory.map { ["/usr/bin/env", "-C", $0] + arguments } ?? arguments
        let cArguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        let cEnvironment: [UnsafeMutablePointer<CChar>?] = environmentLines.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, command[0], &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else {
            if inputWriter >= 0 { close(inputWriter) }
            if outputReader >= 0 { close(outputReader) }
            try? FileManager.default.removeItem(atPath: folder)
            throw Failure(description: "\(name) could not be started: \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    deinit {
        if outcome == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        if inputWriter >= 0 { close(inputWriter) }
        if outputReader >= 0 { close(outputReader) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a program to its end and gives its status and output; killed, and an error thrown
    /// naming it, when it is still running after `timeout` seconds.
    public static func run(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
                           input: Data = Data(), output: Output = .file, timeout: Double = 120) throws -> Outcome {
        try ChildProcess(arguments, environment: environment, directory: directory, input: .bytes(input), output: output)
            .wait(timeout: timeout)
    }

    /// Writes to the child's standard input (started with `input: .pipe`).
    public func write(_ text: String) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count, inputWriter >= 0 {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(inputWriter, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            written += count
        }
    }

    /// Ends the child's standard input: it reads end of file.
    public func closeInput() {
        if inputWriter >= 0 { close(inputWriter) }
        inputWriter = -1
    }

    /// What the child wrote to its standard output since the last call (started with
    /// `output: .pipe`), waiting up to `timeout` seconds for something; empty at end of file or
    /// when nothing came in time.
    public func readAvailable(timeout: Double = 30) -> Data {
        guard outputReader >= 0 else { return Data() }
        var poller = pollfd(fd: outputReader, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(timeout * 1000))
        guard ready > 0 else { return Data() }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(outputReader, &buffer, buffer.count)
        return count > 0 ? Data(buffer[0..<count]) : Data()
    }

    /// Sends a signal (SIGKILL: as a crash would end it).
    public func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the child's end and gives its status and output. Still running after `timeout`
    /// seconds, it is killed and an error says so, unless `killAtTimeout` asks for the outcome of
    /// the kill instead (a full screen that waits for keys forever, by design).
    @discardableResult
    public func wait(timeout: Double = 120, killAtTimeout: Bool = false) throws -> Outcome {
        if let outcome { return outcome }
        closeInput()
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var pause: useconds_t = 200
        var timedOut = false
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw Failure(description: "\(name): lost track of the child") }
            if Date() > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                break
            }
            drainOutput()  // a child writing more than a pipe holds must not wait for this reader
            usleep(pause)
            pause = min(pause * 2, 10_000)
        }
        drainOutput()
        let signal: Int32? = status & 0x7F == 0 ? nil : status & 0x7F
        let finished = Outcome(status: signal.map { 128 + $0 } ?? (status >> 8) & 0xFF, signal: signal, timedOut: timedOut,
                               stdout: drained + (FileManager.default.contents(atPath: stdoutPath) ?? Data()),
                               stderr: FileManager.default.contents(atPath: stderrPath) ?? Data())
        outcome = finished
        if timedOut && !killAtTimeout {
            throw Failure(description: "\(name) was still running after \(Int(timeout)) s and was killed; it said: "
                          + String(finished.errors.suffix(500)))
        }
        return finished
    }

    private func drainOutput() {
        while outputReader >= 0 {
            let chunk = readAvailable(timeout: 0)
            if chunk.isEmpty { return }
            drained.append(chunk)
        }
    }

    private static func closeOnExecPipe() throws -> (reader: Int32, writer: Int32) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(description: "no pipe: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }
}
