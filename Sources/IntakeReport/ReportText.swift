import Assessment
import TextTemplates

/// The report's own words, keyed by language: urgency, levels, reasons and notes in words, costs,
/// the prices notice and the section labels every output uses. English only for now; the string
/// catalog (next issue) adds Spanish beside it. Rule names, recommendation and notice texts come
/// from the engine's `AssessmentText`; question labels from the questionnaire.
public struct ReportText: Sendable {
    public let language: String
    let urgencyTexts: [UrgencyTier: String]
    let notScreened: String
    let levels: [IntakeReport.Finding.Level: String]
    let reasons: [RedFlagReason: String]
    let notes: [MedicationAlertNote: String]
    let indicated: String
    let indicatedReport: String
    let reports: [DXAReport: String]
    let notIndicated: String
    let price: String
    let costUnits: [CostUnit: String]
    let cost: String
    let scoreClasses: [String: String]
    let yes: String
    let no: String
    let none: String
    /// That prices change, said once for every output.
    public let pricesNotice: String
    /// Section and line labels ("Red flags", "Please check").
    public let labels: [Label: String]

    public enum Label: String, Hashable, Sendable, CaseIterable {
        case urgency, redFlags, noRedFlags, noRedFlagsInAsked, stillToAsk, because, boneHealth, dxa, spineImaging
        case medicationAlerts, noMedicationAlerts, notes, recommendations, noRecommendations, warnings, notices
        case answers, noAnswers, entry
    }

    public subscript(label: Label) -> String { labels[label] ?? label.rawValue }

    /// The words of a language (English when it has none yet).
    public static func language(_ tag: String?) -> ReportText {
        switch tag?.lowercased().split(separator: "-").first {
        default: return .english
        }
    }

    /// "Urgency: URGENT - clinician review within days": the banner of a tier (`unasked` counts
    /// the red-flag questions not asked, said when the screen is not done).
    public func banner(_ tier: UrgencyTier, unasked: Int) -> String { self[.urgency] + ": " + urgency(tier, unasked: unasked) }

    func urgency(_ tier: UrgencyTier, unasked: Int) -> String {
        tier == .notScreened ? PlaceholderText.fill(notScreened, [String(unasked)]) : urgencyTexts[tier] ?? tier.rawValue
    }

    func level(_ level: IntakeReport.Finding.Level) -> String { levels[level] ?? "" }
    /// A red flag's reason in words ("sudden onset with minor or no trauma").
    public func reason(_ reason: RedFlagReason) -> String { reasons[reason] ?? reason.rawValue }
    func scoreClass(_ code: String) -> String { scoreClasses[code] ?? code }
    func note(_ note: MedicationAlertNote) -> String { notes[note] ?? note.rawValue }

    /// "indicated (report as a T-score)", "indicated", "not indicated".
    func indication(_ indicated: Bool, report: DXAReport?) -> String {
        guard indicated else { return notIndicated }
        guard let report else { return self.indicated }
        return PlaceholderText.fill(indicatedReport, [reports[report] ?? report.rawValue])
    }

    /// "USD 125-300 per scan".
    public func price(_ cost: CostEstimate) -> String {
        PlaceholderText.fill(price, [cost.currency, String(cost.min), String(cost.max), costUnits[cost.per] ?? cost.per.rawValue])
    }

    /// "Estimated cost: USD 125-300 per scan (radiology centers)": the service is the
    /// recommendation itself; the whole table (`IntakeReport.priceTable`) names both.
    func costLine(_ cost: CostEstimate) -> String {
        PlaceholderText.fill(self.cost, [price(cost), cost.provider])
    }

    public static let english = ReportText(
        language: "en",
        urgencyTexts: [.routine: "ROUTINE - no red flag found", .urgent: "URGENT - clinician review within days",
                       .emergency: "EMERGENCY - get a clinician now"],
        notScreened: "Red-flag screen not done ({1} of 15 questions not asked)",
        levels: [.emergency: "EMERGENCY", .urgent: "URGENT", .routine: "routine", .high: "HIGH", .standard: "standard"],
        reasons: [
            .saddleNumbness: "saddle numbness", .urinaryRetention: "new difficulty passing urine",
            .urinaryIncontinence: "new loss of bladder control", .faecalIncontinence: "new loss of bowel control",
            .bilateralSciatica: "pain down both legs", .sexualDysfunction: "new sexual dysfunction",
            .legWeakness: "leg weakness", .gaitDisturbance: "difficulty walking", .cancer: "history of cancer",
            .caudaEquinaFeatures: "cauda equina features", .motorOrGaitDeficit: "weakness or difficulty walking",
            .radicularPain: "pain radiating down a leg", .legNumbness: "numbness in a leg",
            .unexplainedWeightLoss: "unexplained weight loss", .constantNightPain: "constant night pain",
            .fever: "fever", .ivDrugUse: "intravenous drug use",
            .recentInfectionOrProcedure: "recent infection, spinal procedure or wound",
            .neurologicalFeatures: "neurological features", .immunosuppressed: "weakened immune system",
            .majorTrauma: "major trauma", .suddenOnsetMinorOrNoTrauma: "sudden onset with minor or no trauma",
            .age70Plus: "age 70 or over", .knownOsteoporosis: "known osteoporosis",
            .priorFragilityFracture: "earlier fragility fracture", .glucocorticoid: "recent glucocorticoid use",
            .heightLossAge50Plus: "height loss of 4 cm or more at 50 or over", .kyphosisAge50Plus: "kyphosis at 50 or over",
            .newPain: "new pain (within 6 weeks)", .knownAAA: "known abdominal aortic aneurysm",
            .pulsatileMass: "pulsating lump in the abdomen", .collapseOrHypotension: "collapse or low blood pressure",
            .painOver3Months: "pain for more than 3 months", .onsetBefore40: "onset before 40",
            .insidiousOnset: "gradual onset", .betterWithExercise: "better with exercise",
            .noImprovementWithRest: "no better with rest", .nightPainEasesOnGettingUp: "night pain that eases on getting up",
        ],
        notes: [
            .gcHighDose: "7.5 mg/day prednisolone-equivalent or more", .wantsToStop: "patient wants to stop",
            .overdue: "last dose more than 7 months ago", .eventWithin12Months: "event within 12 months",
            .eventDateUnknown: "event date unknown", .eventOver12MonthsAgo: "event over 12 months ago",
            .beersThreeCNSActive: "3 or more CNS-active medicines (Beers)",
            .beersOpioidBenzodiazepine: "opioid with a benzodiazepine (Beers)",
            .beersOpioidGabapentinoid: "opioid with a gabapentinoid (Beers)",
        ],
        indicated: "indicated", indicatedReport: "indicated (report as {1})",
        reports: [.tScore: "a T-score", .zScore: "a Z-score"], notIndicated: "not indicated",
        price: "{1} {2}-{3} {4}",
        costUnits: [.scan: "per scan", .month: "per month", .session: "per session", .initialVisit: "initial visit"],
        cost: "Estimated cost: {1} ({2})",
        scoreClasses: ["normal": "normal", "osteopenia": "osteopenia", "osteoporosis": "osteoporosis",
                       "within-expected-range": "within the expected range for age",
                       "below-expected-range": "below the expected range for age"],
        yes: "yes", no: "no", none: "none",
        pricesNotice: "Prices are estimates from a seed price table, not quotes; prices change and vary by place, provider and insurance.",
        labels: [
            .urgency: "Urgency", .redFlags: "Red flags", .noRedFlags: "No red flag found.",
            .noRedFlagsInAsked: "No red flag found in the questions asked.",
            .stillToAsk: "Questions staff must still ask:", .because: "because", .boneHealth: "Bone health",
            .dxa: "DXA bone density scan", .spineImaging: "Spine imaging / VFA",
            .medicationAlerts: "Medication alerts", .noMedicationAlerts: "No medication alert.", .notes: "Notes",
            .recommendations: "Recommendations", .noRecommendations: "No recommendation.",
            .warnings: "Please check", .notices: "Notices", .answers: "Answers", .noAnswers: "No answers yet.",
            .entry: "{1} {2}",
        ]
    )
}
