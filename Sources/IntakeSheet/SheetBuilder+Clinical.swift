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
            fields.append(SheetField(strings["field.started"], days.map {
                strings.format("value.started.date", start.description, strings.counted("value.days", String($0)))
            } ?? start.description))
        } else if let daysAgo = symptoms.daysAgo {
            fields.append(SheetField(strings["field.started"], strings.format("value.started.days", strings.counted("value.days", String(daysAgo)))))
        }
        fields.append(SheetField(strings["field.onset"], "\(value(symptoms.onset?.rawValue, "onset")) / \(value(symptoms.trigger?.rawValue, "trigger"))"))
        if let score = symptoms.painScore {
            let clamped = min(max(score, 0), 10)
            let bar = "[" + String(repeating: "#", count: clamped) + String(repeating: ".", count: 10 - clamped) + "]"
            fields.append(SheetField(strings["field.pain"], strings.format("value.pain", String(score), bar)))
        }
        if let locations = symptoms.locations {
            fields.append(SheetField(strings["field.locations"], list(locations.map { strings.value($0.rawValue, of: "location") })))
        }
        if let radiation = symptoms.radiation { fields.append(SheetField(strings["field.radiation"], value(radiation.rawValue, "radiation"))) }
        if let numbness = symptoms.numbness { fields.append(SheetField(strings["field.numbness"], value(numbness.rawValue, "numbness"))) }
        if let worse = symptoms.worsenedBy {
            fields.append(SheetField(strings["field.worse"], list(worse.map { strings.value($0.rawValue, of: "aggravator") })))
        }
        if let better = symptoms.relievedBy {
            fields.append(SheetField(strings["field.better"], better.isEmpty ? strings["value.nothingHelps"]
                                     : list(better.map { strings.value($0.rawValue, of: "reliever") })))
        }
        if let night = symptoms.nightPain { fields.append(SheetField(strings["field.nightPain"], value(night.rawValue, "nightPain"))) }
        let flags: [(Bool?, String)] = [
            (symptoms.noticedHeightLoss, "noticedHeightLoss"), (symptoms.postureChange, "postureChange"),
            (symptoms.breathingDifficulty, "breathingDifficulty"), (symptoms.balanceProblems, "balanceProblems"),
            (symptoms.fatigue, "fatigue"), (symptoms.newThighOrGroinPain, "newThighOrGroinPain"),
            (symptoms.cannotStayUpright30Min, "cannotStayUpright30Min"),
        ]
        let reported = flags.filter { $0.0 == true }.map { strings["symptom.\($0.1)"] }
        if !reported.isEmpty { fields.append(SheetField(strings["field.otherSymptoms"], reported.joined(separator: "; "))) }
        if let mobility = symptoms.mobility { fields.append(SheetField(strings["field.mobility"], value(mobility.rawValue, "mobility"))) }
        return SheetSection(title: strings["section.symptoms"], blocks: [
            .fieldsBesideBackMap(fields, SheetBackMap(painful: symptoms.locations ?? [], radiation: symptoms.radiation)),
        ])
    }

    // MARK: red-flag screen

    func redFlagScreen() -> SheetSection? {
        // Printed even when nothing was answered: "Not asked" then lists all fifteen questions.
        let flags = record.redFlags ?? RedFlags()
        let yes = RedFlagQuestion.allCases.filter { $0.answer(in: flags) == true }.map(AssessmentText.english.question)
        var fields = [SheetField(strings["field.answeredYes"], list(yes))]
        if let temperature = flags.temperature {
            var text = "\(SheetFormat.number(temperature.value)) °\(temperature.unit.rawValue)"
            if temperature.unit == .fahrenheit, let tenths = temperature.celsiusTenths {
                text += " (\(SheetFormat.number(Double(tenths) / 10)) °C)"
            }
            fields.append(SheetField(strings["field.temperature"], text))
        }
        let notAsked = RedFlagQuestion.allCases.filter { $0.answer(in: flags) == nil }.map(AssessmentText.english.question)
        if !notAsked.isEmpty { fields.append(SheetField(strings["field.notAsked"], notAsked.joined(separator: "; "))) }
        return SheetSection(title: strings["section.redFlagScreen"], blocks: [.fields(fields)])
    }

    // MARK: bone density and labs

    func boneDensity() -> SheetSection {
        var fields: [SheetField] = []
        let density = record.boneDensity
        if let t = density?.lowestTScore { fields.append(SheetField(strings["field.tScore"], SheetFormat.score(t))) }
        if let z = density?.lowestZScore { fields.append(SheetField(strings["field.zScore"], SheetFormat.score(z))) }
        if density?.site != nil || density?.date != nil {
            fields.append(SheetField(strings["field.scan"], strings.format("value.scan", value(density?.site?.rawValue, "site"),
                                                                             density?.date?.description ?? strings["unknown"])))
        }
        if let tClass = report.tScoreClass { fields.append(SheetField(strings["field.tClass"], tClass)) }
        if let zClass = report.zScoreClass { fields.append(SheetField(strings["field.zClass"], zClass)) }
        if let labs = record.labs {
            var kidney: [String] = []
            if let egfr = labs.egfr { kidney.append(strings.format("value.egfr", SheetFormat.number(egfr))) }
            if let crcl = labs.creatinineClearance { kidney.append(strings.format("value.crcl", SheetFormat.number(crcl))) }
            if labs.dialysis == true { kidney.append(strings["value.dialysis"]) }
            if !kidney.isEmpty { fields.append(SheetField(strings["field.kidney"], kidney.joined(separator: "; "))) }
            let findings: [(Bool?, String)] = [(labs.hypocalcaemia, "hypocalcaemia"), (labs.vitaminDDeficient, "vitaminDDeficient"),
                                              (labs.tshSuppressed, "tshSuppressed"), (labs.alpRaisedUnexplained, "alpRaisedUnexplained")]
            let positive = findings.filter { $0.0 == true }.map { strings["lab.\($0.1)"] }
            if findings.contains(where: { $0.0 != nil }) { fields.append(SheetField(strings["field.labFindings"], list(positive))) }
        }
        var blocks: [SheetBlock] = fields.isEmpty ? [.paragraph(strings["boneDensity.none"])] : [.fields(fields)]
        blocks.append(.tScoreBar(SheetTScoreBar(score: density?.lowestTScore)))
        if report.assessment.dxa.report == .zScore { blocks.append(.paragraph(strings["value.tScoreNotApplicable"])) }
        return SheetSection(title: strings["section.boneDensity"], blocks: blocks)
    }

    // MARK: STarT Back

    func startBack() -> SheetSection {
        guard let answers = record.startBack else {
            return SheetSection(title: strings["section.startBack"], blocks: [.paragraph(strings["startBack.notGiven"])])
        }
        var fields: [SheetField] = []
        if let score = report.assessment.startBack {
            fields.append(SheetField(strings["field.startBackScore"], strings.format("value.startBack", String(score.total), String(score.psychosocial),
                                                                                       strings.value(score.risk.rawValue, of: "risk"))))
        }
        let items = [answers.item1, answers.item2, answers.item3, answers.item4, answers.item5, answers.item6, answers.item7, answers.item8]
        let agreed = items.enumerated().filter { $0.element == true }.map { String($0.offset + 1) }
        fields.append(SheetField(strings["field.agreed"], list(agreed)))
        fields.append(SheetField(strings["field.bothersome"], value(answers.item9?.rawValue, "bothersomeness")))
        return SheetSection(title: strings["section.startBack"], blocks: [.fields(fields)])
    }

    // MARK: assessment, recommendations, alerts (the report's words)

    func assessmentSection() -> SheetSection? {
        // Indicated: the rules that say so (REC-DXA above says how the scan is reported), to keep
        // the assessment on page 2 with the staff review.
        func rules(_ indication: IntakeReport.Indication) -> String {
            guard !indication.findings.isEmpty else { return indication.text }
            return indication.findings.map(\.title).joined(separator: "; ")
        }
        var fields = [SheetField(strings["field.dxa"], rules(report.dxa)),
                      SheetField(strings["field.spine"], rules(report.spineImaging)),
                      SheetField(strings["field.ost"], report.assessment.ost.map {
                          strings.format("value.ost", String($0.index), strings.value($0.category.rawValue, of: "risk"))
                      } ?? strings["value.notApplicable"])]
        // Questions not asked are listed in the urgency box and under the red-flag screen already.
        if !report.warnings.isEmpty {
            fields.append(SheetField(report.text[.warnings], report.warnings.map { clean($0.text) ?? "" }.joined(separator: "; ")))
        }
        let notices = report.notices.filter { $0.id != NoticeID.notADiagnosis.rawValue }.map(\.text)
        if !notices.isEmpty { fields.append(SheetField(report.text[.notices], notices.joined(separator: " "))) }
        return SheetSection(title: strings["section.assessment"], blocks: [.fields(fields)])
    }

    func recommendations() -> SheetSection? {
        guard !report.recommendations.isEmpty else {
            return SheetSection(title: strings["section.recommendations"], blocks: [.paragraph(report.text[.noRecommendations])])
        }
        // Each with its cost estimate, so that page 1 says what to arrange and what it costs; the
        // reference prices further on have the whole table.
        let findings = report.recommendations.map { recommendation in
            SheetFinding(tag: recommendation.id, text: [recommendation.text, recommendation.costText].compactMap { $0 }.joined(separator: " "))
        }
        return SheetSection(title: strings["section.recommendations"], blocks: [.findings(findings)])
    }

    func alerts() -> SheetSection? {
        guard !report.medicationAlerts.isEmpty else {
            return SheetSection(title: strings["section.alerts"], blocks: [.paragraph(report.text[.noMedicationAlerts])])
        }
        let findings = report.medicationAlerts.map { alert -> SheetFinding in
            var text = strings.format("value.alert", alert.levelText, alert.reason,
                                      clean(alert.inputs.joined(separator: ", ")) ?? "", alert.message ?? "")
            if !alert.notes.isEmpty {
                text += " " + report.text[.notes] + ": " + alert.notes.joined(separator: "; ") + "."
            }
            return SheetFinding(tag: alert.rule, text: text, emphasised: alert.level == .high)
        }
        return SheetSection(title: strings["section.alerts"], blocks: [.findings(findings)])
    }

    // MARK: reference prices

    /// The whole seed price table (format spec 6.8) as reference prices, the rows of the
    /// recommendations given to this patient marked, with the notice that prices change.
    func prices() -> SheetSection {
        let rows = report.priceTable.map { row -> [String] in
            [row.recommended ? strings["prices.mark"] : "", row.cost.service, row.cost.provider, row.price]
        }
        let headers = ["", strings["prices.service"], strings["prices.provider"], strings["prices.price"]]
        let marked = report.priceTable.filter(\.recommended).map(\.id)
        let legend = marked.isEmpty ? strings["prices.noneRecommended"]
            : strings.format("prices.legend", strings["prices.mark"], marked.joined(separator: "; "))
        return SheetSection(title: strings["section.prices"], blocks: [
            .table(headers: headers, widths: [2, 29, 23, 26], rows: rows),
            .paragraph(legend + " " + report.text.pricesNotice),
        ])
    }

    // MARK: staff review

    func review() -> SheetSection {
        guard let signature = context.signature else {
            return SheetSection(title: strings["section.review"], blocks: [
                .signatureLines(["review.reviewer", "review.signature", "review.date", "review.comments"].map { strings[$0] }),
            ])
        }
        let when = SheetFormat.dateAndTime(signature.signedAt, in: context.timeZone)
        return SheetSection(title: strings["section.review"], blocks: [
            .paragraph(strings.format("review.signedBy", clean(signature.name) ?? strings["unknown"], when.date, when.time)),
            .signatureLines([strings["review.comments"]]),
        ])
    }
}
