/// Every hard and soft limit of the intake format (format spec section 8.2, clinical reference
/// section 9), defined once. Validation checks records against these; the questionnaire screens
/// take their ranges and units from here.
///
/// Scaled values: lengths and masses in hundredths of the canonical unit (the format's canonical
/// rounding), BMI in tenths, temperature in tenths of a degree, scores in hundredths of an SD.
public enum IntakeLimits {
    // MARK: Patient
    /// Completed years on visitDate: 18-120, soft < 40 or > 100.
    public static let age = IntakeLimit(name: "age", unit: "years", places: 0, hard: 18...120, softBelow: 40, softAbove: 100)

    // MARK: Body (canonical cm and kg, hundredths)
    public static let height = IntakeLimit(name: "height", unit: "cm", places: 2, hard: 10_000...23_000,
                                           softBelow: 13_500, softAbove: 20_500, example: 16_500)
    public static let weight = IntakeLimit(name: "weight", unit: "kg", places: 2, hard: 2_500...30_000,
                                           softBelow: 3_500, softAbove: 18_000, example: 7_000)
    /// Computed from canonical kg and cm, rounded to 0.1 (tenths).
    public static let bmi = IntakeLimit(name: "BMI", unit: "kg/m²", places: 1, hard: 100...800, softBelow: 150, softAbove: 500)
    /// tallestAdultHeight - height. Negative is an error (the form asks again).
    public static let historicalHeightLoss = IntakeLimit(name: "height loss", unit: "cm", places: 2, hard: 0...3_000,
                                                         softAbove: 1_500, example: 400)
    public static let prospectiveHeightLoss = IntakeLimit(name: "measured height loss", unit: "cm", places: 2,
                                                          hard: 0...1_500, softAbove: 600, example: 200)

    // MARK: History
    /// Canonical UK units per day, hundredths.
    public static let alcoholPerDay = IntakeLimit(name: "alcohol", unit: "UK units/day", places: 2, hard: 0...6_000,
                                                  softAbove: 2_000, example: 200)
    public static let fallsPast12Months = IntakeLimit(name: "falls in the past 12 months", unit: "", places: 0, hard: 0...365)
    /// Also at most the patient's current age.
    public static let fractureAge = IntakeLimit(name: "age at fracture", unit: "years", places: 0, hard: 0...120)
    /// Age at the last period; also at most the patient's current age.
    public static let menopauseAge = IntakeLimit(name: "age at menopause", unit: "years", places: 0, hard: 10...70)

    // MARK: Medications
    /// Prednisolone-equivalent mg/day, hundredths.
    public static let glucocorticoidDose = IntakeLimit(name: "prednisolone-equivalent dose", unit: "mg/day", places: 2,
                                                       hard: 0...20_000, softAbove: 6_000, example: 500)
    /// `doseMgPerDay` of any medicine: a number >= 0 (schema); no upper bound of its own (the
    /// glucocorticoid limit applies to glucocorticoids).
    public static let doseMgPerDay = IntakeLimit(name: "dose", unit: "mg/day", places: 2, hard: 0...Int.max, example: 500)
    public static let durationMonths = IntakeLimit(name: "months", unit: "months", places: 2, hard: 0...60_000, example: 1_200)
    public static let durationYears = IntakeLimit(name: "years", unit: "years", places: 2, hard: 0...5_000, example: 250)
    /// Denosumab lastDoseDate: at most 240 months before visitDate.
    public static let denosumabMonthsSinceLastDose = IntakeLimit(name: "months since the last denosumab dose",
                                                                 unit: "months", places: 0, hard: 0...240)

    // MARK: Symptoms
    public static let episodeDays = IntakeLimit(name: "days since the pain began", unit: "days", places: 0, hard: 0...36_500)
    public static let painScore = IntakeLimit(name: "pain score", unit: "", places: 0, hard: 0...10)

    // MARK: Red flags
    /// Canonical tenths of a degree Celsius.
    public static let temperature = IntakeLimit(name: "temperature", unit: "°C", places: 1, hard: 300...450, example: 375)

    // MARK: Bone density and labs
    public static let tScore = IntakeLimit(name: "T-score", unit: "", places: 2, hard: -600...400, softBelow: -500, softAbove: 300,
                                           example: -150)
    public static let zScore = IntakeLimit(name: "Z-score", unit: "", places: 2, hard: -600...400, softBelow: -500, softAbove: 300,
                                           example: -150)
    /// eGFR and creatinine clearance, mL/min.
    public static let kidneyFunction = IntakeLimit(name: "kidney function", unit: "mL/min", places: 2, hard: 100...20_000,
                                                   softBelow: 1_500, example: 6_000)

    // MARK: Text lengths (characters)
    public static let idLength = 1...100
    public static let patientNameLength = 1...200
    public static let patientIdentifierLength = 1...64
    public static let phoneLength = 0...40
    public static let medicationNameLength = 1...100

    /// Every numeric limit, for screens and documentation.
    public static let all: [IntakeLimit] = [
        age, height, weight, bmi, historicalHeightLoss, prospectiveHeightLoss, alcoholPerDay, fallsPast12Months,
        fractureAge, menopauseAge, glucocorticoidDose, doseMgPerDay, durationMonths, durationYears,
        denosumabMonthsSinceLastDose, episodeDays, painScore, temperature, tScore, zScore, kidneyFunction,
    ]

    // MARK: Units a quantity accepts (format spec section 1)
    public static let lengthUnits = LengthUnit.allCases
    public static let massUnits = MassUnit.allCases
    public static let alcoholUnits = AlcoholUnit.allCases
    public static let temperatureUnits = TemperatureUnit.allCases
}
