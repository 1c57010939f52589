import Catalog
import Foundation
import StaffAccess
import Testing

@Suite("How staff sign in, from the [staff] table of clinic.toml")
struct StaffSettingsTests {
    /// A fresh XDG_CONFIG_HOME holding osteo-intake/clinic.toml with `text`; removed by `done`.
    struct ConfigFolder {
        let root: URL
        init(_ text: String?) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("staff-settings-\(UUID().uuidString)")
            let folder = root.appendingPathComponent("osteo-intake")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let text { try text.write(to: folder.appendingPathComponent("clinic.toml"), atomically: true, encoding: .utf8) }
        }
        var environment: [String: String] { ["XDG_CONFIG_HOME": root.path, "HOME": "/nonexistent"] }
        var file: String { root.appendingPathComponent("osteo-intake/clinic.toml").path }
        func done() { try? FileManager.default.removeItem(at: root) }
    }

    @Test("a clinic.toml with two staff loads, and each signs in with their own PIN")
    func twoStaff() throws {
        let jm = try PINHash.make(pin: "2468").get()
        let folder = try ConfigFolder("""
            name = "Riverside Spine Clinic"
            [staff]
            pam = false
            [[staff.pins]]
            login = "jm"
            name = "J. Martin"
            hash = "\(jm)"
            [[staff.pins]]
            login = "ak"
            name = "A. Kaur"
            hash = "\(PINHashTests.sha512Of2468)"
            """)
        defer { folder.done() }
        let read = StaffAccessConfiguration.read(from: StaffAccessConfiguration.fileURL(environment: folder.environment), language: .english)
        #expect(read.problems == [])
        #expect(read.configuration.pam == false)
        #expect(read.configuration.pins.map(\.login) == ["jm", "ak"])

        let (authenticator, problems) = StaffAccessConfiguration.load(environment: folder.environment, language: .english)
        #expect(problems == [])
        #expect(authenticator.authenticate(login: "jm", secret: "2468") == StaffMember(login: "jm", name: "J. Martin"))
        #expect(authenticator.authenticate(login: "ak", secret: "2468") == StaffMember(login: "ak", name: "A. Kaur"))
        #expect(authenticator.authenticate(login: "jm", secret: "8642") == nil)
        #expect(authenticator.authenticate(login: "ak", secret: "") == nil)
    }

    @Test("no clinic.toml, or no [staff] table: PAM with the osteo-intake service, no problems")
    func defaults() throws {
        for text in [nil, "name = \"Riverside\"\n"] {
            let folder = try ConfigFolder(text)
            defer { folder.done() }
            let read = StaffAccessConfiguration.read(from: StaffAccessConfiguration.fileURL(environment: folder.environment), language: .english)
            #expect(read.configuration == StaffAccessConfiguration(pam: true, pamService: "osteo-intake", pins: []))
            #expect(read.problems == [])
            let (authenticator, problems) = StaffAccessConfiguration.load(environment: folder.environment, language: .english)
            #expect(problems == [])
            let checks = try #require(authenticator as? StaffAuthenticators).checks
            #expect(checks.count == 1)
            #expect((checks.first as? PAMAuthenticator)?.service == "osteo-intake")
        }
    }

    @Test("the PIN list is tried before PAM, with the service clinic.toml names")
    func order() throws {
        let text = """
            [staff]
            pam_service = "login"
            [[staff.pins]]
            login = "jm"
            hash = "\(PINHashTests.sha512Of2468)"
            """
        let (configuration, problems) = StaffAccessConfiguration.parse(text, file: "clinic.toml", language: .english)
        #expect(problems == [])
        #expect(configuration.pins == [PINList.Entry(login: "jm", name: "jm", hash: PINHashTests.sha512Of2468)])
        let checks = try #require(configuration.authenticator(language: .english).authenticator as? StaffAuthenticators).checks
        #expect(checks.count == 2)
        #expect(checks.first is PINList)
        #expect((checks.last as? PAMAuthenticator)?.service == "login")
    }

    @Test("malformed settings and entries are named, with what is allowed; good entries still load")
    func malformed() {
        let text = """
            [staff]
            pam = "yes"
            pam_service = "../etc/passwd"
            pam_timeout = 3
            [[staff.pins]]
            login = "ok"
            hash = "\(PINHashTests.sha512Of2468)"
            [[staff.pins]]
            name = "No Login"
            hash = "\(PINHashTests.sha512Of2468)"
            [[staff.pins]]
            login = "two words"
            hash = "\(PINHashTests.sha512Of2468)"
            [[staff.pins]]
            login = "nohash"
            [[staff.pins]]
            login = "badhash"
            hash = "2468"
            [[staff.pins]]
            login = "plain"
            pin = "2468"
            [[staff.pins]]
            login = "weak"
            hash = "\(PINHashTests.md5Of2468)"
            [[staff.pins]]
            login = "ok"
            hash = "\(PINHashTests.sha512Of2468)"
            [[staff.pins]]
            login = "extra"
            hash = "\(PINHashTests.sha512Of2468)"
            role = "admin"
            """
        let (configuration, problems) = StaffAccessConfiguration.parse(text, file: "/clinic.toml", language: .english)
        #expect(configuration.pins.map(\.login) == ["ok"])
        #expect(configuration.pam == true)
        #expect(configuration.pamService == "osteo-intake")
        let expected = [
            "[staff] has no setting 'pam_timeout'; its settings are pam, pam_service and [[staff.pins]]",
            "[staff] pam must be true or false, not a string; PAM stays on",
            "[staff] pam_service must be a file name in /etc/pam.d (letters, digits, '.', '_', '-'), for example 'login'; 'osteo-intake' is used",
            "[[staff.pins]] entry 2 needs login = \"…\", the login typed to sign in; the entry is left out",
            "[[staff.pins]] entry 3 login must be one word with no spaces or control characters, as the login is typed; the entry is left out",
            "[[staff.pins]] entry 4 (login 'nohash') needs hash = \"$y$…\", the PIN hash 'intake staff-pin' makes; the entry is left out",
            "[[staff.pins]] entry 5 (login 'badhash'): hash is not a crypt(5) password hash made by 'intake staff-pin' (yescrypt, $y$…; $gy$, $7$, $2b$ and $6$ are also taken); the entry is left out",
            "[[staff.pins]] entry 6 holds a plain PIN, which is never stored: remove it and put the hash 'intake staff-pin' makes in hash; the entry is left out",
            "[[staff.pins]] entry 7 (login 'weak'): hash uses a weak legacy method (DES, MD5 or similar); make a new one with 'intake staff-pin'; the entry is left out",
            "[[staff.pins]] entry 8: login 'ok' is listed twice; the first entry is used",
            "[[staff.pins]] entry 9 has no setting 'role'; an entry has login, name and hash; the entry is left out",
        ].map { "clinic settings /clinic.toml: " + $0 }
        #expect(problems == expected)
    }

    @Test("a file that is not TOML, or a [staff] that is not a table, leaves PAM on and says so")
    func unreadable() {
        let broken = StaffAccessConfiguration.parse("[staff\npam = false\n", file: "/c.toml", language: .english)
        #expect(broken.configuration == StaffAccessConfiguration())
        #expect(broken.problems.count == 1)
        #expect(broken.problems.first?.hasPrefix("clinic settings /c.toml is not valid TOML (line 1") == true)
        #expect(broken.problems.first?.hasSuffix("staff sign in with their account password (PAM) until it is fixed") == true)

        let notTable = StaffAccessConfiguration.parse("staff = 3\n", file: "/c.toml", language: .english)
        #expect(notTable.problems == ["clinic settings /c.toml: staff must be a table ([staff]), not a integer; "
            + "staff sign in with their account password (PAM) until it is fixed"])

        let notList = StaffAccessConfiguration.parse("[staff]\npins = \"jm\"\n", file: "/c.toml", language: .english)
        #expect(notList.problems == ["clinic settings /c.toml: staff.pins must be a list of [[staff.pins]] tables, not a string"])
    }

    @Test("with a Spanish clinic the [staff] problems are said in Spanish, setting names as written")
    func spanishProblems() {
        let text = """
            [staff]
            pam = "yes"
            [[staff.pins]]
            name = "J. Martin"
            [[staff.pins]]
            login = "nohash"
            """
        let problems = StaffAccessConfiguration.parse(text, file: "/c.toml", language: .spanish).problems
        #expect(problems == [
            "ajustes de la consulta /c.toml: [staff] pam debe ser true o false, no un valor string; PAM sigue activo",
            "ajustes de la consulta /c.toml: la entrada 1 de [[staff.pins]] necesita login = \"…\", el login que se escribe "
                + "para iniciar sesión; la entrada no se usa",
            "ajustes de la consulta /c.toml: la entrada 2 de [[staff.pins]] (login 'nohash') necesita hash = \"$y$…\", "
                + "el hash del PIN que crea 'intake staff-pin'; la entrada no se usa",
        ])
        #expect(StaffAccessConfiguration(pam: false).authenticator(language: .spanish).problems
            == ["ningún miembro del personal puede iniciar sesión: ponga [staff] pam = true en clinic.toml, "
                + "o añada entradas [[staff.pins]] creadas por 'intake staff-pin'"])
        #expect(PINHash.problem(withPIN: "246")?.message(in: .spanish) == "un PIN debe tener al menos 4 caracteres")
        #expect(PINList.Entry.problem(withLogin: "j m", language: .spanish)?.hasPrefix("debe ser una sola palabra") == true)
    }

    @Test("PAM off and no PINs: nobody could sign in, and the problem says how to fix it")
    func nobody() {
        let (authenticator, problems) = StaffAccessConfiguration(pam: false).authenticator(language: .english)
        #expect(problems == ["no member of staff can sign in: set [staff] pam = true in clinic.toml, "
            + "or add [[staff.pins]] entries made by 'intake staff-pin'"])
        #expect(authenticator.authenticate(login: "root", secret: "anything") == nil)
    }

    @Test("a [[staff.pins]] block as intake staff-pin prints it reads back, quotes and all")
    func blockRoundTrip() throws {
        let entry = PINList.Entry(login: "jm", name: "J. \"Jo\" Martin \\ Ortho", hash: PINHashTests.sha512Of2468)
        let (configuration, problems) = StaffAccessConfiguration.parse("[staff]\n" + entry.clinicFileBlock, file: "c", language: .english)
        #expect(problems == [])
        #expect(configuration.pins == [entry])
    }
}
