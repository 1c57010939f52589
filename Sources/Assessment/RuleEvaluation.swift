import IntakeModel

/// One run of the rules over prepared facts, in the order of format spec section 5: red flags and
/// urgency, DXA, spine imaging, OST, T/Z classes, STarT Back, medication alerts, recommendations,
/// notices. Each family lives in its own file as an extension.
struct RuleEvaluation {
    let facts: IntakeFacts
    var warnings: [Problem] = []

    // Intermediate results later rules read.
    var redFlags: [RedFlagFinding] = []
    var firedRedFlags = CodeList<RedFlagRule>()
    var urgency = UrgencyTier.routine
    var dxa = DXAEligibility(rules: [], report: .zScore)
    var spineImaging = SpineImagingEligibility(rules: [])
    var ost: OSTResult?
    var tScoreClass: TScoreClass?
    var zScoreClass: ZScoreClass?
    var startBack: StartBackResult?
    var medicationAlerts: [MedicationAlert] = []

    init(facts: IntakeFacts) { self.facts = facts }

    mutating func run(id: String?, priorWarnings: [Problem]) -> IntakeAssessment {
        warnings = priorWarnings
        evaluateRedFlags()
        evaluateDXA()
        evaluateSpineImaging()
        evaluateOST()
        evaluateBoneDensityClasses()
        evaluateStartBack()
        medicationAlerts = evaluateMedicationAlerts()
        addMedicationWarnings()
        return IntakeAssessment(
            id: id, age: facts.age, urgency: urgency, redFlags: redFlags, dxa: dxa, spineImaging: spineImaging,
            ost: ost, tScoreClass: tScoreClass, zScoreClass: zScoreClass,
            bmi: facts.bmiTenths.map { FixedDecimal(units: $0, places: 1) },
            heightLossCm: HeightLoss(
                historical: facts.historicalLossHundredths.map { FixedDecimal(units: $0, places: 2) },
                prospective: facts.prospectiveLossHundredths.map { FixedDecimal(units: $0, places: 2) }),
            startBack: startBack, medicationAlerts: medicationAlerts, recommendations: recommendations(),
            warnings: warnings, notices: notices())
    }

    /// Adds a warning unless the same (path, code) pair is already listed.
    mutating func warn(_ path: String, _ code: ProblemCode, _ message: String) {
        for existing in warnings where existing.code == code && existing.path == path { return }
        warnings.append(Problem(path: path, code: code, message: message))
    }

    // MARK: shared derived values (format spec section 4)

    var age: Int? { facts.age }

    func age(atLeast years: Int) -> Bool { (facts.age ?? Int.min) >= years }

    /// Episode days ≤ 42 (inclusive, format spec 11.2).
    var withinSixWeeks: Bool {
        guard let days = facts.episodeDays else { return false }
        return days <= 42
    }

    var fever: Bool {
        facts.redFlagAnswers.feverOrRigors == true || (facts.temperatureTenths ?? Int.min) >= 380
    }

    /// Oral glucocorticoid, current or past, ≥ 5 mg/day prednisolone-equivalent for ≥ 3 months.
    func isGCExposure(_ medication: MedicationFacts) -> Bool {
        medication.has(.glucocorticoid) && medication.status != .planned && medication.route == .oral
            && (medication.prednisoloneHundredths ?? 0) >= 500 && medication.lasted(atLeastMonths: 3)
    }

    /// GC exposure that is current, or past with a last dose on or after 12 months before the visit.
    func isRecentGCExposure(_ medication: MedicationFacts) -> Bool {
        guard isGCExposure(medication) else { return false }
        if medication.isCurrent { return true }
        guard let lastDose = medication.lastDoseDate else { return false }
        return facts.isWithin(months: 12, lastDose)
    }

    var hasGCExposure: Bool { facts.medications.contains(where: isGCExposure) }
    var hasRecentGCExposure: Bool { facts.medications.contains(where: isRecentGCExposure) }

    /// A current high-risk bone-loss medicine other than a glucocorticoid (format spec section 4).
    func isHRMMedicine(_ medication: MedicationFacts) -> Bool {
        guard medication.isCurrent else { return false }
        if medication.classes.containsAny(RuleEvaluation.alwaysHRM) { return true }
        if medication.has(.heparin) && medication.lasted(atLeastMonths: 3) { return true }
        if medication.has(.medroxyprogesterone) && medication.route == .injection
            && medication.lasted(moreThanMonths: 24) { return true }
        if medication.has(.thyroidHormone) && facts.labs.tshSuppressed == true { return true }
        return false
    }

    static let alwaysHRM: CodeList<MedicationClass> = [
        .aromataseInhibitor, .androgenDeprivation, .enzymeInducingAnticonvulsant, .thiazolidinedione,
        .calcineurinInhibitor,
    ]

    var hasHRMMedicine: Bool { facts.medications.contains(where: isHRMMedicine) }

    var onOsteoporosisDrug: Bool {
        facts.medications.contains { $0.isCurrent && $0.has(.osteoporosisDrug) }
    }

    func has(_ condition: Condition) -> Bool { facts.conditions.contains(condition) }
}
