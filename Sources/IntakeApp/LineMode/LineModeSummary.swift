import IntakeReport

/// The summary as plain lines for a screen reader: the intake's `IntakeReport` with the same
/// words, in the same order, as the summary screen (`SummaryContent`), without the drawn T-score bar
/// (its value is said instead) and without key hints.
struct LineModeSummary {
    let report: IntakeReport
    let strings: ScreenStrings
    let lineStrings: LineModeStrings

    var lines: [String] {
        var out: [String] = [strings(.screenSummaryTitle)]
        func heading(_ text: String) { out.append(""); out.append(text) }
        let words = report.text
        let assessment = report.assessment
        out.append(report.summaryBanner)

        heading(words[.redFlags])
        if report.redFlags.isEmpty && report.urgency.tier != .notScreened { out.append(words[.noRedFlags]) }
        for finding in report.redFlags { out.append(finding.redFlagLine(words)) }
        if !report.unaskedRedFlags.isEmpty {
            out.append(words[.stillToAsk])
            for question in report.unaskedRedFlags { out.append("  - " + question) }
        }

        heading(words[.boneHealth])
        out.append(words[.dxa] + ": " + report.dxa.text)
        for finding in report.dxa.findings { out.append("  " + finding.title) }
        out.append(words[.spineImaging] + ": " + report.spineImaging.text)
        for finding in report.spineImaging.findings { out.append("  " + finding.title) }
        out.append(assessment.ost.map { strings(.screenSummaryOst, ["index": String($0.index), "risk": report.text.risk($0.category)]) }
                   ?? strings(.screenSummaryOstNone))
        out.append(report.tScoreClass.map { strings(.screenSummaryTScore, ["class": $0]) }
                   ?? report.tScoreNotClassified ?? strings(.screenSummaryTScoreNone))
        if let lowest = report.lowestTScore {
            out.append(lineStrings(.lineModeSummaryTScoreValue, ["score": strings.decimal(IntakeFieldFactory.numberText(lowest))]))
        }
        if let zClass = report.zScoreClass { out.append(strings(.screenSummaryZScore, ["class": zClass])) }
        out.append(assessment.bmi.map { strings(.screenSummaryBmi, ["bmi": strings.decimal($0.description)]) } ?? strings(.screenSummaryBmiNone))
        out.append(strings.heightLoss(assessment.heightLossCm))
        out.append(assessment.startBack.map {
            strings(.screenSummaryStartBack, ["total": String($0.total), "psychosocial": String($0.psychosocial), "risk": report.text.risk($0.risk)])
        } ?? report.startBackNotScored ?? strings(.screenSummaryStartBackNone))

        heading(words[.medicationAlerts])
        if report.medicationAlerts.isEmpty { out.append(words[.noMedicationAlerts]) }
        for alert in report.medicationAlerts {
            out.append(alert.alertTitle)
            out.append("  " + alert.alertMessage)
            if let notes = alert.alertNotes(words) { out.append("  " + notes) }
        }

        heading(words[.recommendations])
        if report.recommendations.isEmpty { out.append(words[.noRecommendations]) }
        for recommendation in report.recommendations {
            out.append(recommendation.id + ": " + recommendation.text)
            if let cost = recommendation.costText { out.append("  " + cost) }
        }
        if let prices = report.pricesNotice { out.append(prices) }

        if !report.warnings.isEmpty {
            heading(words[.warnings])
            for warning in report.warnings { out.append(warning.text) }
        }
        heading(words[.notices])
        for notice in report.notices { out.append(notice.text) }
        out.append("")
        out.append(lineStrings(.lineModeSummaryEnd))
        return out
    }
}
