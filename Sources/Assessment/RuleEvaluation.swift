import IntakeModel

/// One run of the rules over prepared facts, in the order of format spec section 5: red flags and
/// urgency, DXA, spine imaging, OST, T/Z classes, STarT Back, medication alerts, recommendations,
/// notices. Each family lives in its own file as an extension.
struct RuleEvaluation {
    let facts: IntakeFacts
    var warnings: [Problem]
    /// The words of the warnings, in the language of the intake.
    let text: AssessmentText

    // Results, some read by later rules.
    var redFlags: [RedFlagFinding] = []
    var firedRedFlags = CodeList<RedFlagRule>()
    var urgency = UrgencyTier.routine
    var dxa = DXAEligibility(rules: CodeList(), report: .zScore)
    var spineImaging = SpineImagingEligibility(rules: CodeList())
    var ost: OSTResult?
    var tScoreClass: TScoreClass?
    var zScoreClass: ZScoreClass?
    var startBack: StartBackResult?
    var medicationAlerts: [MedicationAlert] = []

    init(facts: IntakeFacts, warnings: [Problem], text: AssessmentText = .english) {
        self.facts = facts
        self.warnings = warnings
        self.text = text
    }

    /// Applies the rules, in order, and gathers their results.
    mutating func run() -> IntakeAssessment {
        var assessment = IntakeAssessment()
        evaluateRedFlags()
        evaluateDXA()
        evaluateSpineImaging()
        evaluateOST()
        evaluateBoneDensityClasses()
        evaluateStartBack()
        evaluateMedicationAlerts()
        addMedicationWarnings()
        // Before the lists are swapped out: recommendations read the medication alerts.
        assessment.recommendations = recommendations()
        assessment.notices = RuleEvaluation.notices(
            breathingDifficulty: yes(.breathingDifficulty), startBackScored: startBack != nil, urgency: urgency)
        assessment.id = facts.id
        assessment.age = facts.age
        assessment.urgency = urgency
        assessment.redFlags = redFlags
        assessment.dxa = dxa
        assessment.spineImaging = spineImaging
        assessment.ost = ost
        assessment.tScoreClass = tScoreClass
        assessment.zScoreClass = zScoreClass
        assessment.bmi = facts.bmiTenths.map { FixedDecimal(units: $0, places: 1) }
        assessment.heightLossCm = HeightLoss(
            historical: facts.historicalLossHundredths.map { FixedDecimal(units: $0, places: 2) },
            prospective: facts.prospectiveLossHundredths.map { FixedDecimal(units: $0, places: 2) })
        assessment.startBack = startBack
        assessment.medicationAlerts = medicationAlerts
        assessment.warnings = warnings
        return assessment
    }

    /// Adds a warning unless the same (path, code) pair is already listed.
    mutating func warn(_ path: String, _ code: ProblemCode, _ message: String) {
        guard !warnings.contains(where: { $0.code == code && $0.path == path }) else { return }
        warnings.append(Problem(path: path, code: code, message: message))
    }

    // MARK: shared derived values (format spec section 4)

    var age: Int? { facts.age }

    func age(atLeast years: Int) -> Bool { (facts.age ?? Int.min) >= years }

    func yes(_ answer: Answer) -> Bool { facts.yes.contains(answer) }

    func has(_ condition: Condition) -> Bool { facts.conditions.contains(condition) }

    /// Episode days ≤ 42 (inclusive, format spec 11.2).
    var withinSixWeeks: Bool {
        guard let days = facts.episodeDays else { return false }
        return days <= 42
    }

    /// `feverOrRigors`, or a temperature of 38.0 °C or more after conversion (100.4 °F = 38.0 °C).
    var fever: Bool { yes(.feverOrRigors) || (facts.temperatureTenths ?? Int.min) >= 380 }
}
