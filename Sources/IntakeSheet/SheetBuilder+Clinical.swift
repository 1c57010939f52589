import Catalog
import Assessment
import IntakeModel
import IntakeReport

extension SheetBuilder {
    // MARK: symptoms

    func symptoms() -> SheetSection? {
        guard let symptoms = record.symptoms else { return nil }
        var fields: [SheetField] = []
        if let start = symptoms.startDate {
            let days = record.visitDate.map { start.days(until: $0) }
            fields.append(SheetField(strings(.sheetFieldStarted), days.map {
                strings(.sheetValueStartedDate, ["date": start.description, "days": strings.counted(.sheetValueDays, one: .sheetValueDaysOne, String($0))])
            } ?? start.description))
        } else if let daysAgo = symptoms.daysAgo {
            fields.append(SheetField(strings(.sheetFieldStarted), strings(.sheetValueStartedDays, ["days": strings.counted(.sheetValueDays, one: .sheetValueDaysOne, String(daysAgo))])))
        }
        fields.append(SheetField(strings(.sheetFieldOnset), "\(value(symptoms.onset?.rawValue, "onset")) / \(value(symptoms.trigger?.rawValue, "trigger"))"))
        if let score = symptoms.painScore {
            let clamped = min(max(score, 0), 10)
            let bar = "[" + String(repeating: "#", count: clamped) + String(repeating: ".", count: 10 - clamped) + "]"
            fields.append(SheetField(strings(.sheetFieldPain), strings(.sheetValuePain, ["score": String(score), "words": bar])))
        }
        if let locations = symptoms.locations {
            fields.append(SheetField(strings(.sheetFieldLocations), list(locations.map { strings.value($0.rawValue, of: "location") })))
        }
        if let radiation = symptoms.radiation { fields.append(SheetField(strings(.sheetFieldRadiation), value(radiation.rawValue, "radiation"))) }
        if let numbness = symptoms.numbness { fields.append(SheetField(strings(.sheetFieldNumbness), value(numbness.rawValue, "numbness"))) }
        if let worse = symptoms.worsenedBy {
            fields.append(SheetField(strings(.sheetFieldWorse), list(worse.map { strings.value($0.rawValue, of: "aggravator") })))
        }
        if let better = symptoms.relievedBy {
            fields.append(SheetField(strings(.sheetFieldBetter), better.isEmpty ? strings(.sheetValueNothingHelps)
                                     : list(better.map { strings.value($0.rawValue, of: "reliever") })))
        }
        if let night = symptoms.nightPain { fields.append(SheetField(strings(.sheetFieldNightPain), value(night.rawValue, "nightPain"))) }
        let flags: [(Bool?, String)] = [
            (symptoms.noticedHeightLoss, "noticedHeightLoss"), (symptoms.postureChange, "postureChange"),
            (symptoms.breathingDifficulty, "breathingDifficulty"), (symptoms.balanceProblems, "balanceProblems"),
            (symptoms.fatigue, "fatigue"), (symptoms.newThighOrGroinPain, "newThighOrGroinPain"),
            (symptoms.cannotStayUpright30Min, "cannotStayUpright30Min"),
        ]
        let reported = flags.filter { $0.0 == true }.map { strings.value($0.1, of: "symptom") }
        if !reported.isEmpty { fields.append(SheetField(strings(.sheetFieldOtherSymptoms), reported.joined(separator: "; "))) }
        if let mobility = symptoms.mobility { fields.append(SheetField(strings(.sheetFieldMobility), value(mobility.rawValue, "mobility"))) }
        return SheetSection(title: strings(.sheetSectionSymptoms), blocks: [
            .fieldsBesideBackMap(fields, SheetBackMap(painful: symptoms.locations ?? [], radiation: symptoms.radiation)),
        ])
    }

    // MARK: red-flag screen

    func redFlagScreen() -> SheetSection? {
        // Printed even when nothing was answered: "Not asked" then lists all fifteen questions.
        let flags = record.redFlags ?? RedFlags()
        let yes = RedFlagQuestion.allCases.filter { $0.answer(in: flags) == true }.map(AssessmentText(language: strings.language).question)
        var fields = [SheetField(strings(.sheetFieldAnsweredYes), list(yes))]
        if let temperature = flags.temperature {
            var text = "\(strings.decimal(SheetFormat.number(temperature.value))) °\(temperature.unit.rawValue)"
            if temperature.unit == .fahrenheit, let tenths = temperature.celsiusTenths {
                text += " (\(strings.decimal(SheetFormat.number(Double(tenths) / 10))) °C)"
            }
            fields.append(SheetField(strings(.sheetFieldTemperature), text))
        }
        let notAsked = RedFlagQuestion.allCases.filter { $0.answer(in: flags) == nil }.map(AssessmentText(language: strings.language).question)
        if !notAsked.isEmpty { fields.append(SheetField(strings(.sheetFieldNotAsked), notAsked.joined(separator: "; "))) }
        return SheetSection(title: strings(.sheetSectionRedFlagScreen), blocks: [.fields(fields)])
    }

    // MARK: bone density and labs

    func boneDensity() -> SheetSection {
        var fields: [SheetField] = []
        let density = record.boneDensity
        if let t = density?.lowestTScore { fields.append(SheetField(strings(.sheetFieldTScore), strings.decimal(SheetFormat.score(t)))) }
        if let z = density?.lowestZScore { fields.append(SheetField(strings(.sheetFieldZScore), strings.decimal(SheetFormat.score(z)))) }
        if density?.site != nil || density?.date != nil {
            fields.append(SheetField(strings(.sheetFieldScan), strings(.sheetValueScan, ["site": value(density?.site?.rawValue, "site"), "date": density?.date?.description ?? strings(.sheetUnknown)])))
        }
        if let tClass = report.tScoreClass { fields.append(SheetField(strings(.sheetFieldTClass), tClass)) }
        if let zClass = report.zScoreClass { fields.append(SheetField(strings(.sheetFieldZClass), zClass)) }
        if let labs = record.labs {
            var kidney: [String] = []
            if let egfr = labs.egfr { kidney.append(strings(.sheetValueEgfr, ["value": strings.decimal(SheetFormat.number(egfr))])) }
            if let crcl = labs.creatinineClearance { kidney.append(strings(.sheetValueCrcl, ["value": strings.decimal(SheetFormat.number(crcl))])) }
            if labs.dialysis == true { kidney.append(strings(.sheetValueDialysis)) }
            if !kidney.isEmpty { fields.append(SheetField(strings(.sheetFieldKidney), kidney.joined(separator: "; "))) }
            let findings: [(Bool?, String)] = [(labs.hypocalcaemia, "hypocalcaemia"), (labs.vitaminDDeficient, "vitaminDDeficient"),
                                              (labs.tshSuppressed, "tshSuppressed"), (labs.alpRaisedUnexplained, "alpRaisedUnexplained")]
            let positive = findings.filter { $0.0 == true }.map { strings.value($0.1, of: "lab") }
            if findings.contains(where: { $0.0 != nil }) { fields.append(SheetField(strings(.sheetFieldLabFindings), list(positive))) }
        }
        var blocks: [SheetBlock] = fields.isEmpty ? [.paragraph(strings(.sheetBoneDensityNone))] : [.fields(fields)]
        blocks.append(.tScoreBar(SheetTScoreBar(score: density?.lowestTScore)))
        if report.assessment.dxa.report == .zScore { blocks.append(.paragraph(strings(.sheetValueTScoreNotApplicable))) }
        return SheetSection(title: strings(.sheetSectionBoneDensity), blocks: blocks)
    }

    // MARK: STarT Back

    func startBack() -> SheetSection {
        guard let answers = record.startBack else {
            return SheetSection(title: strings(.sheetSectionStartBack), blocks: [.paragraph(strings(.sheetStartBackNotGiven))])
        }
        var fields: [SheetField] = []
        if let score = report.assessment.startBack {
            fields.append(SheetField(strings(.sheetFieldStartBackScore), strings(.sheetValueStartBack, ["total": String(score.total), "psychosocial": String(score.psychosocial), "risk": strings.value(score.risk.rawValue, of: "risk")])))
        }
        let items = [answers.item1, answers.item2, answers.item3, answers.item4, answers.item5, answers.item6, answers.item7, answers.item8]
        let agreed = items.enumerated().filter { $0.element == true }.map { String($0.offset + 1) }
        fields.append(SheetField(strings(.sheetFieldAgreed), list(agreed)))
        fields.append(SheetField(strings(.sheetFieldBothersome), value(answers.item9?.rawValue, "bothersomeness")))
        return SheetSection(title: strings(.sheetSectionStartBack), blocks: [.fields(fields)])
    }

    // MARK: assessment, recommendations, alerts (the report's words)

    func assessmentSection() -> SheetSection? {
        // Indicated: the rules that say so (REC-DXA above says how the scan is reported), to keep
        // the assessment on page 2 with the staff review.
        func rules(_ indication: IntakeReport.Indication) -> String {
            guard !indication.findings.isEmpty else { return indication.text }
            return indication.findings.map(\.title).joined(separator: "; ")
        }
        var fields = [SheetField(strings(.sheetFieldDxa), rules(report.dxa)),
                      SheetField(strings(.sheetFieldSpine), rules(report.spineImaging)),
                      SheetField(strings(.sheetFieldOst), report.assessment.ost.map {
                          strings(.sheetValueOst, ["index": String($0.index), "risk": strings.value($0.category.rawValue, of: "risk")])
                      } ?? strings(.sheetValueNotApplicable))]
        // Questions not asked are listed in the urgency box and under the red-flag screen already.
        if !report.warnings.isEmpty {
            fields.append(SheetField(report.text[.warnings], report.warnings.map { clean($0.text) ?? "" }.joined(separator: "; ")))
        }
        let notices = report.notices.filter { $0.id != NoticeID.notADiagnosis.rawValue }.map(\.text)
        if !notices.isEmpty { fields.append(SheetField(report.text[.notices], notices.joined(separator: " "))) }
        return SheetSection(title: strings(.sheetSectionAssessment), blocks: [.fields(fields)])
    }

    func recommendations() -> SheetSection? {
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

    func alerts() -> SheetSection? {
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
