import Foundation

/// What a clinic sets for its FHIR exports (the `[fhir]` table of clinic.toml): the base URL its
/// questionnaire, extensions and own code systems live under, the questionnaire's version, and the
/// system URI of its patient identifiers (the medical record number).
///
/// Every URL the export writes is an `http(s)` URL under `baseURL`: the canonical
/// `BASE/Questionnaire/intake`, extensions `BASE/StructureDefinition/NAME`, our own codes
/// `BASE/CodeSystem/NAME`.
public struct FHIRSettings: Hashable, Sendable {
    /// Used when clinic.toml has no `[fhir]` table; a clinic that sends to an EHR sets its own.
    public static let defaultBaseURL = "https://osteo-intake.example.org/fhir"
    public static let `default` = FHIRSettings()

    /// `base_url`: http(s), no trailing slash.
    public var baseURL: String
    /// `questionnaire_version`: the Questionnaire's `version`, and after `|` in a response's canonical.
    public var questionnaireVersion: String
    /// `patient_identifier_system`: the system of `Patient.identifier` (the clinic's record numbers).
    public var patientIdentifierSystem: String

    public init(baseURL: String = FHIRSettings.defaultBaseURL, questionnaireVersion: String = "1",
                patientIdentifierSystem: String? = nil) {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.baseURL = base
        self.questionnaireVersion = questionnaireVersion
        self.patientIdentifierSystem = patientIdentifierSystem ?? base + "/NamingSystem/patient-identifier"
    }

    /// The Questionnaire's canonical `url`.
    public var questionnaireURL: String { baseURL + "/Questionnaire/intake" }
    /// `url|version`, as `QuestionnaireResponse.questionnaire` names it.
    public var questionnaireCanonical: String { questionnaireURL + "|" + questionnaireVersion }
    /// The URL of one of our extensions (`audience`, `record-pointer`).
    public func extensionURL(_ name: String) -> String { baseURL + "/StructureDefinition/" + name }
    /// The system of one of our own code lists (the options of an item, the assessment's codes).
    public func codeSystem(_ name: String) -> String { baseURL + "/CodeSystem/" + name }

    /// True for an absolute `http` or `https` URL with a host (what `base_url` must be).
    public static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return !text.contains(where: { $0.isWhitespace })
    }

    /// True for an absolute URI (`http(s)://...`, `urn:oid:...`): what an identifier system may be.
    public static func isAbsoluteURI(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace }), let url = URL(string: text), let scheme = url.scheme else {
            return false
        }
        return !scheme.isEmpty && text.count > scheme.count + 1
    }
}
