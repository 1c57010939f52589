import Assessment
import IntakeModel
import IntakeSheet
import Questionnaire

/// The summary as plain lines for a screen reader: the same facts and words as the summary screen
/// (`ScreenStrings`), in the same order, without the drawn T-score bar (its value is said instead)
/// and without key hints. Urgency, red flags with rule IDs and reasons, DXA and spine imaging with
/// their rules, OST, T-score class, BMI, height loss, STarT Back, medication alerts (high first),
/// recommendations with cost estimates and the prices notice, warnings, and the notices (among
/// them not-a-diagnosis).
struct LineModeSummary {
    let assessment: IntakeAssessment
    let record: IntakeRecord
    let strings: ScreenStrings
    let lineStrings: LineModeStrings
    let labels: SheetStrings
    let definition: QuestionnaireDefinition

    init(assessment: IntakeAssessment, record: IntakeRecord, strings: ScreenStrings, lineStrings: LineModeStrings,
         definition: QuestionnaireDefinition = .intake) {
        self.assessment = assessment
        self.record = record
        self.strings = strings
        self.lineStrings = lineStrings
        self.labels = SheetStrings(language: strings.language.rawValue)
        self.definition = definition
    }

    var lines: [String] {
        var out: [String] = [strings("summary.title")]
        func heading(_ key: String) { out.append(""); out.append(strings(key)) }
        out.append(strings.urgencyBanner(assessment))

        heading("summary.redFlags")
        if assessment.redFlags.isEmpty && assessment.urgency != .notScreened { out.append(strings("summary.redFlags.none")) }
        for finding in assessment.redFlags {
            out.append(strings.redFlag(finding, labels: labels))
        }
        let unasked = assessment.unaskedRedFlagQuestions
        if !unasked.isEmpty {
            out.append(strings("summary.redFlags.stillToAsk"))
            for question in unasked { out.append("  - " + AssessmentText.english.question(question)) }
        }

        heading("summary.boneHealth")
        out.append(strings.dxa(assessment))
        for rule in assessment.dxa.rules { out.append("  " + AssessmentText.english.titled(rule)) }
        out.append(strings.spineImaging(assessment))
        for rule in assessment.spineImaging.rules { out.append("  " + AssessmentText.english.titled(rule)) }
        out.append(assessment.ost.map { strings("summary.ost", String($0.index), $0.category.rawValue) }
                   ?? strings("summary.ost.none"))
        out.append(assessment.tScoreClass.map { strings("summary.tScore", strings("summary.band." + $0.rawValue)) }
                   ?? strings("summary.tScore.none"))
        if let lowest = record.boneDensity?.lowestTScore {
            out.append(lineStrings("summary.tScoreValue", IntakeFieldFactory.numberText(lowest)))
        }
        if let zClass = assessment.zScoreClass { out.append(strings("summary.zScore", zClass.rawValue)) }
        out.append(assessment.bmi.map { strings("summary.bmi", $0.description) } ?? strings("summary.bmi.none"))
        out.append(heightLossText)
        out.append(assessment.startBack.map {
            strings("summary.startBack", String($0.total), String($0.psychosocial), $0.risk.rawValue)
        } ?? strings("summary.startBack.none"))

        heading("summary.medicationAlerts")
        if assessment.medicationAlerts.isEmpty { out.append(strings("summary.medicationAlerts.none")) }
        let alerts = assessment.medicationAlerts.filter { $0.priority == .high }
            + assessment.medicationAlerts.filter { $0.priority != .high }
        for alert in alerts {
            out.append(strings.alertTitle(alert))
            out.append("  " + strings.alertMessage(alert))
            if let notes = strings.alertNotes(alert, labels: labels) { out.append("  " + notes) }
        }

        heading("summary.recommendations")
        if assessment.recommendations.isEmpty { out.append(strings("summary.recommendations.none")) }
        var anyCost = false
        for recommendation in assessment.recommendations {
            out.append(strings.recommendation(recommendation, in: assessment))
            if let cost = recommendation.costEstimate {
                anyCost = true
                out.append("  " + strings("summary.cost", cost.currency, String(cost.min), String(cost.max),
                                          strings("summary.cost." + cost.per.rawValue), cost.service, cost.provider))
            }
        }
        if anyCost { out.append(strings("summary.pricesNotice")) }

        let warnings = assessment.warnings.filter { $0.code != .notAsked }  // listed under "Red flags"
        if !warnings.isEmpty {
            heading("summary.warnings")
            for warning in warnings { out.append(strings.warning(warning, record: record, definition: definition)) }
        }
        heading("summary.notices")
        for notice in assessment.notices { out.append(notice.text) }
        out.append("")
        out.append(lineStrings("summary.end"))
        return out
    }

    private var heightLossText: String { strings.heightLoss(assessment.heightLossCm) }
}
