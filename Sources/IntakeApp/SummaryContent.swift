import Assessment
import IntakeModel
import IntakeSheet
import Questionnaire
import TerminalUI
import PlainText

/// The lines of the summary (Review) screen for an assessment, wrapped to a width: urgency
/// banner, red flags with rule IDs and reasons, DXA and spine imaging with their rules, OST, the
/// T-score bar, BMI, height loss, STarT Back, medication alerts (high first), recommendations with
/// cost estimates and the prices notice, warnings, and the not-a-diagnosis notice.
struct SummaryContent {
    struct Line: Hashable {
        var text: String
        var role: Role
    }

    let assessment: IntakeAssessment
    let record: IntakeRecord
    let strings: ScreenStrings
    /// Plain-word labels of reason and note codes, shared with the printed sheet.
    let labels: SheetStrings
    /// Says what a warning's pointer is about ("Height now").
    let definition: QuestionnaireDefinition

    init(assessment: IntakeAssessment, record: IntakeRecord, strings: ScreenStrings,
         definition: QuestionnaireDefinition = .intake) {
        self.assessment = assessment
        self.record = record
        self.strings = strings
        self.labels = SheetStrings(language: strings.language.rawValue)
        self.definition = definition
    }

    /// Every line at a width (long texts wrapped with a hanging indent).
    func lines(width: Int) -> [Line] {
        var out: [Line] = []
        func add(_ text: String, _ role: Role = .text, indent: Int = 0) {
            let wrapped = TextWrap.lines(text, width: max(10, width - indent - 2))
            for (index, line) in wrapped.enumerated() {
                out.append(Line(text: String(repeating: " ", count: index == 0 ? indent : indent + 2) + line, role: role))
            }
        }
        func heading(_ key: String) {
            out.append(Line(text: "", role: .text))
            out.append(Line(text: strings(key), role: .label))
        }
        add(strings.urgencyBanner(assessment), ScreenStrings.role(of: assessment.urgency, quiet: .label))

        heading("summary.redFlags")
        if assessment.redFlags.isEmpty && assessment.urgency != .notScreened {
            add(strings("summary.redFlags.none"), .muted, indent: 2)
        }
        for finding in assessment.redFlags {
            let role: Role = finding.tier == .emergency ? .urgent : (finding.tier == .urgent ? .warning : .text)
            add(strings.redFlag(finding, labels: labels), role, indent: 2)
        }
        let unasked = assessment.unaskedRedFlagQuestions
        if !unasked.isEmpty {
            add(strings("summary.redFlags.stillToAsk"), .warning, indent: 2)
            for question in unasked { add("- " + AssessmentText.english.question(question), .warning, indent: 4) }
        }

        heading("summary.boneHealth")
        add(strings.dxa(assessment), indent: 2)
        for rule in assessment.dxa.rules { add(AssessmentText.english.titled(rule), indent: 6) }
        add(strings.spineImaging(assessment), indent: 2)
        for rule in assessment.spineImaging.rules { add(AssessmentText.english.titled(rule), indent: 6) }
        if let ost = assessment.ost {
            add(strings("summary.ost", String(ost.index), ost.category.rawValue), indent: 2)
        } else {
            add(strings("summary.ost.none"), indent: 2)
        }
        if let tClass = assessment.tScoreClass {
            add(strings("summary.tScore", strings("summary.band." + tClass.rawValue)), indent: 2)
        } else {
            add(strings("summary.tScore.none"), .muted, indent: 2)
        }
        if let zClass = assessment.zScoreClass { add(strings("summary.zScore", zClass.rawValue), indent: 2) }
        let bar = TScoreBar(width: min(60, width - 8))
        for (text, role) in bar.lines(value: record.boneDensity?.lowestTScore, strings: strings) {
            out.append(Line(text: "    " + text, role: role))
        }
        add(assessment.bmi.map { strings("summary.bmi", $0.description) } ?? strings("summary.bmi.none"), indent: 2)
        add(heightLossText, indent: 2)
        if let startBack = assessment.startBack {
            add(strings("summary.startBack", String(startBack.total), String(startBack.psychosocial), startBack.risk.rawValue),
                indent: 2)
        } else {
            add(strings("summary.startBack.none"), .muted, indent: 2)
        }

        heading("summary.medicationAlerts")
        if assessment.medicationAlerts.isEmpty { add(strings("summary.medicationAlerts.none"), .muted, indent: 2) }
        let alerts = assessment.medicationAlerts.filter { $0.priority == .high }
            + assessment.medicationAlerts.filter { $0.priority != .high }
        for alert in alerts {
            add(strings.alertTitle(alert), alert.priority == .high ? .warning : .text, indent: 2)
            add(strings.alertMessage(alert), indent: 6)
            if let notes = strings.alertNotes(alert, labels: labels) { add(notes, .muted, indent: 6) }
        }

        heading("summary.recommendations")
        if assessment.recommendations.isEmpty { add(strings("summary.recommendations.none"), .muted, indent: 2) }
        var anyCost = false
        for recommendation in assessment.recommendations {
            add(strings.recommendation(recommendation, in: assessment), indent: 2)
            if let cost = recommendation.costEstimate {
                anyCost = true
                add(strings("summary.cost", cost.currency, String(cost.min), String(cost.max),
                            strings("summary.cost." + cost.per.rawValue), cost.service, cost.provider), .muted, indent: 6)
            }
        }
        if anyCost { add(strings("summary.pricesNotice"), .muted, indent: 2) }

        // Unasked red-flag questions are listed under "Red flags" above, not again here.
        let warnings = assessment.warnings.filter { $0.code != .notAsked }
        if !warnings.isEmpty {
            heading("summary.warnings")
            for warning in warnings { add(strings.warning(warning, record: record, definition: definition), .warning, indent: 2) }
        }
        heading("summary.notices")
        for notice in assessment.notices { add(notice.text, notice == .notADiagnosis ? .label : .text, indent: 2) }
        out.append(Line(text: "", role: .text))
        add(strings("summary.end"), .muted)
        return out
    }

    private var heightLossText: String { strings.heightLoss(assessment.heightLossCm) }
}

extension ScreenStrings {
    /// "Urgency: EMERGENCY - get a clinician now", or for an incomplete screen "Urgency: Red-flag
    /// screen not done (3 of 15 questions not asked)": never routine (format spec section 6.1).
    func urgencyBanner(_ assessment: IntakeAssessment) -> String {
        let tier = assessment.urgency == .notScreened
            ? self("summary.banner.not-screened", String(assessment.unaskedRedFlagQuestions.count))
            : self("summary.banner." + assessment.urgency.rawValue)
        return self("summary.banner", tier)
    }

    /// The colour of an urgency: the alert colour for an emergency, the warning colour for urgent and
    /// for a screen not done, `quiet` for routine.
    static func role(of urgency: UrgencyTier, quiet: Role = .text) -> Role {
        switch urgency {
        case .emergency: return .urgent
        case .urgent, .notScreened: return .warning
        case .routine: return quiet
        }
    }

    /// "RF-FX: possible vertebral fracture (URGENT), because sudden onset ...": a red flag with its
    /// name, its tier and its reasons in words.
    func redFlag(_ finding: RedFlagFinding, labels: SheetStrings) -> String {
        let reasons = finding.because.map { labels.value($0.rawValue, of: "reason") }.joined(separator: ", ")
        return self("summary.redFlag", AssessmentText.english.titled(finding.rule), self("urgency." + finding.tier.rawValue),
                    reasons)
    }

    /// "DXA scan: indicated (report as a T-score)"; the rules follow on their own lines.
    func dxa(_ assessment: IntakeAssessment) -> String {
        guard assessment.dxa.indicated else { return self("summary.dxa", self("summary.notIndicated")) }
        let report = self("summary.report", self("summary.report." + assessment.dxa.report.rawValue))
        return self("summary.dxa", self("summary.indicatedReport", report))
    }

    /// "Spine imaging / VFA: indicated"; the rules follow on their own lines.
    func spineImaging(_ assessment: IntakeAssessment) -> String {
        self("summary.spine", self(assessment.spineImaging.indicated ? "summary.indicated" : "summary.notIndicated"))
    }

    /// "[HIGH] MA-BP-RENAL: bisphosphonate with low kidney function".
    func alertTitle(_ alert: MedicationAlert) -> String {
        self("summary.alert", self("summary.priority." + alert.priority.rawValue), AssessmentText.english.titled(alert.rule))
    }

    /// "alendronate: Bisphosphonate below its kidney-function limit ...".
    func alertMessage(_ alert: MedicationAlert) -> String {
        self("summary.alert.message", alert.medication, AssessmentText.english.readableMessage(for: alert))
    }

    /// "Notes: patient wants to stop; last dose more than 7 months ago", or nil without notes.
    func alertNotes(_ alert: MedicationAlert, labels: SheetStrings) -> String? {
        guard !alert.notes.isEmpty else { return nil }
        return self("summary.alert.notes", alert.notes.map { labels["note." + $0.rawValue] }.joined(separator: "; "))
    }

    /// "REC-DXA: DXA bone density scan of hip and lumbar spine, reported as a T-score; ...".
    func recommendation(_ recommendation: RecommendationID, in assessment: IntakeAssessment) -> String {
        self("summary.recommendation", recommendation.rawValue,
             AssessmentText.english.readableText(for: recommendation, report: assessment.dxa.report))
    }

    /// "Height now: 250 cm is unusual (above 205 cm): please confirm": a warning with what it is
    /// about in the questionnaire's words (its JSON Pointer stays in the machine formats).
    func warning(_ warning: Problem, record: IntakeRecord, definition: QuestionnaireDefinition) -> String {
        self("summary.warning", definition.words(forPointer: warning.path, in: record, language: language), warning.message)
    }

    /// "6.00 cm since the tallest adult height; 2.50 cm measured": the summary's height-loss line,
    /// shared by the summary screen and the line-by-line summary.
    func heightLoss(_ loss: HeightLoss) -> String {
        var parts: [String] = []
        if let historical = loss.historical { parts.append(self("summary.heightLoss.historical", historical.description)) }
        if let prospective = loss.prospective { parts.append(self("summary.heightLoss.prospective", prospective.description)) }
        return parts.isEmpty ? self("summary.heightLoss.none") : self("summary.heightLoss", parts.joined(separator: "; "))
    }
}
