import Catalog
import Assessment
import IntakeModel
import IntakeReport

extension SheetBuilder {
    // MARK: assessment, recommendations, alerts (the report's words)

    func assessmentSection() -> SheetSection {
        // Indicated: the rules that say so (REC-DXA above says how the scan is reported), to keep
        // the assessment on page 2 with the staff review.
        func rules(_ indication: IntakeReport.Indication) -> String {
            guard !indication.findings.isEmpty else { return indication.text }
            return indication.findings.map(\.title).joined(separator: "; ")
        }
        var fields = [SheetField(strings(.sheetFieldDxa), rules(report.dxa)),
                      SheetField(strings(.sheetFieldSpine), rules(report.spineImaging)),
                      SheetField(strings(.sheetFieldOst), report.assessment.ost.map {
                          strings(.sheetValueOst, ["index": String($0.index), "risk": report.text.risk($0.category)])
                      } ?? strings(.sheetValueNotApplicable))]
        // Questions not asked are listed in the urgency box and under the red-flag screen already.
        if !report.warnings.isEmpty {
            fields.append(SheetField(report.text[.warnings], report.warnings.map { clean($0.text) ?? "" }.joined(separator: "; ")))
        }
        let notices = report.notices.filter { $0.id != NoticeID.notADiagnosis.rawValue }.map(\.text)
        if !notices.isEmpty { fields.append(SheetField(report.text[.notices], notices.joined(separator: " "))) }
        return SheetSection(title: strings(.sheetSectionAssessment), blocks: [.fields(fields)])
    }

    func recommendations() -> SheetSection {
        guard !report.recommendations.isEmpty else {
            return SheetSection(title: strings(.sheetSectionRecommendations), blocks: [.paragraph(report.text[.noRecommendations])])
        }
        // Each with its cost estimate, so that page 1 says what to arrange and what it costs; the
        // reference prices further on have the whole table.
        let findings = report.recommendations.map { recommendation in
            SheetFinding(tag: recommendation.id, text: [recommendation.text, recommendation.costText].compactMap { $0 }.joined(separator: " "))
        }
        return SheetSection(title: strings(.sheetSectionRecommendations), blocks: [.findings(findings)])
    }

    func alerts() -> SheetSection {
        guard !report.medicationAlerts.isEmpty else {
            return SheetSection(title: strings(.sheetSectionAlerts), blocks: [.paragraph(report.text[.noMedicationAlerts])])
        }
        let findings = report.medicationAlerts.map { alert -> SheetFinding in
            var text = strings(.sheetValueAlert, ["level": alert.levelText, "name": alert.reason, "medicines": clean(alert.inputs.joined(separator: ", ")) ?? "", "message": alert.message ?? ""])
            if !alert.notes.isEmpty {
                text += " " + report.text[.notes] + ": " + alert.notes.joined(separator: "; ") + "."
            }
            return SheetFinding(tag: alert.rule, text: text, emphasised: alert.level == .high)
        }
        return SheetSection(title: strings(.sheetSectionAlerts), blocks: [.findings(findings)])
    }

    // MARK: reference prices

    /// The whole seed price table (format spec 6.8) as reference prices, the rows of the
    /// recommendations given to this patient marked, with the notice that prices change.
    func prices() -> SheetSection {
        let rows = report.priceTable.map { row -> [String] in
            [row.recommended ? strings(.sheetPricesMark) : "", row.service, row.provider, row.price]
        }
        let headers = ["", strings(.sheetPricesService), strings(.sheetPricesProvider), strings(.sheetPricesPrice)]
        let marked = report.priceTable.filter(\.recommended).map(\.id)
        let legend = marked.isEmpty ? strings(.sheetPricesNoneRecommended)
            : strings(.sheetPricesLegend, ["marker": strings(.sheetPricesMark), "meaning": marked.joined(separator: "; ")])
        return SheetSection(title: strings(.sheetSectionPrices), blocks: [
            .table(headers: headers, widths: [2, 29, 23, 26], rows: rows),
            .paragraph(legend + " " + report.text.pricesNotice),
        ])
    }

    // MARK: staff review

    func review() -> SheetSection {
        guard let signature = context.signature else {
            return SheetSection(title: strings(.sheetSectionReview), blocks: [
                .signatureLines([TextKey.sheetReviewReviewer, .sheetReviewSignature, .sheetReviewDate, .sheetReviewComments].map { strings($0) }),
            ])
        }
        let when = SheetFormat.dateAndTime(signature.signedAt, in: context.timeZone)
        return SheetSection(title: strings(.sheetSectionReview), blocks: [
            .paragraph(strings(.sheetReviewSignedBy, ["name": clean(signature.name) ?? strings(.sheetUnknown), "date": when.date, "time": when.time])),
            .signatureLines([strings(.sheetReviewComments)]),
        ])
    }
}
