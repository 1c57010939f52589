import Foundation

/// Drives a real program in a detached tmux session of a given size: send keys, paste, resize,
/// read the screen, wait for text. Each driver has its own tmux server (socket), killed on
/// `stop()` or deinit, so sessions never meet another test's or a user's.
final class TmuxDriver {
    let socket: String
    let session = "e2e"
    private var stopped = false
    private var serverPID: Int32?
    nonisolated(unsafe) private static var counter = 0

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `command` (a shell command line) in a session `width` x `height`.
    init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        Self.counter += 1
        socket = "osteo-e2e-\(getpid())-\(Self.counter)"
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
                 "env \(env) \(command); echo EXIT=$?; sleep 60"])
        serverPID = (try? run(["display-message", "-p", "#{pid}"])).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        _ = try? run(["set-option", "-t", session, "status", "off"])
        _ = try? run(["set-option", "-t", session, "window-size", "manual"])
    }

    deinit { stop() }

    func stop() {
        guard !stopped else { return }
        stopped = true
        _ = try? run(["kill-server"])
        if let pid = serverPID { kill(pid, SIGKILL) }
    }

    /// tmux key names: "Tab", "F10", "C-x", "BTab", "Escape", or literal text with `literal: true`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + ["--"] + keys)
    }

    func type(_ text: String) throws { try send(text, literal: true) }

    /// Pastes with bracketed paste markers when the program asked for them (as a terminal does).
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "e2e", text])
        try run(["paste-buffer", "-p", "-b", "e2e", "-t", session])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text.
    func screen() throws -> String { try run(["capture-pane", "-p", "-t", session]) }

    /// The cursor as (column, row), from 0.
    func cursor() throws -> (column: Int, row: Int) {
        let out = try run(["display-message", "-p", "-t", session, "#{cursor_x},#{cursor_y}"])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard parts.count == 2 else { throw Failure(description: "no cursor position in \(out)") }
        return (parts[0], parts[1])
    }

    /// The process id of the program (the child of the pane's shell).
    func programPID() throws -> Int32? {
        let shell = try run(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let out = try Self.shell(["pgrep", "-P", shell])
        return out.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Waits until the screen contains `text` and has finished drawing (two captures 50 ms apart
    /// agree), so a test never asserts on a half-drawn frame; returns that screen, or throws with the
    /// last one. A screen that never settles (a clock) is returned at the deadline if it has `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        repeat {
            let shown = (try? screen()) ?? ""
            if shown.contains(text) && shown == last { return shown }
            last = shown
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        if last.contains(text) { return last }
        throw Failure(description: "'\(text)' did not appear within \(timeout) s; screen was:\n\(last)")
    }

    @discardableResult
    private func run(_ args: [String]) throws -> String {
        try Self.shell(["tmux", "-L", socket] + args)
    }

    static var isAvailable: Bool { (try? shell(["tmux", "-V"])) != nil }

    @discardableResult
    static func shell(_ args: [String]) throws -> String {
        let r = try TmuxProcess.run(args, capture: !args.contains("new-session"))
        guard r.status == 0 || args.first == "pgrep" else {
            throw Failure(description: "\(args.joined(separator: " ")) exited \(r.status)")
        }
        return r.output
    }

    private static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The built `intake` binary (next to the test bundle).
    static var intakeBinary: String {
        let here = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("intake").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/intake").path
    }
}
