import Assessment
import Foundation

/// The labels only the readable `intake assess` summary has, keyed by language ("en" now; a Spanish
/// table is added beside it). Findings, reasons, warnings, costs and notices come from the
/// `IntakeReport` with its own words; only the summary's detail lines are labelled here.
struct AssessSummaryText: Sendable {
    var record: String
    var source: String
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
    var rejected: String

    static let english = AssessSummaryText(
        record: "Record", source: "from",
        ost: "OST", ostIndex: "index",
        ostCategories: [.low: "low risk", .moderate: "moderate risk", .high: "high risk"],
        notApplicable: "not applicable",
        tScoreClass: "T-score class", zScoreClass: "Z-score class", bmi: "BMI",
        heightLoss: "Height loss", historical: "historical", prospective: "measured", notRecorded: "not recorded",
        startBack: "STarT Back",
        startBackLine: { "\($0.risk.rawValue) risk (total \($0.total) of 9, psychosocial \($0.psychosocial) of 5)" },
        notGiven: "not given",
        rejected: "REJECTED: the record has problems; nothing was assessed"
    )

    static func table(for language: String) -> AssessSummaryText {
        switch language {
        default: return .english
        }
    }
}
