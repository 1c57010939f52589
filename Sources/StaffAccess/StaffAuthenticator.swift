import Foundation

/// A member of staff, as a credential check names them: the login typed and the name the audit
/// trail and the signed sheet show.
public struct StaffMember: Hashable, Sendable {
    public var login: String
    public var name: String

    public init(login: String, name: String) {
        self.login = login
        self.name = name
    }
}

/// Checks a staff member's own credential: the login password of their account (PAM), or a
/// per-clinic PIN from the clinic file. Unlocking the idle lock, acknowledging an emergency alert,
/// signing and leaving kiosk mode all go through one of these. Implementations never log, print or
/// keep the secret.
public protocol StaffAuthenticator: Sendable {
    /// The staff member when `login` and `secret` are right; nil otherwise.
    func authenticate(login: String, secret: String) -> StaffMember?
}

/// Several ways of signing in, tried in order (for example the clinic's PIN list, then PAM).
public struct StaffAuthenticators: StaffAuthenticator {
    public var checks: [any StaffAuthenticator]

    public init(_ checks: [any StaffAuthenticator]) { self.checks = checks }

    public func authenticate(login: String, secret: String) -> StaffMember? {
        for check in checks {
            if let member = check.authenticate(login: login, secret: secret) { return member }
        }
        return nil
    }
}
