import Assessment
import IntakeModel
import IntakeSheet
import Questionnaire
import PlainText

/// The readable summary `intake assess` prints without `--json`: the assessment in plain lines for
/// a clinician, labels from `AssessSummaryText`. Every string that came from the record (id, source,
/// medication names, messages quoting answers) is made safe first (`Sanitizer`).
struct AssessSummary {
    var text: AssessSummaryText = .english
    /// Says what a problem's pointer is about, in the questionnaire's words ("Height now").
    var definition: QuestionnaireDefinition = .intake
    /// Reasons and notes in words, shared with the summary screen and the printed sheet.
    var labels = SheetStrings(language: "en")
    /// Rule names, and the texts of recommendations and alerts as people read them.
    var words: AssessmentText = .english

    func render(_ assessment: IntakeAssessment, record: IntakeRecord, source: String?) -> String {
        let id = record.id
        var lines = header(id: id, source: source)
        let t = text
        let unasked = assessment.unaskedRedFlagQuestions
        let urgency = assessment.urgency == .notScreened
            ? t.notScreened(unasked.count) : t.urgencyNames[assessment.urgency] ?? assessment.urgency.rawValue
        lines.append("\(t.urgency): \(urgency)")
        let noneFound = unasked.isEmpty ? t.noRedFlags : t.noRedFlagsInAsked
        lines.append("\(t.redFlags):" + (assessment.redFlags.isEmpty ? " \(noneFound)" : ""))
        for flag in assessment.redFlags {
            let reasons = flag.because.map { labels.value($0.rawValue, of: "reason") }.joined(separator: ", ")
            lines.append("  \(words.titled(flag.rule)) (\(t.urgencyNames[flag.tier] ?? flag.tier.rawValue)), \(t.because) \(reasons)")
        }
        if !unasked.isEmpty {
            lines.append("  \(t.stillToAsk)")
            for question in unasked { lines.append("    - \(AssessmentText.english.question(question))") }
        }
        let report = t.reports[assessment.dxa.report] ?? assessment.dxa.report.rawValue
        lines.append(assessment.dxa.indicated ? "\(t.dxa): \(t.indicated); \(t.reportAs) \(report)" : "\(t.dxa): \(t.notIndicated)")
        for rule in assessment.dxa.rules { lines.append("  \(words.titled(rule))") }
        lines.append("\(t.spineImaging): \(assessment.spineImaging.indicated ? t.indicated : t.notIndicated)")
        for rule in assessment.spineImaging.rules { lines.append("  \(words.titled(rule))") }
        if let ost = assessment.ost {
            lines.append("\(t.ost): \(t.ostIndex) \(ost.index), \(t.ostCategories[ost.category] ?? ost.category.rawValue)")
        } else {
            lines.append("\(t.ost): \(t.notApplicable)")
        }
        lines.append("\(t.tScoreClass): \(assessment.tScoreClass?.rawValue.replacingHyphens() ?? t.notApplicable)")
        lines.append("\(t.zScoreClass): \(assessment.zScoreClass?.rawValue.replacingHyphens() ?? t.notApplicable)")
        lines.append("\(t.bmi): \(assessment.bmi.map { "\($0) kg/m²" } ?? t.notRecorded)")
        let historical = assessment.heightLossCm.historical.map { "\($0) cm" } ?? t.notRecorded
        let prospective = assessment.heightLossCm.prospective.map { "\($0) cm" } ?? t.notRecorded
        lines.append("\(t.heightLoss): \(t.historical) \(historical), \(t.prospective) \(prospective)")
        lines.append("\(t.startBack): \(assessment.startBack.map(t.startBackLine) ?? t.notGiven)")
        lines.append("\(t.medicationAlerts):" + (assessment.medicationAlerts.isEmpty ? " \(t.none)" : ""))
        for alert in assessment.medicationAlerts {  // the engine lists high priority first
            lines.append("  [\(t.priorities[alert.priority] ?? alert.priority.rawValue)] \(words.titled(alert.rule))")
            var line = "    \(AssessSummary.safe(alert.medication)): \(words.readableMessage(for: alert))"
            if !alert.notes.isEmpty {
                line += " (\(t.notes): \(alert.notes.map { labels["note." + $0.rawValue] }.joined(separator: "; ")))"
            }
            lines.append(line)
        }
        lines.append("\(t.recommendations):" + (assessment.recommendations.isEmpty ? " \(t.none)" : ""))
        var priced = false
        for recommendation in assessment.recommendations {
            lines.append("  \(recommendation.rawValue): \(words.readableText(for: recommendation, report: assessment.dxa.report))")
            if let cost = recommendation.costEstimate {
                lines.append("      \(t.costEstimate(cost))")
                priced = true
            }
        }
        if priced { lines.append("  \(t.pricesChange)") }
        let warnings = assessment.warnings.filter { $0.code != .notAsked }  // listed under red flags
        if !warnings.isEmpty {
            lines.append("\(t.warnings):")
            for warning in warnings { lines.append("  \(problem(warning, in: record))") }
        }
        lines.append("\(t.notices):")
        for notice in assessment.notices { lines.append("  \(notice.text)") }
        return lines.map(Sanitizer.displayLine).joined(separator: "\n") + "\n\n"
    }

    func renderRejection(_ errors: [Problem], id: String?, source: String?) -> String {
        var lines = header(id: id, source: source)
        lines.append(text.rejected)
        for error in errors { lines.append("  \(problem(error, in: IntakeRecord()))") }
        return lines.map(Sanitizer.displayLine).joined(separator: "\n") + "\n\n"
    }

    private func header(id: String?, source: String?) -> [String] {
        var parts: [String] = []
        if let id { parts.append("\(text.record) \(AssessSummary.safe(id))") }
        if let source { parts.append("\(text.source) \(AssessSummary.safe(source))") }
        return parts.isEmpty ? [] : ["== " + parts.joined(separator: " ") + " =="]
    }

    /// "Height now: 250 cm is unusual (above 205 cm): please confirm": what the problem is about in
    /// words (the pointer and the code are for `--json`). A rejected record has no record to name
    /// list entries from: they are said by number.
    private func problem(_ problem: Problem, in record: IntakeRecord) -> String {
        let words = definition.words(forPointer: problem.path, in: record, language: .english)
        return "\(AssessSummary.safe(words)): \(AssessSummary.safe(problem.message))"
    }

    /// Escape sequences, controls and bidi characters removed (`Sanitizer`): patient data never
    /// drives the terminal or reorders what the clinician reads.
    static func safe(_ text: String) -> String {
        Sanitizer.displayLine(text)
    }
}

private extension String {
    func replacingHyphens() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
