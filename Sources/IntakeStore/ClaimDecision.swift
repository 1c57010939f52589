import Foundation

/// Whether a desk may hold a record's draft, decided from who holds it now: the one rule behind
/// `claim` and `heartbeat` on every backend (the stores only read the row and act on it).
public enum ClaimDecision: Hashable, Sendable {
    /// Nobody holds it, or this desk does: hold it (again) from now.
    case hold
    /// Another desk held it and has died: `claim` takes it over (and audits that); a heartbeat
    /// may not, since the desk that died may have been the one that took it from this one.
    case takeOverEnded(DeskSession)
    /// Another desk holds it and is alive: open it read-only or ask staff to take it over.
    case heldByAnother(DeskSession, heartbeat: Date)
}

extension SessionState {
    /// What `session` may do with the record, held as this state says.
    public func decision(for session: DeskSession) -> ClaimDecision {
        switch self {
        case .active(let holder, let heartbeat) where holder.token != session.token:
            return .heldByAnother(holder, heartbeat: heartbeat)
        case .ended(let holder, _) where holder.token != session.token:
            return .takeOverEnded(holder)
        case .none, .active, .ended:
            return .hold
        }
    }
}
