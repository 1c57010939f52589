import Catalog
import IntakeModel

/// Every sentence the assessment shows a person, in a language, from the string catalog
/// (`assessment.*`). English is the format's fixed text (intake-format.md sections 6.7-6.9).
public struct AssessmentText: Sendable {
    public let language: Language
    let catalog: Catalog

    public init(language: Language = .english) {
        self.language = language
        self.catalog = Catalog(language)
    }

    public static let english = AssessmentText(language: .english)

    /// The question in plain words ("new numbness in the saddle area").
    public func question(_ question: RedFlagQuestion) -> String {
        catalog(.assessment("redFlagQuestion", question.rawValue)) ?? ""
    }

    /// The `not-asked` warning of a question.
    public func notAsked(_ question: RedFlagQuestion) -> String {
        catalog(.assessmentNotAsked, ["question": self.question(question)])
    }

    public func message(for rule: MedicationAlertRule) -> String { catalog(.assessment("alert", rule.rawValue)) ?? "" }
    public func text(for recommendation: RecommendationID) -> String {
        catalog(.assessment("recommendation", recommendation.rawValue)) ?? ""
    }
    public func text(for notice: NoticeID) -> String { catalog(.assessment("notice", notice.rawValue)) ?? "" }

    /// "possible cauda equina syndrome": the short name of a rule (the ID itself when it has none).
    public func name<Rule: OrderedCode>(of rule: Rule) -> String { catalog(.ruleName(rule.rawValue)) ?? rule.rawValue }

    /// "DX-5: fragility fracture, glucocorticoid, or bone-loss medicine or disease": the ID with its name.
    public func titled<Rule: OrderedCode>(_ rule: Rule) -> String {
        guard let name = catalog(.ruleName(rule.rawValue)) else { return rule.rawValue }
        return rule.rawValue + ": " + name
    }

    /// A recommendation's text as a person reads it: REC-DXA says the report kind ("reported as a
    /// T-score") where the format's fixed text refers to `dxa.report`.
    public func readableText(for recommendation: RecommendationID, report: DXAReport) -> String {
        if recommendation == .dxa, let text = catalog(.assessment("dxaRecommendation", report.rawValue)) { return text }
        return text(for: recommendation)
    }

    /// An alert's message as a person reads it: MA-FALLS says "a ... medicine" or "medicines" by
    /// how many medicines the alert names, where the fixed text says "medicine(s)".
    public func readableMessage(for alert: MedicationAlert) -> String {
        guard alert.rule == .falls else { return message(for: alert.rule) }
        return catalog(alert.medication.contains(", ") ? .assessmentFallsMedicines : .assessmentFallsOneMedicine)
    }

    func unrecognisedMedication(_ name: String) -> String { catalog(.assessmentUnrecognisedMedication, ["name": name]) }
    var missingDose: String { catalog(.assessmentMissingDose) }
    var missingDuration: String { catalog(.assessmentMissingDuration) }
    var missingLastDoseDate: String { catalog(.assessmentMissingLastDoseDate) }
    var assumedBilateralSciatica: String { catalog(.assessmentAssumedBilateralSciatica) }
}
