import Catalog
import Foundation

/// One running intake program at one desk: the session that has a draft open.
///
/// A claim stores the session with a heartbeat time; `SessionLiveness` decides whether the
/// holder has died (its process is gone on this host, or its heartbeat is too old).
public struct DeskSession: Codable, Hashable, Sendable {
    /// Unique per run of the program, so two runs with a recycled pid are told apart.
    public var token: String
    public var pid: Int32
    public var host: String
    public var osUser: String
    /// The terminal the program runs on ("pts/3"), and the SSH client's address and port: what
    /// tells two desks of one OS account on one host apart.
    public var terminal: String?
    public var sshClient: String?
    public var sshPort: Int?

    public init(token: String = UUID().uuidString, pid: Int32, host: String, osUser: String, terminal: String? = nil,
                sshClient: String? = nil, sshPort: Int? = nil) {
        self.token = token
        self.pid = pid
        self.host = host
        self.osUser = osUser
        self.terminal = terminal
        self.sshClient = sshClient
        self.sshPort = sshPort
    }

    /// This process, on this host, as this OS user, on this terminal and SSH connection.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment,
                               terminal: String? = DeskIdentity.terminalName()) -> DeskSession {
        let ssh = DeskIdentity.sshClient(environment: environment)
        return DeskSession(pid: getpid(), host: ProcessInfo.processInfo.hostName,
                           osUser: AuditActor.osUserName(environment: environment), terminal: terminal,
                           sshClient: ssh?.address, sshPort: ssh?.port)
    }

    /// "anna@desk-2 on pts/3 from 10.0.0.7:51234", for the audit trail and JSON; without a
    /// terminal the pid tells desks apart: "anna@desk-2 (pid 4242)".
    public var label: String { label(in: .english) }

    /// The label in the words of the screen it is shown on ("anna@desk-2 en pts/3").
    public func label(in language: Language) -> String {
        let desk = DeskIdentity.label(osUser: osUser, host: host, terminal: terminal, sshClient: sshClient, sshPort: sshPort, in: language)
        return terminal == nil ? Catalog(language)(.storeDeskProcess, ["desk": desk, "pid": String(pid)]) : desk
    }
}

/// Who has a draft open, as seen now.
public enum SessionState: Hashable, Sendable {
    /// No session holds the record.
    case none
    /// A session holds it and is alive (heartbeat recent, process present).
    case active(DeskSession, heartbeat: Date)
    /// A session holds it but has died; the record can be taken over.
    case ended(DeskSession, heartbeat: Date)

    public var holder: DeskSession? {
        switch self {
        case .none: return nil
        case .active(let session, _), .ended(let session, _): return session
        }
    }

    public var hasEnded: Bool {
        if case .ended = self { return true }
        return false
    }
}

/// The result of `claim`.
public enum ClaimOutcome: Hashable, Sendable {
    /// This session now holds the record.
    case claimed
    /// This session took the record over from one that had died.
    case tookOverEndedSession(DeskSession)
    /// Another live session holds the record; open it read-only or ask staff to take it over.
    case heldByAnotherSession(DeskSession, heartbeat: Date)
}

/// How the store tells a live session from a dead one. Injected so tests run on a manual clock
/// and a fake process table.
public struct SessionLiveness: Sendable {
    /// A heartbeat older than this means the session died (a desk on another host whose
    /// program was killed, or a dropped SSH link).
    public var staleAfter: TimeInterval
    /// How often the app should call `heartbeat` (a third of `staleAfter`).
    public var heartbeatInterval: TimeInterval { staleAfter / 3 }
    /// The host this program runs on: a pid is only checked when the session is on this host.
    public var host: String
    /// Whether a process with this pid exists on this host.
    public var isProcessAlive: @Sendable (Int32) -> Bool

    public init(staleAfter: TimeInterval = 180, host: String = ProcessInfo.processInfo.hostName,
                isProcessAlive: @escaping @Sendable (Int32) -> Bool = SessionLiveness.processExists) {
        self.staleAfter = staleAfter
        self.host = host
        self.isProcessAlive = isProcessAlive
    }

    /// `kill(pid, 0)`: the process exists when it succeeds or when we may not signal it.
    @Sendable public static func processExists(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    public func state(of session: DeskSession, heartbeat: Date, now: Date) -> SessionState {
        if now.timeIntervalSince(heartbeat) > staleAfter { return .ended(session, heartbeat: heartbeat) }
        if session.host == host, !isProcessAlive(session.pid) { return .ended(session, heartbeat: heartbeat) }
        return .active(session, heartbeat: heartbeat)
    }
}
