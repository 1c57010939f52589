import Catalog
import Foundation
import IntakeModel
import Questionnaire
import TOMLKit
import PlainText

/// The clinic's settings, read from `clinic.toml`:
/// `$XDG_CONFIG_HOME/osteo-intake/clinic.toml`, else `~/.config/osteo-intake/clinic.toml`.
///
/// ```toml
/// name = "Riverside Spine Clinic"   # on the sheet
/// date_order = "MDY"                # how typed dates are read: MDY, DMY or YMD (the default)
/// language = "es"                   # staff-facing text: home, summary, sheet, CLI (en or es)
///
/// [fhir]                            # what FHIR exports say (FHIRSettings)
/// base_url = "https://fhir.riverside.example/r4"
/// questionnaire_version = "2026-12"
/// patient_identifier_system = "https://riverside.example/mrn"
/// ```
public struct ClinicConfiguration: Hashable, Sendable, Decodable {
    public static let defaultName = "OsteoIntake clinic"

    public var name: String
    /// How the desk types dates (`date_order`): `04/05/1956` is 5 April with `"MDY"`, 4 May with
    /// `"DMY"`, and refused with `"YMD"` (the default: ISO `1956-04-05` only, the order is never
    /// guessed). ISO dates are read with every setting.
    public var dateConvention: DateConvention
    /// The `[fhir]` table: base URL, questionnaire version, patient identifier system.
    public var fhir: FHIRSettings
    /// `language`: the language of what staff read (home screen, summary, sheet, CLI); nil when
    /// the file names none, and `staffLanguage(environment:)` then asks the locale.
    public var language: Language?

    public init(name: String = ClinicConfiguration.defaultName, dateConvention: DateConvention = .yearMonthDay,
                fhir: FHIRSettings = .default) {
        self.name = name
        self.dateConvention = dateConvention
        self.fhir = fhir
    }

    private enum CodingKeys: String, CodingKey {
        case name
        case dateOrder = "date_order"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .name).map(Sanitizer.collapsedLine) ?? ""
        self.name = name.isEmpty ? ClinicConfiguration.defaultName : name
        let order = try container.decodeIfPresent(String.self, forKey: .dateOrder)
        guard let convention = order.map(DateConvention.init(setting:)) ?? .yearMonthDay else {
            throw DecodingError.dataCorruptedError(forKey: .dateOrder, in: container,
                                                   debugDescription: Self.dateOrderProblem(order ?? ""))
        }
        self.dateConvention = convention
        self.fhir = .default
    }

    /// The language of staff-facing text: clinic.toml's `language`, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A patient's answers can be in another.
    public func staffLanguage(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        language ?? Language.ofLocale(environment: environment) ?? .english
    }

    /// The language of what staff read, for this environment, in one place: clinic.toml's
    /// `language`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A clinic.toml
    /// that cannot be used names no language: the locale decides, so its own error is worded in it.
    public static func staffLanguage(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        ((try? load(environment: environment)) ?? ClinicConfiguration()).staffLanguage(environment: environment)
    }

    /// Where clinic.toml is looked for, given the environment.
    public static func fileURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("osteo-intake/clinic.toml")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/osteo-intake/clinic.toml")
    }

    /// The configuration from `url`; the default when the file does not exist.
    /// A file that exists but is not valid TOML, or a setting with a value that is not allowed, is
    /// an error naming the file, the setting and what it may be (in `language`).
    public static func load(from url: URL, language: Language = .english) throws -> ClinicConfiguration {
        guard FileManager.default.fileExists(atPath: url.path) else { return ClinicConfiguration() }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ClinicConfigurationError(path: url.path, problem: ClinicSettingProblem(.clinicSettingNotUTF8), language: language)
        }
        do { return try parse(text) } catch let problem as ClinicSettingProblem {
            throw ClinicConfigurationError(path: url.path, problem: problem, language: language)
        }
    }

    /// The settings of clinic.toml text; unknown keys are left for later versions.
    static func parse(_ text: String) throws -> ClinicConfiguration {
        typealias Problem = ClinicSettingProblem
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch {
            guard let line = (error as? TOMLParseError)?.source.begin.line else { throw Problem(.clinicSettingNotTOML) }
            throw Problem(.clinicSettingNotTOMLAtLine, ["line": String(line)])
        }
        var configuration = ClinicConfiguration()
        if let value = table["name"] {
            guard let name = value.string else { throw Problem(.clinicSettingNameNotText) }
            let clean = Sanitizer.collapsedLine(name)
            if !clean.isEmpty { configuration.name = clean }
        }
        if let value = table["date_order"] {
            guard let order = value.string, let convention = DateConvention(setting: order) else {
                throw Problem(.clinicSettingDateOrder, ["given": value.string ?? String(describing: value)])
            }
            configuration.dateConvention = convention
        }
        if let value = table["language"] {
            guard let tag = value.string, let language = try? Language(tag: tag) else {
                throw Problem(.clinicSettingLanguage, ["given": value.string ?? String(describing: value), "supported": Language.supportedList])
            }
            configuration.language = language
        }
        if let value = table["fhir"] {
            guard let fhir = value.table else { throw Problem(.clinicSettingFhirNotTable) }
            configuration.fhir = try fhirSettings(fhir)
        }
        return configuration
    }

    /// The `[fhir]` table: every URL must be absolute, the base an http(s) URL.
    static func fhirSettings(_ table: TOMLTable) throws -> FHIRSettings {
        typealias Problem = ClinicSettingProblem
        func text(_ key: String, example: String) throws -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Problem(.clinicSettingFhirNotText, ["key": key, "example": example])
            }
            return text
        }
        let base = try text("base_url", example: "https://fhir.riverside.example/r4") ?? FHIRSettings.defaultBaseURL
        guard FHIRSettings.isWebURL(base) else { throw Problem(.clinicSettingBaseURL, ["given": base]) }
        let version = try text("questionnaire_version", example: "2026-12") ?? "1"
        let system = try text("patient_identifier_system", example: "https://riverside.example/mrn")
        if let system, !FHIRSettings.isAbsoluteURI(system) { throw Problem(.clinicSettingIdentifierSystem, ["given": system]) }
        return FHIRSettings(baseURL: base, questionnaireVersion: version, patientIdentifierSystem: system)
    }

    /// "date_order = "US" is not allowed: use "MDY" ..., "DMY" ... or "YMD" ...".
    static func dateOrderProblem(_ given: String, language: Language = .english) -> String {
        ClinicSettingProblem(.clinicSettingDateOrder, ["given": given]).text(in: language)
    }

    /// The configuration for this user's environment; an error is worded in the locale's language
    /// (the file's own `language` cannot be trusted when the file cannot be used).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ClinicConfiguration {
        try load(from: fileURL(environment: environment), language: Language.ofLocale(environment: environment) ?? .english)
    }
}

/// A clinic.toml setting that cannot be used: a text of the catalog (`clinic.setting.*`) and its
/// values, worded when shown. Values from the file are shown on one line without controls.
struct ClinicSettingProblem: Error {
    var key: TextKey
    var values: [String: String]

    init(_ key: TextKey, _ values: [String: String] = [:]) {
        self.key = key
        self.values = values.mapValues(Sanitizer.collapsedLine)
    }

    func text(in language: Language) -> String { Catalog(language)(key, values) }
}

/// clinic.toml exists but cannot be used: the file and what is wrong, in the staff's language.
public struct ClinicConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    /// What is wrong, in `language`: the setting and what it may be.
    public var reason: String
    public var language: Language

    init(path: String, problem: ClinicSettingProblem, language: Language) {
        self.path = path
        self.reason = problem.text(in: language)
        self.language = language
    }

    public var description: String { Catalog(language)(.clinicSettingCannotUse, ["path": path, "reason": reason]) }
}
