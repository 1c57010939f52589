/// Red-flag findings (format spec section 6.1, clinical reference section 10.1).

/// Urgency tier; `Comparable` so the overall urgency is the highest tier of any fired rule.
/// `notScreened` ranks above routine and below urgent: with no emergency or urgent rule fired, a
/// record whose red-flag screen has unasked questions is never routine (format spec section 6.1).
public enum UrgencyTier: String, Codable, CaseIterable, Sendable, Comparable {
    case routine, urgent, emergency
    case notScreened = "not-screened"

    public static func < (lhs: UrgencyTier, rhs: UrgencyTier) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The tier's place, most urgent highest (emergency 3, urgent 2, not screened 1, routine 0): the
    /// order of the overall urgency and of every list of intakes (the stores keep it beside the tier).
    public var rank: Int {
        switch self {
        case .routine: return 0
        case .notScreened: return 1
        case .urgent: return 2
        case .emergency: return 3
        }
    }
}

/// Red-flag rule IDs, in the order the assessment lists fired rules.
public enum RedFlagRule: String, OrderedCode {
    case ces = "RF-CES"
    case neuro = "RF-NEURO"
    case mscc = "RF-MSCC"
    case malignancy = "RF-MAL"
    case infection = "RF-INF"
    case fracture = "RF-FX"
    case aorticAneurysm = "RF-AAA"
    case inflammatoryBackPain = "RF-IBP"
}

/// The `because` codes: the answers that fired a red flag. Declared in the order of the format's
/// table, which is also the order within each rule's list.
public enum RedFlagReason: String, OrderedCode {
    case saddleNumbness = "saddle-numbness"
    case urinaryRetention = "urinary-retention"
    case urinaryIncontinence = "urinary-incontinence"
    case faecalIncontinence = "faecal-incontinence"
    case bilateralSciatica = "bilateral-sciatica"
    case sexualDysfunction = "sexual-dysfunction"
    case legWeakness = "leg-weakness"
    case gaitDisturbance = "gait-disturbance"
    case cancer
    case caudaEquinaFeatures = "cauda-equina-features"
    case motorOrGaitDeficit = "motor-or-gait-deficit"
    case radicularPain = "radicular-pain"
    case legNumbness = "leg-numbness"
    case unexplainedWeightLoss = "unexplained-weight-loss"
    case constantNightPain = "constant-night-pain"
    case fever
    case ivDrugUse = "iv-drug-use"
    case recentInfectionOrProcedure = "recent-infection-or-procedure"
    case neurologicalFeatures = "neurological-features"
    case immunosuppressed
    case majorTrauma = "major-trauma"
    case suddenOnsetMinorOrNoTrauma = "sudden-onset-minor-or-no-trauma"
    case age70Plus = "age-70-plus"
    case knownOsteoporosis = "known-osteoporosis"
    case priorFragilityFracture = "prior-fragility-fracture"
    case glucocorticoid
    case heightLossAge50Plus = "height-loss-age-50-plus"
    case kyphosisAge50Plus = "kyphosis-age-50-plus"
    case newPain = "new-pain"
    case knownAAA = "known-aaa"
    case pulsatileMass = "pulsatile-mass"
    case collapseOrHypotension = "collapse-or-hypotension"
    case painOver3Months = "pain-over-3-months"
    case onsetBefore40 = "onset-before-40"
    case insidiousOnset = "insidious-onset"
    case betterWithExercise = "better-with-exercise"
    case noImprovementWithRest = "no-improvement-with-rest"
    case nightPainEasesOnGettingUp = "night-pain-eases-on-getting-up"
}

/// One fired red-flag rule: its ID, tier and the answers that fired it.
public struct RedFlagFinding: Hashable, Sendable, Codable {
    public var rule: RedFlagRule
    public var tier: UrgencyTier
    public var because: CodeList<RedFlagReason>

    public init(rule: RedFlagRule, tier: UrgencyTier, because: CodeList<RedFlagReason>) {
        self.rule = rule
        self.tier = tier
        self.because = because
    }
}
