import Assessment
import Catalog

/// The report's own words in a language, from the string catalog (`report.*`): urgency, levels,
/// reasons and notes in words, costs, the prices notice and the section labels every output uses.
/// Rule names, recommendation and notice texts come from the engine's `AssessmentText`; question
/// labels from the questionnaire.
public struct ReportText: Sendable {
    public let language: Language
    let catalog: Catalog

    public init(language: Language = .english) {
        self.language = language
        self.catalog = Catalog(language)
    }

    public static let english = ReportText(language: .english)

    public enum Label: String, Hashable, Sendable, CaseIterable {
        case urgency, redFlags, noRedFlags, noRedFlagsInAsked, stillToAsk, because, boneHealth, dxa, spineImaging
        case medicationAlerts, noMedicationAlerts, notes, recommendations, noRecommendations, warnings, notices
        case answers, noAnswers, entry
    }

    /// Section and line labels ("Red flags", "Please check").
    public subscript(label: Label) -> String { catalog(.report("label", label.rawValue)) ?? "" }

    /// That prices change, said once for every output.
    public var pricesNotice: String { catalog(.reportPricesNotice) }
    var yes: String { catalog(.reportYes) }
    var no: String { catalog(.reportNo) }
    var none: String { catalog(.reportNone) }

    /// "Urgency: URGENT - clinician review within days": the banner of a tier (`unasked` counts
    /// the red-flag questions not asked, said with every tier: an urgent patient may still have an
    /// emergency question unasked).
    public func banner(_ tier: UrgencyTier, unasked: Int) -> String { self[.urgency] + ": " + urgency(tier, unasked: unasked) }

    /// The tier in words; with questions left unasked an emergency or urgent tier says how many
    /// ("URGENT - clinician review within days (red-flag questions not asked: 2)").
    public func urgency(_ tier: UrgencyTier, unasked: Int) -> String {
        if tier == .notScreened { return catalog(.reportNotScreened, ["count": String(unasked)]) }
        let words = catalog(.report("urgency", tier.rawValue)) ?? ""
        return unasked > 0 ? catalog(.reportUrgencyWithUnasked, ["urgency": words, "count": String(unasked)]) : words
    }

    func level(_ level: IntakeReport.Finding.Level) -> String { catalog(.report("level", level.rawValue)) ?? "" }
    /// A red flag's reason in words ("sudden onset with minor or no trauma").
    public func reason(_ reason: RedFlagReason) -> String { catalog(.report("reason", reason.rawValue)) ?? "" }
    func scoreClass(_ code: String) -> String { catalog(.report("scoreClass", code)) ?? "" }
    /// "STarT Back not scored: items 3, 4 and 9 not answered".
    func startBackNotScored(_ items: [Int]) -> String {
        catalog(.reportStartBackNotScored, ["items": items.map(String.init).joined(separator: ", ")])
    }
    /// An OST risk category in words ("high"), as every output says it.
    public func risk(_ category: OSTCategory) -> String { catalog(.report("risk", category.rawValue)) ?? "" }
    /// A STarT Back risk group in words ("medium").
    public func risk(_ group: StartBackRisk) -> String { catalog(.report("risk", group.rawValue)) ?? "" }
    func note(_ note: MedicationAlertNote) -> String { catalog(.report("note", note.rawValue)) ?? "" }

    /// Why a T-score has no class.
    enum Unclassified { case sexNotGiven, menopauseNotGiven, ageNotGiven, zScorePopulation }

    /// "T-score not classified: menopause status not given".
    func tScoreNotClassified(_ reason: Unclassified) -> String {
        let words: String
        switch reason {
        case .sexNotGiven: words = catalog(.reportTScoreNotClassifiedSex)
        case .menopauseNotGiven: words = catalog(.reportTScoreNotClassifiedMenopause)
        case .ageNotGiven: words = catalog(.reportTScoreNotClassifiedAge)
        case .zScorePopulation: words = catalog(.reportTScoreNotClassifiedZScore)
        }
        return catalog(.reportTScoreNotClassified, ["reason": words])
    }

    /// The "Please check" line of an unanswered menopause status: what it changes.
    var menopauseNeeded: String { catalog(.reportMenopauseNeeded) }

    /// "indicated (report as a T-score)", "indicated", "not indicated".
    func indication(_ indicated: Bool, report: DXAReport?) -> String {
        guard indicated else { return catalog(.reportNotIndicated) }
        guard let report else { return catalog(.reportIndicated) }
        return catalog(.reportIndicatedReport, ["report": catalog(.report("dxaReport", report.rawValue)) ?? ""])
    }

    /// "USD 125-300 per scan".
    public func price(_ cost: CostEstimate) -> String {
        catalog(.reportPrice, ["currency": cost.currency, "min": String(cost.min), "max": String(cost.max),
                               "unit": catalog(.report("costUnit", cost.per.rawValue)) ?? ""])
    }

    /// "Estimated cost: USD 125-300 per scan (radiology centers)": the service is the
    /// recommendation itself; the whole table (`IntakeReport.priceTable`) names both.
    func costLine(_ id: RecommendationID, _ cost: CostEstimate) -> String {
        catalog(.reportCost, ["price": price(cost), "provider": provider(id, cost)])
    }

    /// What a price of the seed table is for, in this language ("Densitometría ósea (DXA)"); the
    /// engine's JSON keeps the format's English (`CostEstimate.service`).
    public func service(_ id: RecommendationID, _ cost: CostEstimate) -> String {
        catalog(.report("costService", id.rawValue)) ?? cost.service
    }

    /// Who charges a price of the seed table, in this language ("centros de radiología").
    public func provider(_ id: RecommendationID, _ cost: CostEstimate) -> String {
        catalog(.report("costProvider", id.rawValue)) ?? cost.provider
    }
}
