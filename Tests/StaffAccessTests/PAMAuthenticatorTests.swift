import Foundation
import StaffAccess
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Staff account passwords through PAM (libpam by dlopen)", .serialized)
struct PAMAuthenticatorTests {
    /// `check` on another thread, given `seconds` to answer (nil when it did not: a hang).
    static func checkWithin(_ seconds: Double, _ pam: PAMAuthenticator, login: String, secret: String) -> PAMAuthenticator.Outcome? {
        final class Box: @unchecked Sendable { var outcome: PAMAuthenticator.Outcome? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.outcome = pam.check(login: login, secret: secret)
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success ? box.outcome : nil
    }

    @Test("libpam is loaded on this machine")
    func available() {
        let pam = PAMAuthenticator()
        #expect(pam.isAvailable, "libpam.so.0 must load with dlopen: \(String(describing: pam.unavailable))")
        #expect(pam.service == "osteo-intake")
    }

    @Test("an unknown login is refused, without a crash or a hang")
    func unknownLogin() throws {
        let pam = PAMAuthenticator()
        let outcome = try #require(Self.checkWithin(30, pam, login: "no-such-staff-\(getpid())", secret: "2468"),
                                   "PAM did not answer within 30 seconds")
        guard case .refused(let why) = outcome else { Issue.record("expected a refusal, got \(outcome)"); return }
        guard case .pam(let step, let words) = why else { Issue.record("PAM was not asked: \(why)"); return }
        #expect(step == "pam_authenticate")
        #expect(!words.contains("2468"))
        #expect(pam.authenticate(login: "no-such-staff-\(getpid())", secret: "2468") == nil)
    }

    @Test("an empty password, or a NUL in one, is refused without asking PAM")
    func emptySecret() {
        let pam = PAMAuthenticator()
        #expect(pam.check(login: "root", secret: "") == .refused(.noLoginOrPassword))
        #expect(pam.check(login: "root", secret: "ab\u{0}cd") == .refused(.passwordHoldsNUL))
    }

    @Test("a throwaway account signs in with its password and not with another (needs root)")
    func throwawayAccount() throws {
        try #require(getuid() == 0, "this test creates a throwaway account with useradd and chpasswd, so it must run as root (CI does); it is not skipped")
        let login = "oi-pam-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
        let password = "Pw-\(UUID().uuidString.prefix(12))"
        let add = try CommandRunner.run("/usr/sbin/useradd", ["-m", "-c", "Pat Tester,Room 3,,", "-s", "/usr/sbin/nologin", login])
        try #require(add.status == 0, "useradd failed: \(add.stderr)")
        defer {
            let removed = try? CommandRunner.run("/usr/sbin/userdel", ["-r", login])
            #expect(removed?.status == 0, "userdel -r \(login) failed: \(removed?.stderr ?? "")")
        }
        let set = try CommandRunner.run("/usr/sbin/chpasswd", [], input: "\(login):\(password)\n")
        try #require(set.status == 0, "chpasswd failed: \(set.stderr)")

        let pam = PAMAuthenticator()
        let right = try #require(Self.checkWithin(30, pam, login: login, secret: password), "PAM did not answer within 30 seconds")
        #expect(right == .accepted)
        #expect(pam.authenticate(login: login, secret: password) == StaffMember(login: login, name: "Pat Tester"))
        let wrong = try #require(Self.checkWithin(30, pam, login: login, secret: password + "x"), "PAM did not answer within 30 seconds")
        guard case .refused(let why) = wrong else { Issue.record("a wrong password was taken: \(wrong)"); return }
        #expect(why == .pam(step: "pam_authenticate", words: "Authentication failure"))
        #expect(pam.authenticate(login: login, secret: "") == nil)

        let login2 = PAMAuthenticator(service: "login")
        #expect(login2.authenticate(login: login, secret: password)?.login == login)
    }
}
