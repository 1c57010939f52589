import Assessment
import Catalog

/// The labels only the readable `intake assess` summary has: `cli.assess.*` entries of the string
/// catalog. Findings, reasons, warnings, costs and notices come from the `IntakeReport` with its own
/// words; only the summary's detail lines are labelled here.
struct AssessSummaryText: Sendable {
    let catalog: Catalog

    init(language: Language = .english) { catalog = Catalog(language) }

    static let english = AssessSummaryText()

    /// "25.5" as the language writes it ("25,5").
    func decimal(_ number: String) -> String { catalog.decimal(number) }

    var record: String { catalog(.cliAssessRecord) }
    var source: String { catalog(.cliAssessSource) }
    var ost: String { catalog(.cliAssessOst) }
    var ostIndex: String { catalog(.cliAssessOstIndex) }
    var ostCategories: [OSTCategory: String] {
        Dictionary(uniqueKeysWithValues: OSTCategory.allCases.map { ($0, catalog.text(forDataKey: "cli.assess.ostCategory." + $0.rawValue) ?? "") })
    }
    var notApplicable: String { catalog(.cliAssessNotApplicable) }
    var tScoreClass: String { catalog(.cliAssessTScoreClass) }
    var zScoreClass: String { catalog(.cliAssessZScoreClass) }
    var bmi: String { catalog(.cliAssessBmi) }
    var heightLoss: String { catalog(.cliAssessHeightLoss) }
    var historical: String { catalog(.cliAssessHistorical) }
    var prospective: String { catalog(.cliAssessProspective) }
    var notRecorded: String { catalog(.cliAssessNotRecorded) }
    var startBack: String { catalog(.cliAssessStartBack) }
    /// "medium risk (total 5 of 9, psychosocial 3 of 5)".
    func startBackLine(_ result: StartBackResult) -> String {
        catalog(.cliAssessStartBackLine, ["risk": result.risk.rawValue, "total": String(result.total),
                                          "psychosocial": String(result.psychosocial)])
    }
    var notGiven: String { catalog(.cliAssessNotGiven) }
    var rejected: String { catalog(.cliAssessRejected) }
}
