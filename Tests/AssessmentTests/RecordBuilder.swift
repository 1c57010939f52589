import Assessment
import IntakeModel

/// Test helpers: a quiet record that fires nothing, changed one answer at a time so that each test
/// reads like the rule it pins down.
let engine = AssessmentEngine()
let visitDay = CalendarDate(year: 2025, month: 10, day: 6)

/// Every red-flag question answered no: a screened patient with nothing found.
let screenedNo = RedFlags(
    saddleNumbness: false, urinaryRetention: false, urinaryIncontinence: false, faecalIncontinence: false,
    bilateralSciatica: false, sexualDysfunction: false, legWeakness: false, gaitDisturbance: false,
    unexplainedWeightLoss: false, feverOrRigors: false, ivDrugUse: false, recentInfectionOrProcedure: false,
    immunosuppressed: false, pulsatileAbdominalMass: false, collapseOrHypotension: false)

/// Male 45 (Z-score population), 170 cm, 70 kg, gradual back pain for 10 days, every red-flag
/// question answered no.
/// A female record is postmenopausal unless told otherwise.
func quietRecord(sex: Sex = .male, age: Int = 45) -> IntakeRecord {
    IntakeRecord(
        id: "test", visitDate: visitDay,
        patient: Patient(sex: sex, age: age),
        body: Body(height: Length(value: 170, unit: .cm), weight: Mass(value: 70, unit: .kg)),
        history: History(menopause: sex == .female ? Menopause(status: .postmenopausal, age: 50) : nil, smoking: .never),
        symptoms: Symptoms(daysAgo: 10, onset: .gradual, trigger: Trigger.none),
        redFlags: screenedNo)
}

/// Assesses a quiet record after `change`.
func assess(sex: Sex = .male, age: Int = 45, _ change: (inout IntakeRecord) -> Void = { _ in }) -> IntakeAssessment {
    var record = quietRecord(sex: sex, age: age)
    change(&record)
    return engine.assess(record)
}

extension IntakeRecord {
    var flags: RedFlags {
        get { redFlags ?? RedFlags() }
        set { redFlags = newValue }
    }
    var story: Symptoms {
        get { symptoms ?? Symptoms() }
        set { symptoms = newValue }
    }
    var past: History {
        get { history ?? History() }
        set { history = newValue }
    }
    var measurements: Body {
        get { body ?? Body() }
        set { body = newValue }
    }
    var results: Labs {
        get { labs ?? Labs() }
        set { labs = newValue }
    }

    mutating func take(_ name: String, status: MedicationStatus? = nil, dose: Double? = nil, route: Route? = nil,
                       months: Double? = nil, years: Double? = nil, lastDose: CalendarDate? = nil,
                       wantsToStop: Bool? = nil) {
        medications = (medications ?? []) + [Medication(name: name, status: status, doseMgPerDay: dose, route: route,
                                                        months: months, years: years, lastDoseDate: lastDose,
                                                        wantsToStop: wantsToStop)]
    }

    mutating func add(_ condition: Condition) {
        past.conditions = (past.conditions ?? []) + [condition]
    }

    mutating func lowestT(_ score: Double) {
        boneDensity = BoneDensity(lowestTScore: score, lowestZScore: boneDensity?.lowestZScore)
    }

    mutating func lowestZ(_ score: Double) {
        boneDensity = BoneDensity(lowestTScore: boneDensity?.lowestTScore, lowestZScore: score)
    }
}

/// `visitDay` shifted by calendar months (negative = earlier) and days.
func day(monthsBefore months: Int, plusDays days: Int = 0) -> CalendarDate {
    visitDay.monthsBefore(months).adding(days: days)
}

extension IntakeAssessment {
    var redFlagRules: [String] { redFlags.map(\.rule.rawValue) }
    var alertRules: [String] { medicationAlerts.map(\.rule.rawValue) }
    func because(_ rule: RedFlagRule) -> [String] { redFlag(rule)?.because.codes ?? [] }
    var warningPairs: [String] { warnings.map { "\($0.path) \($0.code.rawValue)" } }
}
