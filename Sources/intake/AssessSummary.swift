import Assessment
import Questionnaire
import IntakeModel
import IntakeReport
import PlainText

/// The readable summary `intake assess` prints without `--json`: the record's `IntakeReport` in
/// plain lines for a clinician, labels from `AssessSummaryText`. Every line is made safe before it
/// is printed (`Sanitizer`): patient data never drives the terminal.
struct AssessSummary {
    var text: AssessSummaryText = .english

    func render(_ report: IntakeReport, source: String?) -> String {
        let t = text, words = report.text
        let assessment = report.assessment
        var lines = header(id: report.header.recordID, source: source)
        lines.append("\(words[.urgency]): \(report.urgency.text)")
        lines.append("\(words[.redFlags]):")
        if report.redFlags.isEmpty {
            lines.append("  " + words[report.unaskedRedFlags.isEmpty ? .noRedFlags : .noRedFlagsInAsked])
        }
        for flag in report.redFlags {
            lines.append("  \(flag.title) (\(flag.levelText)), \(words[.because]) \(flag.inputs.joined(separator: ", "))")
        }
        if !report.unaskedRedFlags.isEmpty {
            lines.append("  \(words[.stillToAsk])")
            for question in report.unaskedRedFlags { lines.append("    - \(question)") }
        }
        lines.append("\(words[.dxa]): \(report.dxa.text)")
        for finding in report.dxa.findings { lines.append("  \(finding.title)") }
        lines.append("\(words[.spineImaging]): \(report.spineImaging.text)")
        for finding in report.spineImaging.findings { lines.append("  \(finding.title)") }
        if let ost = assessment.ost {
            lines.append("\(t.ost): \(t.ostIndex) \(ost.index), \(t.ostCategories[ost.category] ?? ost.category.rawValue)")
        } else {
            lines.append("\(t.ost): \(t.notApplicable)")
        }
        lines.append("\(t.tScoreClass): \(report.tScoreClass ?? t.notApplicable)")
        lines.append("\(t.zScoreClass): \(report.zScoreClass ?? t.notApplicable)")
        lines.append("\(t.bmi): \(assessment.bmi.map { "\(t.decimal($0.description)) kg/m²" } ?? t.notRecorded)")
        let historical = assessment.heightLossCm.historical.map { "\(t.decimal($0.description)) cm" } ?? t.notRecorded
        let prospective = assessment.heightLossCm.prospective.map { "\(t.decimal($0.description)) cm" } ?? t.notRecorded
        lines.append("\(t.heightLoss): \(t.historical) \(historical), \(t.prospective) \(prospective)")
        lines.append("\(t.startBack): \(assessment.startBack.map(t.startBackLine) ?? t.notGiven)")
        lines.append("\(words[.medicationAlerts]):")
        if report.medicationAlerts.isEmpty { lines.append("  " + words[.noMedicationAlerts]) }
        for alert in report.medicationAlerts {
            lines.append("  [\(alert.levelText)] \(alert.title)")
            var line = "    \(AssessSummary.safe(alert.inputs.joined(separator: ", "))): \(alert.message ?? "")"
            if !alert.notes.isEmpty { line += " (\(words[.notes]): \(alert.notes.joined(separator: "; ")))" }
            lines.append(line)
        }
        lines.append("\(words[.recommendations]):")
        if report.recommendations.isEmpty { lines.append("  " + words[.noRecommendations]) }
        for recommendation in report.recommendations {
            lines.append("  \(recommendation.id): \(recommendation.text)")
            if let cost = recommendation.costText { lines.append("      \(cost)") }
        }
        if let prices = report.pricesNotice { lines.append("  \(prices)") }
        if !report.warnings.isEmpty {
            lines.append("\(words[.warnings]):")
            for warning in report.warnings { lines.append("  \(AssessSummary.safe(warning.text))") }
        }
        lines.append("\(words[.notices]):")
        for notice in report.notices { lines.append("  \(notice.text)") }
        return lines.map(Sanitizer.displayLine).joined(separator: "\n") + "\n\n"
    }

    /// A rejected record: what is wrong, field by field (nothing was assessed).
    func renderRejection(_ errors: [Problem], id: String?, source: String?) -> String {
        var lines = header(id: id, source: source)
        lines.append(text.rejected)
        let definition = QuestionnaireDefinition.intake
        for error in errors {
            // A rejected record has no record to name list entries from: they are said by number.
            let about = definition.words(forPointer: error.path, in: IntakeRecord(), language: text.catalog.language)
            lines.append("  \(AssessSummary.safe(about)): \(AssessSummary.safe(error.message))")
        }
        return lines.map(Sanitizer.displayLine).joined(separator: "\n") + "\n\n"
    }

    private func header(id: String?, source: String?) -> [String] {
        var parts: [String] = []
        if let id { parts.append("\(text.record) \(AssessSummary.safe(id))") }
        if let source { parts.append("\(text.source) \(AssessSummary.safe(source))") }
        return parts.isEmpty ? [] : ["== " + parts.joined(separator: " ") + " =="]
    }

    /// Escape sequences, controls and bidi characters removed (`Sanitizer`): patient data never
    /// drives the terminal or reorders what the clinician reads.
    static func safe(_ text: String) -> String {
        Sanitizer.displayLine(text)
    }
}
