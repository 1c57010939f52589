import Catalog
import IntakeModel
import PlainText

/// A FHIR R4 `MedicationStatement`: one medicine of the intake's list, about the patient, derived
/// from the questionnaire response. The medicine is named by its generic name as RxNorm spells it
/// (``MedicationNames``) and, where one is confirmed, coded with its RxNorm ingredient
/// (``StandardCodes/rxNormIngredient(forSent:)``), with the name as typed in a note where it differs;
/// a name the vocabulary does not know is sent as typed, uncoded. The dose and route the patient
/// gave are the dosage text.
public struct FHIRMedicationStatement: Codable, Sendable {
    public struct Dosage: Codable, Hashable, Sendable { public var text: String }
    public struct Annotation: Codable, Hashable, Sendable { public var text: String }
    /// The medicine: its RxNorm ingredient coding where one is confirmed (nil otherwise, as FHIR
    /// has no empty `coding`) and always the name sent as text.
    public struct MedicationConcept: Codable, Hashable, Sendable {
        public var coding: [FHIRCoding]?
        public var text: String
    }

    public var resourceType = "MedicationStatement"
    /// active (taking it, or not said: the record format reads an omitted status as current),
    /// completed (taken in the past), intended (planned).
    public var status: String
    public var medicationCodeableConcept: MedicationConcept
    public var subject: FHIRReference
    public var derivedFrom: [FHIRReference]?
    public var note: [Annotation]?
    public var dosage: [Dosage]?

    /// FHIR `MedicationStatement.status` for the status the patient gave (none means current).
    public static func status(_ status: MedicationStatus?) -> String {
        switch status ?? .current {
        case .current: return "active"
        case .past: return "completed"
        case .planned: return "intended"
        }
    }

    /// One statement for `medication`, or nil when it has no name (a draft's empty row).
    public init?(_ medication: Medication, subject: FHIRReference, derivedFrom: FHIRReference?,
                 language: Language = .english, definition: QuestionnaireDefinition = .intake) {
        guard let typed = medication.name.map({ Sanitizer.collapsedLine($0) }), !typed.isEmpty else { return nil }
        let generic = MedicationNames.genericName(forTyped: typed)
        status = FHIRMedicationStatement.status(medication.status)
        medicationCodeableConcept = MedicationConcept(
            coding: generic.flatMap(StandardCodes.rxNormIngredient(forSent:)).map { [$0] }, text: generic ?? typed)
        self.subject = subject
        self.derivedFrom = derivedFrom.map { [$0] }
        if let generic, generic != typed { note = [Annotation(text: "Name as entered: " + typed)] }
        let routeLabel = medication.route.flatMap { route in
            definition.item(linkId: "medications.route").map { $0.optionLabel(route.rawValue, language).lowercased() }
        }
        let parts = [medication.doseMgPerDay.map { IntakeText.number($0) + " mg per day" }, routeLabel].compactMap { $0 }
        if !parts.isEmpty { dosage = [Dosage(text: parts.joined(separator: ", "))] }
    }

    /// A statement for every named medicine of `record`, in list order.
    public static func statements(_ record: IntakeRecord, subject: FHIRReference, derivedFrom: FHIRReference?,
                                  language: Language = .english) -> [FHIRMedicationStatement] {
        (record.medications ?? []).compactMap { FHIRMedicationStatement($0, subject: subject, derivedFrom: derivedFrom, language: language) }
    }
}
