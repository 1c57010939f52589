import Assessment
import IntakeReport
import TerminalUI
import PlainText

/// The lines of the summary (Review) screen for an intake's `IntakeReport`, wrapped to a width:
/// urgency banner, red flags with rule IDs and reasons, DXA and spine imaging with their rules, OST,
/// the T-score bar, BMI, height loss, STarT Back, medication alerts, recommendations with cost
/// estimates and the prices notice, warnings, and the notices. The words of findings, warnings,
/// costs and notices are the report's; only the layout and the detail lines are the screen's.
struct SummaryContent {
    struct Line: Hashable {
        var text: String
        var role: Role
    }

    let report: IntakeReport
    let strings: ScreenStrings
    /// Emergency alerts staff acknowledged whose answer was changed afterwards (rule IDs): said
    /// under the red flags, so a lower urgency never hides that an alert was raised.
    var alertsNoLongerApplying: [String] = []

    /// Every line at a width (long texts wrapped with a hanging indent).
    func lines(width: Int) -> [Line] {
        var out: [Line] = []
        func add(_ text: String, _ role: Role = .text, indent: Int = 0) {
            let wrapped = TextWrap.lines(text, width: max(10, width - indent - 2))
            for (index, line) in wrapped.enumerated() {
                out.append(Line(text: String(repeating: " ", count: index == 0 ? indent : indent + 2) + line, role: role))
            }
        }
        func heading(_ text: String) {
            out.append(Line(text: "", role: .text))
            out.append(Line(text: text, role: .label))
        }
        let words = report.text
        let assessment = report.assessment
        add(report.summaryBanner, ScreenStrings.role(of: report.urgency.tier, quiet: .label))

        heading(words[.redFlags])
        if report.redFlags.isEmpty && report.urgency.tier != .notScreened { add(words[.noRedFlags], .muted, indent: 2) }
        for finding in report.redFlags {
            let role: Role = finding.level == .emergency ? .urgent : (finding.level == .urgent ? .warning : .text)
            add(finding.redFlagLine(words), role, indent: 2)
        }
        if !alertsNoLongerApplying.isEmpty {
            add(strings(.screenSummaryAlertNoLongerApplies, ["rules": alertsNoLongerApplying.joined(separator: ", ")]), .warning, indent: 2)
        }
        if !report.unaskedRedFlags.isEmpty {
            add(words[.stillToAsk], .warning, indent: 2)
            for question in report.unaskedRedFlags { add("- " + question, .warning, indent: 4) }
        }

        heading(words[.boneHealth])
        add(words[.dxa] + ": " + report.dxa.text, indent: 2)
        for finding in report.dxa.findings { add(finding.title, indent: 6) }
        add(words[.spineImaging] + ": " + report.spineImaging.text, indent: 2)
        for finding in report.spineImaging.findings { add(finding.title, indent: 6) }
        if let ost = assessment.ost {
            add(strings(.screenSummaryOst, ["index": String(ost.index), "risk": report.text.risk(ost.category)]), indent: 2)
        } else {
            add(strings(.screenSummaryOstNone), indent: 2)
        }
        if let tClass = report.tScoreClass {
            add(strings(.screenSummaryTScore, ["class": tClass]), indent: 2)
        } else if let why = report.tScoreNotClassified {
            add(why, .warning, indent: 2)
        } else {
            add(strings(.screenSummaryTScoreNone), .muted, indent: 2)
        }
        if let zClass = report.zScoreClass { add(strings(.screenSummaryZScore, ["class": zClass]), indent: 2) }
        let bar = TScoreBar(width: min(60, width - 8))
        for (text, role) in bar.lines(value: report.lowestTScore, strings: strings) {
            out.append(Line(text: "    " + text, role: role))
        }
        add(assessment.bmi.map { strings(.screenSummaryBmi, ["bmi": strings.decimal($0.description)]) } ?? strings(.screenSummaryBmiNone), indent: 2)
        add(strings.heightLoss(assessment.heightLossCm), indent: 2)
        if let startBack = assessment.startBack {
            add(strings(.screenSummaryStartBack, ["total": String(startBack.total), "psychosocial": String(startBack.psychosocial), "risk": report.text.risk(startBack.risk)]),
                indent: 2)
        } else if let why = report.startBackNotScored {
            add(why, .warning, indent: 2)
        } else {
            add(strings(.screenSummaryStartBackNone), .muted, indent: 2)
        }

        heading(words[.medicationAlerts])
        if report.medicationAlerts.isEmpty { add(words[.noMedicationAlerts], .muted, indent: 2) }
        for alert in report.medicationAlerts {
            add(alert.alertTitle, alert.level == .high ? .warning : .text, indent: 2)
            add(alert.alertMessage, indent: 6)
            if let notes = alert.alertNotes(words) { add(notes, .muted, indent: 6) }
        }

        heading(words[.recommendations])
        if report.recommendations.isEmpty { add(words[.noRecommendations], .muted, indent: 2) }
        for recommendation in report.recommendations {
            add(recommendation.id + ": " + recommendation.text, indent: 2)
            if let cost = recommendation.costText { add(cost, .muted, indent: 6) }
        }
        if let prices = report.pricesNotice { add(prices, .muted, indent: 2) }

        if !report.warnings.isEmpty {
            heading(words[.warnings])
            for warning in report.warnings { add(warning.text, .warning, indent: 2) }
        }
        heading(words[.notices])
        for notice in report.notices { add(notice.text, notice.id == NoticeID.notADiagnosis.rawValue ? .label : .text, indent: 2) }
        out.append(Line(text: "", role: .text))
        add(strings(.screenSummaryEnd), .muted)
        return out
    }
}

extension IntakeReport {
    /// "Urgency: EMERGENCY - get a clinician now", or for an incomplete screen "Urgency: Red-flag
    /// screen not done (3 of 15 questions not asked)": never routine (format spec section 6.1).
    var summaryBanner: String { text.banner(urgency.tier, unasked: unaskedRedFlags.count) }
}

extension IntakeReport.Finding {
    /// "RF-FX: possible vertebral fracture (URGENT), because sudden onset ...".
    func redFlagLine(_ words: ReportText) -> String {
        "\(title) (\(levelText)), \(words[.because]) \(inputs.joined(separator: ", "))"
    }

    /// "[HIGH] MA-BP-RENAL: bisphosphonate with low kidney function".
    var alertTitle: String { "[\(levelText)] \(title)" }

    /// "alendronate: Bisphosphonate below its kidney-function limit ...".
    var alertMessage: String { inputs.joined(separator: ", ") + ": " + (message ?? "") }

    /// "Notes: patient wants to stop; last dose more than 7 months ago", or nil without notes.
    func alertNotes(_ words: ReportText) -> String? {
        notes.isEmpty ? nil : words[.notes] + ": " + notes.joined(separator: "; ")
    }
}

extension ScreenStrings {
    /// The colour of an urgency: the alert colour for an emergency, the warning colour for urgent and
    /// for a screen not done, `quiet` for routine.
    static func role(of urgency: UrgencyTier, quiet: Role = .text) -> Role {
        switch urgency {
        case .emergency: return .urgent
        case .urgent, .notScreened: return .warning
        case .routine: return quiet
        }
    }

    /// "6.00 cm since the tallest adult height; 2.50 cm measured": the summary's height-loss line,
    /// shared by the summary screen and the line-by-line summary.
    func heightLoss(_ loss: HeightLoss) -> String {
        var parts: [String] = []
        if let historical = loss.historical { parts.append(self(.screenSummaryHeightLossHistorical, ["cm": decimal(historical.description)])) }
        if let prospective = loss.prospective { parts.append(self(.screenSummaryHeightLossProspective, ["cm": decimal(prospective.description)])) }
        return parts.isEmpty ? self(.screenSummaryHeightLossNone) : self(.screenSummaryHeightLoss, ["loss": parts.joined(separator: "; ")])
    }
}
