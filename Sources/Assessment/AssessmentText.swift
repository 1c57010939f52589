import IntakeModel

/// Every sentence the assessment shows a person, keyed by language. English is the format's fixed
/// text (intake-format.md sections 6.7-6.9); a Spanish table is added beside it, not in view code.
public struct AssessmentText: Sendable {
    public let language: String
    let messages: [MedicationAlertRule: String]
    let recommendations: [RecommendationID: String]
    let notices: [NoticeID: String]
    let unrecognisedMedication: @Sendable (String) -> String
    let missingDose: String
    let missingDuration: String
    let missingLastDoseDate: String
    let assumedBilateralSciatica: String
    /// The red-flag questions in a few plain words, for "not asked" warnings and the list of
    /// questions staff must still ask.
    let redFlagQuestions: [RedFlagQuestion: String]
    let notAskedWarning: @Sendable (_ question: String) -> String
    /// Each rule's short name in plain words, keyed by rule ID (RF-, DX-, SI- and MA- rules of
    /// clinical reference section 10): shown beside the ID wherever a person reads a rule ID.
    let ruleNames: [String: String]
    /// REC-DXA for people: the report kind said in words (the format's fixed text, for `--json`,
    /// says "as dxa.report says").
    let dxaRecommendation: [DXAReport: String]
    /// MA-FALLS for people, for one medicine and for several (the fixed text says "medicine(s)").
    let fallsOneMedicine: String
    let fallsMedicines: String

    /// The question in plain words ("new numbness in the saddle area").
    public func question(_ question: RedFlagQuestion) -> String { redFlagQuestions[question] ?? question.rawValue }

    /// The `not-asked` warning of a question.
    public func notAsked(_ question: RedFlagQuestion) -> String {
        notAskedWarning(self.question(question))
    }

    public func message(for rule: MedicationAlertRule) -> String { messages[rule] ?? rule.rawValue }
    public func text(for recommendation: RecommendationID) -> String {
        recommendations[recommendation] ?? recommendation.rawValue
    }
    public func text(for notice: NoticeID) -> String { notices[notice] ?? notice.rawValue }

    /// "possible cauda equina syndrome": the short name of a rule (the ID itself when it has none).
    public func name<Rule: OrderedCode>(of rule: Rule) -> String { ruleNames[rule.rawValue] ?? rule.rawValue }

    /// "DX-5: fragility fracture, glucocorticoid, or bone-loss medicine or disease": the ID with its name.
    public func titled<Rule: OrderedCode>(_ rule: Rule) -> String {
        guard let name = ruleNames[rule.rawValue] else { return rule.rawValue }
        return rule.rawValue + ": " + name
    }

    /// A recommendation's text as a person reads it: REC-DXA says the report kind ("reported as a
    /// T-score") where the format's fixed text refers to `dxa.report`.
    public func readableText(for recommendation: RecommendationID, report: DXAReport) -> String {
        if recommendation == .dxa, let text = dxaRecommendation[report] { return text }
        return text(for: recommendation)
    }

    /// An alert's message as a person reads it: MA-FALLS says "a ... medicine" or "medicines" by
    /// how many medicines the alert names, where the fixed text says "medicine(s)".
    public func readableMessage(for alert: MedicationAlert) -> String {
        guard alert.rule == .falls else { return message(for: alert.rule) }
        return alert.medication.contains(", ") ? fallsMedicines : fallsOneMedicine
    }

    public static let english = AssessmentText(
        language: "en",
        messages: [
            .glucocorticoid: "Oral glucocorticoid of at least 5 mg/day prednisolone-equivalent for at least 3 months: assess bone health and consider bone protection.",
            .boneLoss: "Current medicine that causes bone loss: take it into account in the fracture-risk assessment.",
            .fractureAssociated: "Medicine associated with fractures (proton pump inhibitor for a year or more, or SSRI): review whether it is still needed.",
            .denosumabStop: "Do not stop or delay denosumab without a follow-on antiresorptive plan: stopping risks rebound multiple vertebral fractures.",
            .denosumabKidney: "Denosumab with eGFR below 30 or dialysis: risk of severe hypocalcaemia; specialist decision and calcium monitoring needed.",
            .bisphosphonateRenal: "Bisphosphonate below its kidney-function limit (alendronate or zoledronic acid < 35 mL/min; risedronate or ibandronate < 30 mL/min): not recommended.",
            .bisphosphonateGI: "Oral bisphosphonate with an oesophageal disorder or inability to stay upright for 30 minutes: contraindicated.",
            .hypocalcaemia: "Hypocalcaemia or untreated vitamin D deficiency: correct it before and during bisphosphonate, denosumab or romosozumab.",
            .osteonecrosisOfJaw: "Invasive dental work planned or poor dental health while on bisphosphonate, denosumab or romosozumab: osteonecrosis-of-the-jaw risk; inform the dentist.",
            .bisphosphonateDuration: "Bisphosphonate for 5 years or more (oral) or 3 years or more (intravenous): reassess whether to continue or take a drug holiday.",
            .atypicalFemoralFracture: "New thigh or groin pain on a bisphosphonate or denosumab: evaluate for atypical femoral fracture.",
            .romosozumabCardiovascular: "Romosozumab with a history of myocardial infarction or stroke: do not start within 12 months of the event (FDA); contraindicated after any such event in EU/UK/Australian labels.",
            .pthDuration: "Teriparatide/abaloparatide cumulative use of 24 months or more: lifetime limit reached.",
            .pthOsteosarcoma: "Teriparatide/abaloparatide with raised osteosarcoma risk or a hypercalcaemic disorder: avoid.",
            .venousThromboembolism: "Raloxifene or hormone replacement therapy with a history of venous thromboembolism: contraindicated.",
            .anticoagulant: "Anticoagulant or antiplatelet medicine: relevant to any spinal procedure such as vertebral augmentation; do not stop without the prescriber's direction.",
            .falls: "Age 65 or over with fall-risk-increasing medicine(s): review.",
        ],
        recommendations: [
            .emergency: "Same-day emergency assessment (emergency department or on-call specialist team) for the red flags listed.",
            .urgent: "Clinician review and investigation within days (no later than 1 week) for the red flags listed.",
            .rheumatology: "Refer to rheumatology: features of inflammatory back pain (possible axial spondyloarthritis).",
            .dxa: "DXA bone density scan of hip and lumbar spine, reported as dxa.report says; arrange it after any emergency or urgent problem has been dealt with.",
            .spineImaging: "Lateral thoracolumbar spine radiograph or vertebral fracture assessment (VFA) to look for vertebral fractures.",
            .osteoporosisMedication: "Discuss osteoporosis drug treatment; check calcium, vitamin D and kidney function before starting.",
            .endocrinology: "Endocrinology / metabolic bone specialist review.",
            .physiotherapy: "Physical therapy: exercise-based rehabilitation, with strength and balance work where falls or balance problems are reported.",
            .selfManagement: "Advice and self-management: reassurance, stay active, simple pain relief as needed; review if not improving.",
            .calciumAndVitaminD: "Review dietary calcium and vitamin D; supplement if intake is low or vitamin D is deficient.",
        ],
        notices: [
            .notADiagnosis: "Decision support only: this summary applies stated rules to the answers given, for a clinician to review. It is not a diagnosis and does not replace clinical judgement.",
            .breathingDifficulty: "Breathing difficulty reported: for clinician attention (not scored as a red flag).",
            .startBackWithRedFlags: "STarT Back is validated for non-specific low back pain; interpret its result with caution because red flags are present.",
        ],
        unrecognisedMedication: { name in
            "'\(name)' is not in the medication dictionary: no rule could use it"
        },
        missingDose: "glucocorticoid without a daily dose in mg: the glucocorticoid rules could not use it",
        missingDuration: "how long it was taken is not given: the rules that need it could not use it",
        missingLastDoseDate: "the date of the last dose is not given: the rules that need it could not check it",
        assumedBilateralSciatica: "bilateral sciatica was not asked: pain radiating down both legs was taken as yes",
        redFlagQuestions: [
            .saddleNumbness: "numbness or altered feeling in the saddle area (genitals, back passage, inner thighs)",
            .urinaryRetention: "new difficulty passing urine or reduced bladder feeling",
            .urinaryIncontinence: "new loss of bladder control",
            .faecalIncontinence: "new loss of bowel control",
            .bilateralSciatica: "new pain down both legs",
            .sexualDysfunction: "new sexual dysfunction",
            .legWeakness: "new or worsening weakness in either leg",
            .gaitDisturbance: "new difficulty walking",
            .unexplainedWeightLoss: "unexplained weight loss",
            .feverOrRigors: "fever, chills or shaking",
            .ivDrugUse: "injected drug use",
            .recentInfectionOrProcedure: "infection, spinal procedure or wound in the last 3 months",
            .immunosuppressed: "weakened immune system (medicines, transplant, HIV)",
            .pulsatileAbdominalMass: "pulsating lump in the abdomen (staff examination)",
            .collapseOrHypotension: "collapse, fainting or low blood pressure with this pain",
        ],
        notAskedWarning: { question in "red-flag question not asked: \(question)" },
        ruleNames: [
            "RF-CES": "possible cauda equina syndrome",
            "RF-NEURO": "progressive neurological deficit",
            "RF-MSCC": "possible metastatic spinal cord compression",
            "RF-MAL": "possible malignancy",
            "RF-INF": "possible spinal infection",
            "RF-FX": "possible vertebral fracture",
            "RF-AAA": "possible abdominal aortic aneurysm",
            "RF-IBP": "inflammatory back pain",
            "DX-1": "woman aged 65 or over",
            "DX-2": "postmenopausal woman under 65 with a risk factor",
            "DX-3": "man aged 70 or over",
            "DX-4": "man aged 50 to 69 with a risk factor",
            "DX-5": "fragility fracture, glucocorticoid, or a bone-loss medicine or disease",
            "DX-6": "monitoring osteoporosis treatment",
            "SI-1": "suspected vertebral fracture",
            "SI-2": "height loss of 4 cm or more",
            "SI-3": "measured height loss of 2 cm or more",
            "SI-4": "age 50 or over with a fragility fracture",
            "SI-5": "glucocorticoid use",
            "SI-6": "low T-score for age",
            "SI-7": "kyphosis or an unconfirmed vertebral fracture",
            "SI-8": "T-score in the osteoporosis range",
            "MA-GC": "glucocorticoid bone loss",
            "MA-BONELOSS": "medicine that causes bone loss",
            "MA-ASSOC": "medicine linked to fractures",
            "MA-DMAB-STOP": "stopping denosumab",
            "MA-DMAB-CKD": "denosumab with low kidney function",
            "MA-BP-RENAL": "bisphosphonate with low kidney function",
            "MA-BP-GI": "oral bisphosphonate and the gullet",
            "MA-HYPOCA": "low calcium or vitamin D",
            "MA-ONJ": "osteonecrosis of the jaw risk",
            "MA-BP-DURATION": "long bisphosphonate use",
            "MA-AFF": "possible atypical femoral fracture",
            "MA-ROMO-CV": "romosozumab after heart attack or stroke",
            "MA-PTH-DURATION": "teriparatide or abaloparatide lifetime limit",
            "MA-PTH-OSTEO": "teriparatide or abaloparatide osteosarcoma risk",
            "MA-VTE": "blood clot history with raloxifene or HRT",
            "MA-ANTICOAG": "blood thinner before a spinal procedure",
            "MA-FALLS": "medicines that raise the risk of falls",
        ],
        dxaRecommendation: [
            .tScore: "DXA bone density scan of hip and lumbar spine, reported as a T-score; arrange it after any emergency or urgent problem has been dealt with.",
            .zScore: "DXA bone density scan of hip and lumbar spine, reported as a Z-score; arrange it after any emergency or urgent problem has been dealt with.",
        ],
        fallsOneMedicine: "Age 65 or over with a fall-risk-increasing medicine: review.",
        fallsMedicines: "Age 65 or over with fall-risk-increasing medicines: review."
    )
}
