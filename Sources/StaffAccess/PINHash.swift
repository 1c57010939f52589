import Catalog
import Foundation

/// Staff PINs as the clinic file keeps them: a slow `crypt(5)` password hash (yescrypt, `$y$…`,
/// made by `intake staff-pin`), never the PIN. Hashing and checking are libxcrypt's (`crypt_rn`,
/// `crypt_gensalt_rn`), loaded at run time; any scheme libxcrypt verifies is accepted (for example
/// SHA-512 crypt, `$6$…`, from `openssl passwd -6`), except the legacy ones it calls weak.
public enum PINHash {
    /// The shortest PIN taken, in characters.
    public static let minimumLength = 4
    /// The longest PIN libxcrypt takes, in UTF-8 bytes (CRYPT_MAX_PASSPHRASE_SIZE less the NUL).
    public static let maximumBytes = 511
    /// The method new hashes use: yescrypt at libxcrypt's default cost.
    public static let method = "$y$"

    /// Whether libxcrypt could be loaded; the reason when not.
    public static var unavailable: LibraryUnavailable? {
        if case .failure(let reason) = LibCrypt.shared { return reason }
        return nil
    }

    /// Why `pin` cannot be a PIN, or nil when it can.
    public static func problem(withPIN pin: String) -> PINProblem? {
        if pin.count < minimumLength { return .tooShort }
        if pin.utf8.count > maximumBytes { return .tooLong }
        if pin.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .controlCharacters }
        return nil
    }

    /// A new yescrypt hash of `pin` with a fresh random salt.
    public static func make(pin: String) -> Result<String, PINHashError> {
        if let problem = problem(withPIN: pin) { return .failure(.unsuitablePIN(problem)) }
        let crypt: LibCrypt
        switch LibCrypt.shared {
        case .success(let loaded): crypt = loaded
        case .failure(let reason): return .failure(.unavailable(reason))
        }
        guard let setting = crypt.gensalt(prefix: method) else { return .failure(.methodUnsupported(method)) }
        guard let hash = withWipedCString(pin, { crypt.crypt($0, setting: setting) }) ?? nil else {
            return .failure(.methodUnsupported(method))
        }
        return .success(hash)
    }

    /// Whether `pin` is the one `hash` was made from. The hashes are compared in constant time;
    /// a hash libxcrypt cannot use, or a PIN too short to be one, is never right.
    public static func verify(pin: String, hash: String) -> Bool {
        guard problem(withPIN: pin) == nil, case .success(let crypt) = LibCrypt.shared,
              let computed = withWipedCString(pin, { crypt.crypt($0, setting: hash) }) ?? nil
        else { return false }
        return constantTimeEqual(Array(computed.utf8), Array(hash.utf8))
    }

    /// Why `hash` cannot be used as a PIN hash, or nil when libxcrypt takes it
    /// (`crypt_checksalt`). Said in `language` as the end of a sentence about the setting.
    public static func problem(withHash hash: String, language: Language) -> String? {
        let catalog = Catalog(language)
        let allowed = ["allowed": catalog(.staffHashAllowed)]
        if hash.isEmpty { return catalog(.staffHashEmpty, allowed) }
        if !hash.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) {
            return catalog(.staffHashSpaces, allowed)
        }
        // Without a leading $ libxcrypt would read the text as an old DES hash; a pasted PIN is more likely.
        guard hash.hasPrefix("$") else { return catalog(.staffHashNotHash, allowed) }
        guard case .success(let crypt) = LibCrypt.shared else { return nil }  // said once, by the loader
        switch crypt.checksalt(hash) {
        case 0: return nil
        case 2: return catalog(.staffHashDisabled)
        case 3: return catalog(.staffHashWeak)
        case 4: return catalog(.staffHashCheap)
        default: return catalog(.staffHashNotHash, allowed)
        }
    }

    /// Equal byte strings, compared without stopping at the first difference.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference: UInt8 = a.count == b.count ? 0 : 1
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}

/// Why a PIN cannot be used.
public enum PINProblem: Hashable, Sendable {
    case tooShort, tooLong, controlCharacters

    /// "a PIN must be at least 4 characters", in `language`.
    public func message(in language: Language) -> String {
        let catalog = Catalog(language)
        switch self {
        case .tooShort: return catalog(.staffPinTooShort, ["minimum": String(PINHash.minimumLength)])
        case .tooLong: return catalog(.staffPinTooLong, ["maximum": String(PINHash.maximumBytes)])
        case .controlCharacters: return catalog(.staffPinControls)
        }
    }
}

/// A PIN hash could not be made.
public enum PINHashError: Error, CustomStringConvertible, Hashable, Sendable {
    case unsuitablePIN(PINProblem)
    case unavailable(LibraryUnavailable)
    case methodUnsupported(String)

    public var description: String { message(in: .english) }

    /// Why no hash was made, in `language` (the staff's).
    public func message(in language: Language) -> String {
        let catalog = Catalog(language)
        switch self {
        case .unsuitablePIN(let problem): return problem.message(in: language)
        case .unavailable(let reason): return catalog(.staffPinCannotMake, ["reason": reason.message(in: language)])
        case .methodUnsupported(let method): return catalog(.staffPinMethodUnsupported, ["method": method])
        }
    }
}
