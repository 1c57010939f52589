import IntakeModel

/// Everything the rules read about one record, prepared once: canonical quantities as integers
/// (format spec section 1), derived dates and ages (section 4) and resolved medications.
///
/// Preparing is the part of an assessment that touches strings (medication names) and decimal
/// conversion; the rules then run on plain integers and flags. The screens re-assess on every
/// keystroke through `AssessmentEngine.assess(_:)`, which does both steps.
public struct IntakeFacts: Sendable {
    public var record: IntakeRecord
    public var visitDate: CalendarDate?
    public var sex: Sex?
    /// Completed years on `visitDate` (or the `age` given); nil when unknown.
    public var age: Int?
    public var postmenopausal: Bool
    /// Postmenopausal women and men aged 50 or more (format spec section 4).
    public var tScorePopulation: Bool
    /// `visitDate` − episode start, in days; nil when unknown.
    public var episodeDays: Int?
    /// Episode start earlier than 3 months before `visitDate`.
    public var episodeOver3Months: Bool
    public var ageAtEpisodeStart: Int?
    public var heightHundredths: Int?
    public var weightHundredths: Int?
    public var bmiTenths: Int?
    public var historicalLossHundredths: Int?
    public var prospectiveLossHundredths: Int?
    public var alcoholHundredths: Int?
    public var temperatureTenths: Int?
    /// Lower of eGFR and creatinine clearance, in mL/min.
    public var kidneyFunction: Double?
    public var conditions: CodeList<Condition>
    public var hasStroke: Bool
    public var priorFragilityFracture: Bool
    public var fragilityFractureOfHipOrVertebra: Bool
    public var undocumentedVertebralFracture: Bool
    public var medications: [MedicationFacts]

    public var redFlagAnswers: RedFlags { record.redFlags ?? RedFlags() }
    public var symptoms: Symptoms { record.symptoms ?? Symptoms() }
    public var history: History { record.history ?? History() }
    public var labs: Labs { record.labs ?? Labs() }

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
