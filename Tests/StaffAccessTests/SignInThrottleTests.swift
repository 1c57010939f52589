import Foundation
import StaffAccess
import Testing

@Suite("Signing in: five wrong tries lock for a minute")
struct SignInThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("four wrong tries leave one; the fifth locks for 60 seconds")
    func fifthLocks() {
        var throttle = SignInThrottle()
        for try_ in 1...4 {
            let locked = throttle.failed(at: start.addingTimeInterval(Double(try_)))
            #expect(!locked)
        }
        #expect(throttle.triesLeft == 1)
        let locked = throttle.failed(at: start.addingTimeInterval(5))
        #expect(locked)
        #expect(throttle.secondsLocked(at: start.addingTimeInterval(5)) == 60)
        #expect(throttle.secondsLocked(at: start.addingTimeInterval(64)) == 1)
        #expect(throttle.secondsLocked(at: start.addingTimeInterval(65)) == 0)
    }

    @Test("a right credential clears the count")
    func successClears() {
        var throttle = SignInThrottle()
        _ = throttle.failed(at: start)
        _ = throttle.failed(at: start)
        throttle.succeeded()
        #expect(throttle.triesLeft == 5)
    }

    @Test("the tries after a lock has run out start again from five")
    func afterTheLock() {
        var throttle = SignInThrottle()
        for _ in 1...5 { _ = throttle.failed(at: start) }
        let locked = throttle.failed(at: start.addingTimeInterval(61))
        #expect(!locked)
        #expect(throttle.triesLeft == 4)
    }
}
