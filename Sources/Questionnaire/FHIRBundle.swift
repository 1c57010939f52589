import Foundation

/// A FHIR R4 `Observation`: one finding of the assessment, about the patient, derived from the
/// questionnaire response.
public struct FHIRObservation: Encodable, Sendable {
    public var resourceType = "Observation"
    /// `final` for a finished intake, `preliminary` for a draft.
    public var status: String
    public var category: [FHIRCodeableConcept]?
    public var code: FHIRCodeableConcept
    public var subject: FHIRReference
    public var effectiveDateTime: String?
    public var value: FHIRValue?
    public var interpretation: [FHIRCodeableConcept]?
    public var derivedFrom: [FHIRReference]?

    public init(status: String, category: FHIRCodeableConcept?, code: FHIRCodeableConcept, subject: FHIRReference,
                effective: String?, value: FHIRValue?, interpretation: FHIRCodeableConcept? = nil,
                derivedFrom: FHIRReference?) {
        self.status = status; self.category = category.map { [$0] }; self.code = code; self.subject = subject
        self.effectiveDateTime = effective; self.value = value; self.interpretation = interpretation.map { [$0] }
        self.derivedFrom = derivedFrom.map { [$0] }
    }

    enum Keys: String, CodingKey { case resourceType, status, category, code, subject, effectiveDateTime, interpretation, derivedFrom }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(resourceType, forKey: .resourceType)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(category, forKey: .category)
        try container.encode(code, forKey: .code)
        try container.encode(subject, forKey: .subject)
        try container.encodeIfPresent(effectiveDateTime, forKey: .effectiveDateTime)
        try container.encodeIfPresent(interpretation, forKey: .interpretation)
        try container.encodeIfPresent(derivedFrom, forKey: .derivedFrom)
        try value?.encode(to: encoder, prefix: "value")
    }
}

/// A FHIR R4 `RiskAssessment`: the urgency of the review the intake asks for.
public struct FHIRRiskAssessment: Encodable, Sendable {
    public struct Prediction: Encodable, Sendable {
        public var outcome: FHIRCodeableConcept
        public var qualitativeRisk: FHIRCodeableConcept
    }

    public var resourceType = "RiskAssessment"
    public var status: String
    public var code: FHIRCodeableConcept
    public var subject: FHIRReference
    public var occurrenceDateTime: String?
    public var basis: [FHIRReference]
    public var prediction: [Prediction]

    public init(status: String, code: FHIRCodeableConcept, subject: FHIRReference, occurrence: String?,
                basis: FHIRReference, outcome: FHIRCodeableConcept, risk: FHIRCodeableConcept) {
        self.status = status; self.code = code; self.subject = subject; self.occurrenceDateTime = occurrence
        self.basis = [basis]; self.prediction = [Prediction(outcome: outcome, qualitativeRisk: risk)]
    }
}

/// A FHIR R4 `Bundle` a clinic can post as one file: a `collection`, or a `transaction` whose
/// entries say how the server stores them (the Patient only when no patient has its identifier).
/// Entries have `urn:uuid:` full URLs and refer to each other by them.
public struct FHIRBundle: Encodable, Sendable {
    public enum Kind: String, Sendable, CaseIterable { case collection, transaction }

    /// One resource of the bundle.
    public enum Resource: Sendable {
        case patient(FHIRPatient)
        case response(FHIRQuestionnaireResponse)
        case observation(FHIRObservation)
        case riskAssessment(FHIRRiskAssessment)
        case medicationStatement(FHIRMedicationStatement)

        var typeName: String {
            switch self {
            case .patient: return "Patient"
            case .response: return "QuestionnaireResponse"
            case .observation: return "Observation"
            case .riskAssessment: return "RiskAssessment"
            case .medicationStatement: return "MedicationStatement"
            }
        }
    }

    public struct Entry: Encodable, Sendable {
        public struct Request: Encodable, Sendable {
            public var method: String
            public var url: String
            public var ifNoneExist: String?
        }
        public var fullUrl: String
        public var resource: Resource
        public var request: Request?

        enum Keys: String, CodingKey { case fullUrl, resource, request }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(fullUrl, forKey: .fullUrl)
            switch resource {
            case .patient(let value): try container.encode(value, forKey: .resource)
            case .response(let value): try container.encode(value, forKey: .resource)
            case .observation(let value): try container.encode(value, forKey: .resource)
            case .riskAssessment(let value): try container.encode(value, forKey: .resource)
            case .medicationStatement(let value): try container.encode(value, forKey: .resource)
            }
            try container.encodeIfPresent(request, forKey: .request)
        }
    }

    public var resourceType = "Bundle"
    public var type: String
    public var timestamp: String?
    public var entry: [Entry]

    /// A bundle of `resources`, each at its `urn:uuid:` full URL. In a transaction the patient is
    /// created only if none has `patientIdentifier` (`system|value`), everything else is created.
    public init(kind: Kind, timestamp: String?, resources: [(fullUrl: String, resource: Resource)],
                patientIdentifier: String? = nil) {
        type = kind.rawValue
        self.timestamp = timestamp
        entry = resources.map { item in
            var request: Entry.Request?
            if kind == .transaction {
                request = Entry.Request(method: "POST", url: item.resource.typeName, ifNoneExist: nil)
                if case .patient = item.resource, let patientIdentifier {
                    request?.ifNoneExist = "identifier=" + patientIdentifier
                }
            }
            return Entry(fullUrl: item.fullUrl, resource: item.resource, request: request)
        }
    }

    public func jsonData() throws -> Data { try FHIRJSON.encoder.encode(self) }

    /// A new `urn:uuid:` full URL.
    public static func newFullURL() -> String { "urn:uuid:" + UUID().uuidString.lowercased() }
}
