import Catalog
import Foundation
import StaffAccess
import Testing

@Suite("Staff PIN hashes: yescrypt by libxcrypt, loaded at run time")
struct PINHashTests {
    /// Made on Debian 12 with `openssl passwd -6 -salt abcdefgh 2468` (SHA-512 crypt).
    static let sha512Of2468 = "$6$abcdefgh$hbv42bIkBEd6hkfSEHd//NDjPlPGORlgBkVWtWCIEJAAL6XJXADimRL3Qg5j1es2oklvw/K3Ksreebw8vjj1B."
    /// Made with `openssl passwd -1 -salt abcdefgh 2468` (MD5 crypt, which libxcrypt calls legacy).
    static let md5Of2468 = "$1$abcdefgh$M1db1YTFHLvfwCR2Zg4B30"

    @Test("libxcrypt is loaded on this machine")
    func libraryLoads() {
        #expect(PINHash.unavailable == nil, "libcrypt.so.1 must load with dlopen: \(String(describing: PINHash.unavailable))")
    }

    @Test("a made hash is yescrypt, takes its PIN and refuses others")
    func makeThenVerify() throws {
        let hash = try PINHash.make(pin: "2468").get()
        #expect(hash.hasPrefix("$y$"))
        #expect(PINHash.problem(withHash: hash, language: .english) == nil)
        #expect(PINHash.verify(pin: "2468", hash: hash))
        #expect(!PINHash.verify(pin: "2469", hash: hash))
        #expect(!PINHash.verify(pin: "24680", hash: hash))
        #expect(!PINHash.verify(pin: "", hash: hash))
    }

    @Test("two hashes of one PIN differ (a fresh salt each time)")
    func freshSalt() throws {
        #expect(try PINHash.make(pin: "2468").get() != PINHash.make(pin: "2468").get())
    }

    @Test("a SHA-512 crypt hash ($6$, openssl passwd -6) is taken")
    func otherScheme() {
        #expect(PINHash.problem(withHash: Self.sha512Of2468, language: .english) == nil)
        #expect(PINHash.verify(pin: "2468", hash: Self.sha512Of2468))
        #expect(!PINHash.verify(pin: "8642", hash: Self.sha512Of2468))
    }

    @Test("a legacy MD5 hash, a made-up hash and an empty one are named as unusable")
    func unusableHashes() {
        #expect(PINHash.problem(withHash: Self.md5Of2468, language: .english)?.contains("legacy") == true)
        #expect(PINHash.problem(withHash: "$zz$nothing", language: .english)?.contains("not a crypt(5) password hash") == true)
        #expect(PINHash.problem(withHash: "", language: .english)?.contains("empty") == true)
        #expect(PINHash.problem(withHash: "$y$ j9T", language: .english)?.contains("no spaces") == true)
        #expect(!PINHash.verify(pin: "2468", hash: "$zz$nothing"))
        #expect(!PINHash.verify(pin: "2468", hash: ""))
    }

    @Test("PINs shorter than four characters are not hashed")
    func shortPIN() {
        #expect(throws: PINHashError.self) { try PINHash.make(pin: "246").get() }
        #expect(PINHash.problem(withPIN: "246")?.message(in: .english) == "a PIN must be at least 4 characters")
        #expect(PINHash.problem(withPIN: "24\u{7}8") == .controlCharacters)
        #expect(PINHash.problem(withPIN: "abcd") == nil)
    }

    @Test("the PIN list signs in the entry's staff member with their PIN only")
    func pinList() throws {
        let list = PINList([
            .init(login: "jm", name: "J. Martin", hash: try PINHash.make(pin: "2468").get()),
            .init(login: "ak", name: "A. Kaur", hash: Self.sha512Of2468),
        ])
        #expect(list.authenticate(login: "jm", secret: "2468") == StaffMember(login: "jm", name: "J. Martin"))
        #expect(list.authenticate(login: "ak", secret: "2468") == StaffMember(login: "ak", name: "A. Kaur"))
        #expect(list.authenticate(login: "jm", secret: "1357") == nil)
        #expect(list.authenticate(login: "JM", secret: "2468") == nil)
        #expect(list.authenticate(login: "zz", secret: "2468") == nil)
    }
}
