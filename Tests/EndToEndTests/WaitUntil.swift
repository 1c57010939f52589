import Foundation
import Testing

struct ConditionTimedOut: Error, CustomStringConvertible {
    let description: String
}

/// Polls `condition` every 100 ms until it holds; records an issue and throws after `timeout`
/// seconds, naming `what` was awaited (a server reached, a status line gone).
func waitUntil(_ what: String, timeout: Double = 15, _ condition: () throws -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if try condition() { return }
        Thread.sleep(forTimeInterval: 0.1)
    }
    Issue.record("timed out waiting until \(what)")
    throw ConditionTimedOut(description: "timed out waiting until \(what)")
}
