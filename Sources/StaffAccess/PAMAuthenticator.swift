import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks the login password of the staff member's own account through PAM, as screen lockers
/// such as vlock do, so the clinic's existing accounts and directory (LDAP, SSSD, Kerberos) work.
///
/// The PAM service is `osteo-intake` unless clinic.toml says otherwise: with no
/// /etc/pam.d/osteo-intake, Linux-PAM uses /etc/pam.d/other, which on Debian and Ubuntu is the
/// system's common-auth and common-account (pam_unix). Where `other` denies everything (Fedora,
/// RHEL), install /etc/pam.d/osteo-intake with the `auth` and `account` lines wanted.
///
/// pam_unix reads /etc/shadow only when the program runs as root or in group `shadow`; otherwise
/// its helper checks nobody's password but the running user's. A check may take seconds: PAM
/// waits after a wrong password (pam_unix about 2 s, pam_faildelay as set), so call it off the
/// drawing loop.
public struct PAMAuthenticator: StaffAuthenticator {
    public static let defaultService = "osteo-intake"

    /// The PAM service (the file name in /etc/pam.d).
    public var service: String
    let library: Result<LibPAM, LibraryUnavailable>

    public init(service: String = PAMAuthenticator.defaultService) {
        self.init(service: service, library: LibPAM.shared)
    }

    init(service: String, library: Result<LibPAM, LibraryUnavailable>) {
        self.service = service
        self.library = library
    }

    /// Why PAM cannot be used on this machine (libpam missing), or nil when it can.
    public var unavailable: LibraryUnavailable? {
        if case .failure(let reason) = library { return reason }
        return nil
    }

    public var isAvailable: Bool { unavailable == nil }

    /// The staff member when PAM accepts `secret` as `login`'s password and the account may be
    /// used (pam_acct_mgmt; a password due to be changed still signs in).
    public func authenticate(login: String, secret: String) -> StaffMember? {
        guard case .accepted = check(login: login, secret: secret) else { return nil }
        return StaffMember(login: login, name: Self.displayName(login: login))
    }

    /// What PAM said about `login` and `secret`.
    public enum Outcome: Hashable, Sendable {
        case accepted
        /// Refused, with why (never the secret).
        case refused(Refusal)
        case unavailable(LibraryUnavailable)
    }

    /// Why PAM refused (kept for tests and diagnosis; a person at the desk is told only that the
    /// sign-in failed).
    public enum Refusal: Hashable, Sendable {
        /// The login or the password was empty: PAM was not asked.
        case noLoginOrPassword
        /// The password held a NUL character, which no C string can carry: PAM was not asked.
        case passwordHoldsNUL
        /// PAM's own words (`pam_strerror`) at the step that failed (`pam_authenticate`, ...).
        case pam(step: String, words: String)
    }

    /// Runs pam_start, pam_authenticate, pam_acct_mgmt and pam_end for `login` with `secret`
    /// as the answer to the password prompt. An empty secret, or a login or secret holding a NUL,
    /// is refused without asking PAM.
    public func check(login: String, secret: String) -> Outcome {
        let pam: LibPAM
        switch library {
        case .success(let loaded): pam = loaded
        case .failure(let reason): return .unavailable(reason)
        }
        guard !secret.isEmpty, !login.isEmpty, !login.utf8.contains(0) else { return .refused(.noLoginOrPassword) }
        return withWipedCString(secret) { secretPointer in
            run(pam, login: login, secret: secretPointer)
        } ?? .refused(.passwordHoldsNUL)
    }

    private func run(_ pam: LibPAM, login: String, secret: UnsafePointer<CChar>) -> Outcome {
        let conversation = UnsafeMutableRawPointer.allocate(byteCount: LibPAM.conversationSize, alignment: 8)
        defer { conversation.deallocate() }
        conversation.storeBytes(of: LibPAM.answerWithSecret, as: LibPAM.Conversation.self)
        conversation.storeBytes(of: UnsafeMutableRawPointer(mutating: secret), toByteOffset: LibPAM.appdataOffset,
                                as: UnsafeMutableRawPointer.self)
        var handle: OpaquePointer?
        let started = pam.start(service, login, conversation, &handle)
        guard started == LibPAM.success, handle != nil else {
            let words = pam.strerror(handle, started).map { String(cString: $0) } ?? "error \(started)"
            if handle != nil { _ = pam.end(handle, started) }
            return .refused(.pam(step: "pam_start", words: words))
        }
        let flags = LibPAM.silent | LibPAM.disallowNullToken
        var status = pam.authenticate(handle, flags)
        var step = "pam_authenticate"
        if status == LibPAM.success {
            status = pam.accountManagement(handle, flags)
            step = "pam_acct_mgmt"
            if status == LibPAM.newTokenRequired { status = LibPAM.success }
        }
        let words = pam.strerror(handle, status).map { String(cString: $0) } ?? "error \(status)"
        _ = pam.end(handle, status)
        return status == LibPAM.success ? .accepted : .refused(.pam(step: step, words: words))
    }

    /// The account's name from the passwd GECOS field (up to the first comma), else the login.
    /// Control characters are dropped, as the name is shown on the terminal.
    static func displayName(login: String) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 16_384)
        let status = getpwnam_r(login, &entry, &buffer, buffer.count, &result)
        guard status == 0, result != nil, let gecos = entry.pw_gecos else { return login }
        let full = String(cString: gecos).split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let shown = String(String.UnicodeScalarView(full.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            .trimmingCharacters(in: .whitespaces)
        return shown.isEmpty ? login : shown
    }
}
