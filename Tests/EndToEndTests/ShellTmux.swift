import Foundation
import IntakeTestSupport

/// One `intake` command running in a tmux pane of its own (a private tmux server per pane, so
/// tests never see each other's or the user's sessions). The pane stays after the program ends
/// and shows `INTAKE-EXIT:<status>`.
final class ShellTmux {
    let socket = "intake-e2e-" + UUID().uuidString.prefix(8).lowercased()
    let scratch = StoreScratch()
    var databasePath: String { scratch.path + "/db/intake.sqlite" }

    enum Failure: Error, CustomStringConvertible {
        case timeout(waitingFor: String, screen: String)
        case tmux(String)
        var description: String {
            switch self {
            case .timeout(let text, let screen): return "timed out waiting for \"\(text)\"; the pane shows:\n\(screen)"
            case .tmux(let message): return "tmux: \(message)"
            }
        }
    }

    /// Starts `intake ARGUMENTS` in a pane of `width` x `height`.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        var env = ["TERM": "xterm-256color", "INTAKE_DB": databasePath, "LANG": "C.UTF-8",
                   "XDG_CONFIG_HOME": ClinicStaff.configHome(in: scratch.path)]
        env.merge(environment) { $1 }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "env \(assignments) \(Self.quote(StoreBinaries.url("intake").path)) "
            + arguments.map(Self.quote).joined(separator: " ") + "; echo INTAKE-EXIT:$?; sleep 600"
        try tmux(["new-session", "-d", "-s", "intake", "-x", String(width), "-y", String(height), command])
    }

    deinit { close() }

    /// Stops the tmux server (and with it the program, by SIGHUP).
    func close() {
        _ = try? tmux(["kill-server"])
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs the tmux client on this pane's own server and gives what it printed.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let finished = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, timeout: 30)
        guard finished.status == 0 else { throw Failure.tmux(arguments.joined(separator: " ")) }
        return finished.output
    }

    /// Presses keys by tmux name (`Tab`, `Space`, `F10`, `C-c`, `PgDn`...), each after the last.
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "intake", key]); pause() }
    }

    /// A member of staff signs in on the box on screen (the clinic file's PIN list).
    func signIn(login: String = ClinicStaff.login, pin: String = ClinicStaff.pin) throws {
        try type(login)
        try press("Tab")
        try type(pin)
        try press("Enter")
    }

    /// Sends raw bytes, as a terminal or a hostile paste would (`send-keys -H`).
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "intake", "-H"] + bytes.map { String(format: "%02x", $0) }); pause()
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "intake", "-l", text]); pause()
    }

    /// Lets the program read and answer the last key before the next one.
    func pause(_ seconds: Double = 0.08) { Thread.sleep(forTimeInterval: seconds) }

    var screen: String { (try? tmux(["capture-pane", "-p", "-t", "intake"])) ?? "" }

    /// The pane with its attributes and colours as SGR escape sequences (`capture-pane -e`).
    var styledScreen: String { (try? tmux(["capture-pane", "-p", "-e", "-t", "intake"])) ?? "" }

    /// The cursor's row and column in the pane, from 0.
    func cursor() throws -> (row: Int, column: Int) {
        let out = try tmux(["display-message", "-p", "-t", "intake", "#{cursor_y},#{cursor_x}"])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2 else { throw Failure.tmux("no cursor position in \(out)") }
        return (parts[0], parts[1])
    }

    /// Waits until the pane shows `text` and has finished drawing (two captures 50 ms apart agree),
    /// so a test never asserts on a half-drawn frame; returns the pane. A pane that never settles is
    /// returned at the deadline if it shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let shown = screen
            if shown.contains(text) && shown == last { return shown }
            last = shown
            Thread.sleep(forTimeInterval: 0.05)
        }
        if last.contains(text) { return last }
        throw Failure.timeout(waitingFor: text, screen: screen)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "intake", "-x", String(width), "-y", String(height)])
    }

    /// The pid of the running `intake` (the child of the pane's shell).
    func intakePID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "intake", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        guard let pid = children.split(separator: " ").compactMap({ Int32($0) }).first else {
            throw Failure.tmux("no intake process under pane shell \(shell)")
        }
        return pid
    }

    /// Waits until process `pid` is gone (reaped by the pane's shell).
    func waitForExit(of pid: Int32, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kill(pid, 0) == -1 && errno == ESRCH { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timeout(waitingFor: "process \(pid) to end", screen: screen)
    }

    /// `intake ARGUMENTS` on the same database, outside tmux.
    func intake(_ arguments: [String]) throws -> StoreBinaries.Result {
        try StoreBinaries.intake(arguments, environment: ["INTAKE_DB": databasePath])
    }

    /// The records of the database as `intake list --json` gives them.
    func listed() throws -> [[String: Any]] {
        try intake(["list", "--json"]).stdout.split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// A record as `intake export ID --format json` gives it.
    func exported(_ id: String) throws -> [String: Any] {
        let result = try intake(["export", id, "--format", "json"])
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }
}
