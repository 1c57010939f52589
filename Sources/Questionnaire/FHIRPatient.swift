import IntakeModel
import PlainText

/// `Reference`: a relative or `urn:uuid:` reference, or `#id` for a contained resource.
public struct FHIRReference: Codable, Hashable, Sendable {
    public var reference: String
    public init(_ reference: String) { self.reference = reference }
}

/// `Identifier` with its system (the clinic's record numbers, the intake IDs).
public struct FHIRIdentifier: Codable, Hashable, Sendable {
    public var system: String?
    public var value: String
    public init(system: String?, value: String) { self.system = system; self.value = value }
}

/// A FHIR R4 `Patient` made from the record's patient section: the name as written, birth date,
/// administrative gender, the clinic's identifier (with the clinic's system), phone and language.
public struct FHIRPatient: Codable, Sendable {
    public struct HumanName: Codable, Sendable { public var text: String }
    public struct ContactPoint: Codable, Sendable {
        public var system = "phone"
        public var value: String
    }
    public struct Communication: Codable, Sendable { public var language: FHIRCodeableConcept }

    public var resourceType = "Patient"
    public var id: String?
    public var identifier: [FHIRIdentifier]?
    public var name: [HumanName]?
    public var telecom: [ContactPoint]?
    public var gender: String?
    public var birthDate: String?
    public var communication: [Communication]?

    public init(record: IntakeRecord, id: String? = nil, settings: FHIRSettings = .default) {
        let patient = record.patient ?? Patient()
        self.id = id
        // patient data is written as one safe line of text (no control or bidi characters)
        identifier = patient.identifier.map { [FHIRIdentifier(system: settings.patientIdentifierSystem,
                                                               value: Sanitizer.collapsedLine($0))] }
        name = patient.name.map { [HumanName(text: Sanitizer.collapsedLine($0))] }
        telecom = patient.phone.flatMap { $0.isEmpty ? nil : [ContactPoint(value: Sanitizer.collapsedLine($0))] }
        gender = patient.sex.map { StandardCodes.option($0.rawValue, of: "patient.sex")?.code ?? $0.rawValue }
        birthDate = patient.birthDate?.description
        communication = patient.language.map {
            [Communication(language: FHIRCodeableConcept(coding: [FHIRCoding(system: StandardCodes.bcp47,
                                                                               code: Sanitizer.collapsedLine($0), display: nil)]))]
        }
    }
}
