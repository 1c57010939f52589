import Foundation

/// Five wrong credentials in a row lock signing in for a minute (issue 11, item 8), as screen
/// lockers and PAM's faillock do, so a PIN cannot be guessed at the kiosk. A value: the shell keeps
/// it and asks it with the (injected) time.
public struct SignInThrottle: Hashable, Sendable {
    public static let allowedFailures = 5
    public static let lockSeconds: TimeInterval = 60

    public private(set) var failures = 0
    public private(set) var lockedUntil: Date?

    public init() {}

    /// Seconds left before another try is taken (0 when not locked).
    public func secondsLocked(at now: Date) -> Int {
        guard let lockedUntil, now < lockedUntil else { return 0 }
        return Int(lockedUntil.timeIntervalSince(now).rounded(.up))
    }

    /// Tries left before the lock.
    public var triesLeft: Int { max(0, Self.allowedFailures - failures) }

    /// A wrong credential; true when this one locks signing in.
    public mutating func failed(at now: Date) -> Bool {
        if let lockedUntil, now >= lockedUntil { self.lockedUntil = nil; failures = 0 }
        failures += 1
        guard failures >= Self.allowedFailures else { return false }
        lockedUntil = now.addingTimeInterval(Self.lockSeconds)
        failures = 0
        return true
    }

    /// A right credential clears the count.
    public mutating func succeeded() {
        failures = 0
        lockedUntil = nil
    }
}
