import Foundation
import Testing
@testable import IntakeSheet

@Suite("Clinic name and paper size")
struct SheetSettingsTests {
    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clinic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("osteo-intake"), withIntermediateDirectories: true)
        return directory
    }

    @Test("the clinic name comes from $XDG_CONFIG_HOME/osteo-intake/clinic.toml")
    func clinicNameFromXDG() throws {
        let config = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        try "name = \"Riverside Spine Clinic\"\n".write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        let clinic = try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"])
        #expect(clinic.name == "Riverside Spine Clinic")
    }

    @Test("without XDG_CONFIG_HOME the file is ~/.config/osteo-intake/clinic.toml")
    func clinicNameFromHome() throws {
        #expect(ClinicConfiguration.fileURL(environment: ["HOME": "/home/desk"]).path == "/home/desk/.config/osteo-intake/clinic.toml")
        #expect(ClinicConfiguration.fileURL(environment: ["HOME": "/home/desk", "XDG_CONFIG_HOME": "relative"]).path
                == "/home/desk/.config/osteo-intake/clinic.toml")
    }

    @Test("no file, or a file without a name, gives the default clinic name")
    func defaultName() throws {
        let config = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        #expect(try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path]).name == "OsteoIntake clinic")
        try "# nothing yet\n".write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        #expect(try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path]).name == "OsteoIntake clinic")
    }

    @Test("a clinic.toml that is not TOML is an error naming the file and the expected key")
    func brokenFile() throws {
        let config = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        let file = config.appendingPathComponent("osteo-intake/clinic.toml")
        try "name = \"unterminated\n".write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path])
            Issue.record("broken TOML must be reported")
        } catch let error as ClinicConfigurationError {
            #expect(error.description.contains(file.path))
            #expect(error.description.contains("name ="))
        }
    }

    @Test("control characters in the clinic name are removed")
    func clinicNameSanitised() throws {
        let config = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: config) }
        try "name = \"Bad\\u001B[2JClinic\"\n".write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        #expect(try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path]).name == "BadClinic")
    }

    @Test("the locale chooses the default paper", arguments: [
        (["LANG": "en_US.UTF-8"], PaperSize.letter), (["LANG": "en_CA.UTF-8"], .letter), (["LANG": "es_MX.UTF-8"], .letter),
        (["LANG": "en_GB.UTF-8"], .a4), (["LANG": "de_DE.UTF-8"], .a4), (["LANG": "C.UTF-8"], .a4), ([:], .a4),
        (["LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"], .a4), (["LC_ALL": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"], .letter),
        (["LANG": "pl_PL.UTF-8", "LC_PAPER": "es_MX"], .letter),
    ] as [([String: String], PaperSize)])
    func paperFromLocale(_ environment: [String: String], _ expected: PaperSize) {
        #expect(PaperSize.fromLocale(environment: environment) == expected)
    }
}
