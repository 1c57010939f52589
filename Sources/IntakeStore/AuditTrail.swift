import Catalog
import Foundation

/// What happened to a record. Raw values are stored and printed by `intake audit`.
public enum AuditAction: String, Codable, CaseIterable, Sendable {
    case create, `import`, open, answer, overwrite, print, export, complete, sign, amend
    case alertAcknowledged = "alert-acknowledged"
    /// An emergency alert was shown (field: the rule IDs).
    case alertShown = "alert-shown"
    /// A wrong staff credential (field: what it was for; new value: the login typed, never the secret).
    case signInRefused = "sign-in-refused"
    /// Five wrong credentials: signing in locked for a minute.
    case signInLocked = "sign-in-locked"
    /// The idle lock was unlocked (new value: the staff member).
    case unlock
    /// A kiosk patient left open answers for staff: the draft stays in progress.
    case handedOver = "handed-over"
    /// Kiosk mode was ended by a member of staff (new value: their name).
    case kioskLeft = "kiosk-left"
    case takeOver = "take-over"
    case close
}

/// Events of a desk rather than of one record (a wrong staff sign-in on the lock screen, an
/// unlock) are kept in the same append-only trail under this record ID: `intake audit '(desk)'`.
public enum DeskAudit {
    public static let recordID = "(desk)"
}

/// Who did it: the OS user, the host, the terminal ("pts/3"), and the SSH client address and
/// port when the desk is remote, so two desks of one account on one host are told apart.
/// A staff member's own name is recorded where it matters (signing, acknowledging an alert).
public struct AuditActor: Codable, Hashable, Sendable {
    public var osUser: String
    public var host: String
    public var sshClient: String?
    /// The terminal without "/dev/" ("pts/3"); nil when standard input is not a terminal.
    public var terminal: String?
    /// The SSH client's port (51234 of "10.0.0.7 51234 10.0.0.1 22").
    public var sshPort: Int?

    public init(osUser: String, host: String, sshClient: String? = nil, terminal: String? = nil, sshPort: Int? = nil) {
        self.osUser = osUser
        self.host = host
        self.sshClient = sshClient
        self.terminal = terminal
        self.sshPort = sshPort
    }

    /// The actor of this process, read from the environment (`SSH_CONNECTION`, else `SSH_CLIENT`)
    /// and `ttyname(0)`.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment,
                               terminal: String? = DeskIdentity.terminalName()) -> AuditActor {
        let ssh = DeskIdentity.sshClient(environment: environment)
        return AuditActor(osUser: osUserName(environment: environment), host: ProcessInfo.processInfo.hostName,
                          sshClient: ssh?.address, terminal: terminal, sshPort: ssh?.port)
    }

    /// The first word of `SSH_CONNECTION` ("client port server port") or `SSH_CLIENT`.
    public static func sshClientAddress(environment: [String: String]) -> String? {
        for key in ["SSH_CONNECTION", "SSH_CLIENT"] {
            if let value = environment[key], let first = value.split(separator: " ").first, !first.isEmpty {
                return String(first)
            }
        }
        return nil
    }

    static func osUserName(environment: [String: String]) -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? environment["LOGNAME"] ?? "uid \(geteuid())"
    }

    /// "anna@desk-2 on pts/3 from 10.0.0.7:51234" (what the audit trail stores).
    public var label: String { label(in: .english) }

    /// The label in the words of the screen or table it is shown on ("anna@desk-2 en pts/3").
    public func label(in language: Language) -> String {
        DeskIdentity.label(osUser: osUser, host: host, terminal: terminal, sshClient: sshClient, sshPort: sshPort, in: language)
    }
}

/// One row of a record's audit trail.
public struct AuditEntry: Hashable, Sendable {
    /// Increases with every row in the database; gives the order of events.
    public var sequence: Int64
    public var recordID: String
    public var at: Date
    public var actor: AuditActor
    public var action: AuditAction
    public var field: String?
    public var oldValue: String?
    public var newValue: String?
    /// The record version this row produced or was about.
    public var version: Int?

    public init(sequence: Int64, recordID: String, at: Date, actor: AuditActor, action: AuditAction, field: String?,
                oldValue: String?, newValue: String?, version: Int?) {
        self.sequence = sequence
        self.recordID = recordID
        self.at = at
        self.actor = actor
        self.action = action
        self.field = field
        self.oldValue = oldValue
        self.newValue = newValue
        self.version = version
    }
}
