import IntakeModel

/// Everything the rules read about one record, prepared once: canonical quantities as integers
/// (format spec section 1), derived dates and ages (section 4), yes answers as bits and the
/// medications resolved against the vocabulary. The rules then run on plain integers and bits.
///
/// `AssessmentEngine.assess(_:)` prepares and applies the rules in one call (the screens do that on
/// every keystroke); `facts(of:)` and `assess(_ facts:)` split the two steps.
public struct IntakeFacts: Sendable {
    /// The record's `id`, echoed in the assessment.
    public var id: String?
    /// The record's medication entries: their names as entered go into alerts and warnings.
    public var medicationEntries: [Medication]
    public var visitDate: CalendarDate?
    public var sex: Sex?
    /// Completed years on `visitDate` (or the `age` given); nil when unknown.
    public var age: Int?
    public var postmenopausal = false
    /// Postmenopausal women and men aged 50 or more (format spec section 4).
    public var tScorePopulation = false
    public var yes = CodeList<Answer>()
    public var conditions = CodeList<Condition>()
    public var hasStroke = false

    // symptoms (section 3.5)
    /// `visitDate` − episode start, in days; nil when unknown.
    public var episodeDays: Int?
    /// Episode start earlier than 3 months before `visitDate`.
    public var episodeOver3Months = false
    public var ageAtEpisodeStart: Int?
    public var onset: Onset?
    public var trigger: Trigger?
    public var radiation: Radiation?
    public var numbness: Numbness?
    public var nightPain: NightPain?
    /// Nil when the question was not asked; empty when nothing helps.
    public var relievedBy: CodeList<Reliever>?
    /// The red-flag questions left out, in the format's order (section 6.1: urgency `not-screened`).
    public var unaskedRedFlags: [RedFlagQuestion] = []

    // measurements, canonical (section 1)
    public var weightHundredths: Int?
    public var bmiTenths: Int?
    public var historicalLossHundredths: Int?
    public var prospectiveLossHundredths: Int?
    public var alcoholHundredths: Int?
    public var temperatureTenths: Int?
    /// Lower of eGFR and creatinine clearance, in mL/min.
    public var kidneyFunction: Double?
    public var lowestTScore: Double?
    public var lowestZScore: Double?

    // history (section 3.3)
    public var smoking: Smoking?
    public var calciumIntake: CalciumIntake?
    public var fallsPast12Months = 0
    public var menopauseAge: Int?
    public var priorFragilityFracture = false
    public var fragilityFractureOfHipOrVertebra = false
    public var undocumentedVertebralFracture = false
    /// MA-ROMO-CV notes for the recorded heart attacks and strokes; empty when there are none.
    public var cardiovascularEventNotes = CodeList<MedicationAlertNote>()
    public var startBack: StartBackAnswers?

    // medications (section 3.4) and what they add up to (section 4)
    public var medications: [MedicationFacts] = []
    /// Classes of the current entries, and of the current or planned ones.
    public var currentClasses = CodeList<MedicationClass>()
    public var activeClasses = CodeList<MedicationClass>()
    public var hasGCExposure = false
    public var hasRecentGCExposure = false
    public var hasHighDoseRecentGC = false
    public var hasHRMMedicine = false
    public var onOsteoporosisDrug = false
    public var vitaminDTreated = false

    public init(id: String? = nil, medicationEntries: [Medication] = []) {
        self.id = id
        self.medicationEntries = medicationEntries
    }

    public var hasBoneLossCondition: Bool {
        hasStroke || conditions.containsAny(IntakeFacts.boneLossConditions)
    }

    static let boneLossConditions = CodeList(Condition.allCases.filter(\.isBoneLossCondition))

    /// `date` is on or after `months` calendar months before `visitDate`.
    func isWithin(months: Int, _ date: CalendarDate) -> Bool {
        guard let visitDate else { return false }
        return date >= visitDate.monthsBefore(months)
    }
}
