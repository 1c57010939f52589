import Foundation
import IntakeStore
import Testing

/// The one rule behind `claim` and `heartbeat` on both backends: may this desk hold the draft?
@Suite("Who may hold a draft: one decision for claim and heartbeat")
struct ClaimDecisionTests {
    static let here = DeskSession(token: "here", pid: 10, host: "desk-1", osUser: "anna")
    static let other = DeskSession(token: "other", pid: 20, host: "desk-2", osUser: "ben")
    static let beat = Date(timeIntervalSince1970: 1_764_658_800)

    @Test("the decision for every state the draft's holder can be in", arguments: [
        (SessionState.none, ClaimDecision.hold),
        (.active(here, heartbeat: beat), .hold),
        (.ended(here, heartbeat: beat), .hold),
        (.active(other, heartbeat: beat), .heldByAnother(other, heartbeat: beat)),
        (.ended(other, heartbeat: beat), .takeOverEnded(other)),
    ])
    func table(state: SessionState, expected: ClaimDecision) {
        #expect(state.decision(for: Self.here) == expected)
    }

    @Test("a desk is told apart by its run's token, not by its pid, host or user")
    func sameDeskNewRun() {
        var restarted = Self.here
        restarted.token = "here-after-restart"
        #expect(SessionState.active(Self.here, heartbeat: Self.beat).decision(for: restarted)
                == .heldByAnother(Self.here, heartbeat: Self.beat))
    }
}
