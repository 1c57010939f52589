/// The standard codes (LOINC, SNOMED CT, FHIR administrative-gender, BCP-47) the FHIR export
/// writes beside our own: as `Questionnaire.item.code` for the concept an item asks, and in place
/// of our own system for an option that has a standard concept. An option or item without one keeps
/// our own code system (`BASE/CodeSystem/LINKID`).
///
/// Only codes checked against published value sets are here; the article "Standard codes" in the
/// module documentation lists every item, with its code and source, or why it has none ("concept
/// exists; code not confirmed here" where SNOMED CT or LOINC has the concept).
/// A wrong code in an EHR is worse than none.
public enum StandardCodes {
    public static let loinc = "http://loinc.org"
    public static let snomed = "http://snomed.info/sct"
    public static let administrativeGender = "http://hl7.org/fhir/administrative-gender"
    public static let bcp47 = "urn:ietf:bcp:47"

    /// The concept an item asks about, by linkId.
    public static let items: [String: FHIRCoding] = [
        "patient.age": FHIRCoding(system: loinc, code: "30525-0", display: "Age"),
        "patient.sex": FHIRCoding(system: loinc, code: "46098-0", display: "Sex"),
        "body.height": FHIRCoding(system: loinc, code: "8302-2", display: "Body height"),
        "body.weight": FHIRCoding(system: loinc, code: "29463-7", display: "Body weight"),
        "history.smoking": FHIRCoding(system: loinc, code: "72166-2", display: "Tobacco smoking status"),
        "symptoms.painScore": FHIRCoding(system: loinc, code: "72514-3",
                                         display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
        "redFlags.temperature": FHIRCoding(system: loinc, code: "8310-5", display: "Body temperature"),
        "redFlags.urinaryIncontinence": FHIRCoding(system: snomed, code: "165232002", display: "Urinary incontinence"),
        "redFlags.unexplainedWeightLoss": FHIRCoding(system: snomed, code: "422868009", display: "Unexplained weight loss"),
        "symptoms.fatigue": FHIRCoding(system: snomed, code: "84229001", display: "Fatigue"),
        "symptoms.breathingDifficulty": FHIRCoding(system: snomed, code: "267036007", display: "Dyspnea"),
    ]

    /// Options with a standard concept: linkId -> our option code -> the standard coding.
    public static let options: [String: [String: FHIRCoding]] = [
        "patient.sex": [
            "female": FHIRCoding(system: administrativeGender, code: "female", display: "Female"),
            "male": FHIRCoding(system: administrativeGender, code: "male", display: "Male"),
        ],
        "history.smoking": [
            "current": FHIRCoding(system: snomed, code: "77176002", display: "Smoker"),
            "former": FHIRCoding(system: snomed, code: "8517006", display: "Ex-smoker"),
            "never": FHIRCoding(system: snomed, code: "266919005", display: "Never smoked tobacco"),
        ],
        "history.conditions": [
            "rheumatoid-arthritis": FHIRCoding(system: snomed, code: "69896004", display: "Rheumatoid arthritis"),
            "inflammatory-bowel-disease": FHIRCoding(system: snomed, code: "24526004", display: "Inflammatory bowel disease"),
            "parkinsons-disease": FHIRCoding(system: snomed, code: "49049000", display: "Parkinson's disease"),
            "ankylosing-spondylitis": FHIRCoding(system: snomed, code: "9631008", display: "Ankylosing spondylitis"),
            "type-1-diabetes": FHIRCoding(system: snomed, code: "46635009", display: "Type 1 diabetes mellitus"),
            "chronic-kidney-disease": FHIRCoding(system: snomed, code: "709044004", display: "Chronic kidney disease"),
            "multiple-myeloma": FHIRCoding(system: snomed, code: "109989006", display: "Multiple myeloma"),
            "copd": FHIRCoding(system: snomed, code: "13645005", display: "Chronic obstructive pulmonary disease"),
            "epilepsy": FHIRCoding(system: snomed, code: "84757009", display: "Epilepsy"),
        ],
        "history.cardiovascularEvents.type": [
            "myocardial-infarction": FHIRCoding(system: snomed, code: "22298006", display: "Myocardial infarction"),
            "stroke": FHIRCoding(system: snomed, code: "230690007", display: "Cerebrovascular accident"),
        ],
    ]

    /// The standard coding of one option, when it has one.
    public static func option(_ code: String, of linkId: String) -> FHIRCoding? { options[linkId]?[code] }

    /// Our option code for a standard coding an answer carries (nil when the item has no such option).
    public static func ourCode(for coding: FHIRCoding, of linkId: String) -> String? {
        options[linkId]?.first { $0.value.system == coding.system && $0.value.code == coding.code }?.key
    }
}
