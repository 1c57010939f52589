/// The standard codes (LOINC, SNOMED CT, RxNorm, FHIR administrative-gender, BCP-47) the FHIR export
/// writes beside our own: as `Questionnaire.item.code` for the concept an item asks, and in place
/// of our own system for an option that has a standard concept. An option or item without one keeps
/// our own code system (`BASE/CodeSystem/LINKID`).
///
/// Only codes checked against published value sets, concept maps or SNOMED International documents
/// are here; the article "Standard codes" in the module documentation lists every item, with its
/// code and source, or why it has none and what was searched. RxNorm ingredient codes for the
/// medicines are in StandardCodes+RxNorm.swift.
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
        "body.kyphosis": FHIRCoding(system: snomed, code: "414564002", display: "Kyphosis deformity of spine"),
        "redFlags.urinaryRetention": FHIRCoding(system: snomed, code: "267064002", display: "Retention of urine"),
        "redFlags.faecalIncontinence": FHIRCoding(system: snomed, code: "72042002", display: "Incontinence of feces"),
        "redFlags.legWeakness": FHIRCoding(system: snomed, code: "1137412000", display: "Weakness of muscle of lower limb"),
        "redFlags.gaitDisturbance": FHIRCoding(system: snomed, code: "22325002", display: "Abnormal gait"),
        "redFlags.immunosuppressed": FHIRCoding(system: snomed, code: "370388006", display: "Patient immunocompromised"),
        "redFlags.pulsatileAbdominalMass": FHIRCoding(system: snomed, code: "2981001", display: "Pulsatile mass of abdomen"),
        "labs.hypocalcaemia": FHIRCoding(system: snomed, code: "5291005", display: "Hypocalcemia"),
        "labs.dialysis": FHIRCoding(system: snomed, code: "105502003", display: "Dependence on renal dialysis"),
        "patient.birthDate": FHIRCoding(system: loinc, code: "21112-8", display: "Birth date"),
        "patient.language": FHIRCoding(system: loinc, code: "54899-0", display: "Preferred language"),
        "body.tallestAdultHeight": FHIRCoding(system: snomed, code: "1230278008", display: "Self reported peak adult body height"),
        "history.menopause.status": FHIRCoding(system: snomed, code: "161712005", display: "Menopause, function"),
        "history.menopause.age": FHIRCoding(system: loinc, code: "42802-9", display: "Age at menopause"),
        // a US-edition concept (namespace 1000124): an EHR outside the US may not know it
        "history.parentalHipFracture": FHIRCoding(system: snomed, code: "445501000124107", display: "Family history of hip fracture in parent"),
        "redFlags.ivDrugUse": FHIRCoding(system: snomed, code: "228388006", display: "Intravenous drug user"),
        "labs.egfr": FHIRCoding(system: loinc, code: "69405-9",
                                display: "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood"),
        "labs.creatinineClearance": FHIRCoding(system: loinc, code: "35591-7",
                                               display: "Creatinine renal clearance predicted by Cockcroft-Gault formula"),
    ]

    /// The UCUM unit (shown, code) of a decimal item sent as an Observation's `valueQuantity`
    /// (an Observation has no `valueDecimal`).
    public static let observationUnits: [String: (unit: String, code: String)] = [
        "labs.egfr": ("mL/min/1.73 m2", "mL/min/{1.73_m2}"),
        "labs.creatinineClearance": ("mL/min", "mL/min"),
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
            "hyperthyroidism": FHIRCoding(system: snomed, code: "34486009", display: "Hyperthyroidism"),
            "hyperparathyroidism": FHIRCoding(system: snomed, code: "66999008", display: "Hyperparathyroidism"),
            "chronic-liver-disease": FHIRCoding(system: snomed, code: "328383001", display: "Chronic liver disease"),
            "hypercalcaemia": FHIRCoding(system: snomed, code: "66931009", display: "Hypercalcemia"),
            "abdominal-aortic-aneurysm": FHIRCoding(system: snomed, code: "233985008", display: "Abdominal aortic aneurysm"),
            "systemic-lupus-erythematosus": FHIRCoding(system: snomed, code: "55464009", display: "Systemic lupus erythematosus"),
            "coeliac-disease": FHIRCoding(system: snomed, code: "396331005", display: "Celiac disease"),
            "hiv": FHIRCoding(system: snomed, code: "86406008", display: "Human immunodeficiency virus infection"),
            "anorexia-nervosa": FHIRCoding(system: snomed, code: "56882008", display: "Anorexia nervosa"),
            "osteogenesis-imperfecta": FHIRCoding(system: snomed, code: "78314001", display: "Osteogenesis imperfecta"),
            "pagets-disease": FHIRCoding(system: snomed, code: "2089002", display: "Osteitis deformans"),
        ],
        // A place that hurts as the pain there; the back's upper and middle parts, hip or groin and
        // chest or ribs have no one concept each.
        "symptoms.locations": [
            "neck": FHIRCoding(system: snomed, code: "81680005", display: "Neck pain"),
            "lower-back": FHIRCoding(system: snomed, code: "279039007", display: "Low back pain"),
            "buttock": FHIRCoding(system: snomed, code: "279043006", display: "Pain in buttock"),
            "abdomen": FHIRCoding(system: snomed, code: "21522001", display: "Abdominal pain"),
        ],
        "symptoms.mobility": [
            "wheelchair": FHIRCoding(system: snomed, code: "105503008", display: "Dependence on wheelchair"),
            "bed-bound": FHIRCoding(system: snomed, code: "160685001", display: "Bed-ridden"),
        ],
        // Perimenopausal has no confirmed concept: sources disagree on its code.
        "history.menopause.status": [
            "premenopausal": FHIRCoding(system: snomed, code: "22636003", display: "Premenopausal state"),
            "postmenopausal": FHIRCoding(system: snomed, code: "76498008", display: "Postmenopausal state"),
        ],
        "history.cardiovascularEvents.type": [
            "myocardial-infarction": FHIRCoding(system: snomed, code: "22298006", display: "Myocardial infarction"),
            "stroke": FHIRCoding(system: snomed, code: "230690007", display: "Cerebrovascular accident"),
        ],
        // A broken bone as the fracture it was; "wrist-or-forearm" and "other" have no one concept.
        "history.fractures.site": [
            "vertebra": FHIRCoding(system: snomed, code: "50448004", display: "Fracture of vertebral column"),
            "hip": FHIRCoding(system: snomed, code: "263225007", display: "Fracture of proximal end of femur"),
            "humerus": FHIRCoding(system: snomed, code: "66308002", display: "Fracture of humerus"),
            "rib": FHIRCoding(system: snomed, code: "33737001", display: "Fracture of rib"),
            "pelvis": FHIRCoding(system: snomed, code: "77493009", display: "Fracture of pelvis"),
            "ankle": FHIRCoding(system: snomed, code: "16114001", display: "Fracture of ankle"),
        ],
    ]

    /// The standard coding of one option, when it has one.
    public static func option(_ code: String, of linkId: String) -> FHIRCoding? { options[linkId]?[code] }

    /// Our option code for a standard coding an answer carries (nil when the item has no such option).
    public static func ourCode(for coding: FHIRCoding, of linkId: String) -> String? {
        options[linkId]?.first { $0.value.system == coding.system && $0.value.code == coding.code }?.key
    }
}
