import Assessment
import Foundation

/// Every label of the readable `intake assess` summary, keyed by language ("en" now; a Spanish
/// table is added beside it). Rule names, recommendation and notice texts come from the engine's
/// `AssessmentText`; only the summary's own words live here.
struct AssessSummaryText: Sendable {
    var record: String
    var source: String
    var urgency: String
    var urgencyNames: [UrgencyTier: String]
    var redFlags: String
    var noRedFlags: String
    var noRedFlagsInAsked: String
    var notScreened: @Sendable (Int) -> String
    var stillToAsk: String
    var because: String
    var dxa: String
    var spineImaging: String
    var indicated: String
    var notIndicated: String
    var reportAs: String
    var reports: [DXAReport: String]
    var ost: String
    var ostIndex: String
    var ostCategories: [OSTCategory: String]
    var notApplicable: String
    var tScoreClass: String
    var zScoreClass: String
    var bmi: String
    var heightLoss: String
    var historical: String
    var prospective: String
    var notRecorded: String
    var startBack: String
    var startBackLine: @Sendable (StartBackResult) -> String
    var notGiven: String
    var medicationAlerts: String
    var none: String
    var priorities: [AlertPriority: String]
    var notes: String
    var recommendations: String
    var costEstimate: @Sendable (CostEstimate) -> String
    var pricesChange: String
    var warnings: String
    var rejected: String
    var notices: String

    static let english = AssessSummaryText(
        record: "Record", source: "from", urgency: "Urgency",
        urgencyNames: [.emergency: "EMERGENCY", .urgent: "URGENT", .routine: "routine"],
        redFlags: "Red flags", noRedFlags: "none found", noRedFlagsInAsked: "none found in the questions asked",
        notScreened: { "Red-flag screen not done (\($0) of 15 questions not asked)" },
        stillToAsk: "Questions staff must still ask:", because: "because",
        dxa: "DXA bone density scan", spineImaging: "Spine imaging / VFA", indicated: "indicated",
        notIndicated: "not indicated", reportAs: "report as",
        reports: [.tScore: "a T-score", .zScore: "a Z-score"],
        ost: "OST", ostIndex: "index",
        ostCategories: [.low: "low risk", .moderate: "moderate risk", .high: "high risk"],
        notApplicable: "not applicable",
        tScoreClass: "T-score class", zScoreClass: "Z-score class", bmi: "BMI",
        heightLoss: "Height loss", historical: "historical", prospective: "measured", notRecorded: "not recorded",
        startBack: "STarT Back",
        startBackLine: { "\($0.risk.rawValue) risk (total \($0.total) of 9, psychosocial \($0.psychosocial) of 5)" },
        notGiven: "not given",
        medicationAlerts: "Medication alerts", none: "none",
        priorities: [.high: "HIGH", .standard: "standard"], notes: "notes",
        recommendations: "Recommendations",
        costEstimate: { "cost estimate: \($0.service), \($0.provider), \($0.currency) \($0.min)-\($0.max) per \($0.per.rawValue.replacingOccurrences(of: "-", with: " "))" },
        pricesChange: "Cost estimates come from a seed price table and change over time and by place; check current prices.",
        warnings: "Please confirm", rejected: "REJECTED: the record has problems; nothing was assessed",
        notices: "Notices"
    )

    static func table(for language: String) -> AssessSummaryText {
        switch language {
        default: return .english
        }
    }
}
