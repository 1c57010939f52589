import Foundation
import IntakeModel
import Testing
@testable import IntakeSheet

@Suite("The clinic's date order (date_order in clinic.toml)")
struct ClinicDateOrderTests {
    /// A temporary XDG_CONFIG_HOME holding osteo-intake/clinic.toml with `text` (no file when nil).
    func load(_ text: String?) throws -> ClinicConfiguration {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("clinic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: config.appendingPathComponent("osteo-intake"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        if let text {
            try text.write(to: config.appendingPathComponent("osteo-intake/clinic.toml"), atomically: true, encoding: .utf8)
        }
        return try ClinicConfiguration.load(environment: ["XDG_CONFIG_HOME": config.path, "HOME": "/nonexistent"])
    }

    @Test("MDY, DMY and YMD are read, in any case, beside the clinic name")
    func settings() throws {
        #expect(try load("date_order = \"MDY\"\n").dateConvention == .monthDayYear)
        #expect(try load("name = \"Riverside\"\ndate_order = \"dmy\"\n") == ClinicConfiguration(name: "Riverside", dateConvention: .dayMonthYear))
        #expect(try load("date_order = \"YMD\"\n").dateConvention == .yearMonthDay)
    }

    @Test("no file, or no date_order, keeps ISO dates only (YMD)")
    func defaultOrder() throws {
        #expect(try load(nil).dateConvention == .yearMonthDay)
        #expect(try load("name = \"Riverside\"\n").dateConvention == .yearMonthDay)
    }

    @Test("a date_order that is not allowed is an error naming the file, the setting and the allowed values",
          arguments: ["date_order = \"US\"\n", "date_order = \"MM/DD/YYYY\"\n", "date_order = 1\n"])
    func badValue(_ text: String) throws {
        do {
            _ = try load(text)
            Issue.record("\(text) must be refused")
        } catch let error as ClinicConfigurationError {
            #expect(error.description.hasPrefix("clinic settings /"))
            #expect(error.description.hasSuffix("osteo-intake/clinic.toml cannot be used: " + error.reason))
            #expect(error.reason.hasPrefix("date_order = "))
            #expect(error.reason.contains("\"MDY\" (month first, 03/14/1958, as in the US)"))
            #expect(error.reason.contains("\"DMY\" (day first, 14/03/1958)"))
            #expect(error.reason.contains("\"YMD\" (the default"))
        }
    }

    @Test("a name that is not text says so")
    func nameNotText() throws {
        do {
            _ = try load("name = 5\n")
            Issue.record("a number as the name must be refused")
        } catch let error as ClinicConfigurationError {
            #expect(error.reason.contains("name must be text"))
        }
    }
}
