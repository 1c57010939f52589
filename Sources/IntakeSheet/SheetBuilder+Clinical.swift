import IntakeModel

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
        let answers = redFlagAnswers(flags)
        let yes = answers.filter { $0.1 == true }.map { strings.value($0.0, of: "reason") }
        let notAsked = notAskedRedFlags()
        var fields = [SheetField(strings["field.answeredYes"], list(yes))]
        if let temperature = flags.temperature {
            var text = "\(SheetFormat.number(temperature.value)) °\(temperature.unit.rawValue)"
            if temperature.unit == .fahrenheit, let tenths = temperature.celsiusTenths {
                text += " (\(SheetFormat.number(Double(tenths) / 10)) °C)"
            }
            fields.append(SheetField(strings["field.temperature"], text))
        }
        if !notAsked.isEmpty { fields.append(SheetField(strings["field.notAsked"], notAsked.joined(separator: "; "))) }
        return SheetSection(title: strings["section.redFlagScreen"], blocks: [.fields(fields)])
    }

    /// The fifteen questions of the screen (`RedFlagQuestion`, format spec 3.6) with their answers,
    /// each under the code its label has in the sheet's table ("saddle-numbness").
    private func redFlagAnswers(_ flags: RedFlags) -> [(String, Bool?)] {
        RedFlagQuestion.allCases.map { (Self.labelCode(of: $0), $0.answer(in: flags)) }
    }

    /// "ivDrugUse" -> "iv-drug-use".
    private static func labelCode(of question: RedFlagQuestion) -> String {
        question.rawValue.reduce(into: "") { code, character in
            if character.isUppercase { code += "-" + character.lowercased() } else { code.append(character) }
        }
    }

    /// The red-flag questions not asked, in words, in the format's order.
    func notAskedRedFlags() -> [String] {
        redFlagAnswers(record.redFlags ?? RedFlags()).filter { $0.1 == nil }.map { strings.value($0.0, of: "reason") }
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
        if let tClass = assessment?.tScoreClass { fields.append(SheetField(strings["field.tClass"], strings.value(tClass, of: "class"))) }
        if let zClass = assessment?.zScoreClass { fields.append(SheetField(strings["field.zClass"], strings.value(zClass, of: "class"))) }
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
        if assessment?.dxa?.report == "z-score" { blocks.append(.paragraph(strings["value.tScoreNotApplicable"])) }
        return SheetSection(title: strings["section.boneDensity"], blocks: blocks)
    }

    // MARK: STarT Back

    func startBack() -> SheetSection {
        guard let answers = record.startBack else {
            return SheetSection(title: strings["section.startBack"], blocks: [.paragraph(strings["startBack.notGiven"])])
        }
        var fields: [SheetField] = []
        if let score = assessment?.startBack {
            fields.append(SheetField(strings["field.startBackScore"], strings.format("value.startBack", String(score.total), String(score.psychosocial),
                                                                                       strings.value(score.risk, of: "risk"))))
        }
        let items = [answers.item1, answers.item2, answers.item3, answers.item4, answers.item5, answers.item6, answers.item7, answers.item8]
        let agreed = items.enumerated().filter { $0.element == true }.map { String($0.offset + 1) }
        fields.append(SheetField(strings["field.agreed"], list(agreed)))
        fields.append(SheetField(strings["field.bothersome"], value(answers.item9?.rawValue, "bothersomeness")))
        return SheetSection(title: strings["section.startBack"], blocks: [.fields(fields)])
    }

    // MARK: assessment, recommendations, alerts

    func assessmentSection() -> SheetSection? {
        guard let assessment else { return nil }
        func rules(_ set: SheetAssessment.RuleSet?) -> String {
            guard let set else { return strings["unknown"] }
            var text = set.indicated ? strings.format("value.indicated", set.rules.map(named).joined(separator: "; ")) : strings["value.notIndicated"]
            if let report = set.report { text += strings.format("value.report", strings.value(report, of: "report")) }
            return text
        }
        var fields = [SheetField(strings["field.dxa"], rules(assessment.dxa)),
                      SheetField(strings["field.spine"], rules(assessment.spineImaging)),
                      SheetField(strings["field.ost"], assessment.ost.map {
                          strings.format("value.ost", String($0.index), strings.value($0.category, of: "risk"))
                      } ?? strings["value.notApplicable"])]
        // Questions not asked are listed in the urgency box and under the red-flag screen already.
        let warnings = assessment.warnings.filter { $0.code != "not-asked" }.map(warning)
        if !warnings.isEmpty { fields.append(SheetField(strings["field.warnings"], warnings.joined(separator: "; "))) }
        let notices = assessment.notices.filter { $0.id != "not-a-diagnosis" }.map(\.text)
        if !notices.isEmpty { fields.append(SheetField(strings["field.notices"], notices.joined(separator: " "))) }
        return SheetSection(title: strings["section.assessment"], blocks: [.fields(fields)])
    }

    /// A warning in the sheet's words: the message (the sheet's own where the assessment's names
    /// a JSON key) and where it is, said as the sheet's field or section, never as a JSON Pointer.
    func warning(_ warning: SheetAssessment.Warning) -> String {
        let own = "warning.\(warning.code)"
        let message = strings.has(own) ? strings[own] : clean(warning.message) ?? warning.code
        return strings.format("value.warning", message, place(of: warning.path))
    }

    /// "medicine 2", "Weight", "History": the field or section of a JSON Pointer into the record.
    func place(of path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        guard let first = parts.first else { return strings["where.record"] }
        if first == "medications", parts.count > 1, let index = Int(parts[1]) {
            return strings.format("where.medicine", String(index + 1))
        }
        if let leaf = parts.last(where: { Int($0) == nil }), strings.has("where.\(leaf)") { return strings["where.\(leaf)"] }
        return strings.has("where.\(first)") ? strings["where.\(first)"] : strings["where.record"]
    }

    func recommendations() -> SheetSection? {
        guard let assessment else { return nil }
        guard !assessment.recommendations.isEmpty else {
            return SheetSection(title: strings["section.recommendations"], blocks: [.paragraph(strings["recommendations.none"])])
        }
        let findings = assessment.recommendations.map { recommendation -> SheetFinding in
            var text = withoutFormatKeys(recommendation.text)
            if let cost = recommendation.costEstimate { text += " " + strings.format("value.cost", price(cost)) }
            return SheetFinding(tag: recommendation.id, text: text)
        }
        return SheetSection(title: strings["section.recommendations"], blocks: [.findings(findings)])
    }

    /// The fixed text of a recommendation with the format's own words for the reader taken out:
    /// REC-DXA's "reported as dxa.report says" names a JSON key; the sheet says which score.
    func withoutFormatKeys(_ text: String) -> String {
        guard text.contains("dxa.report says") else { return text }
        let report = assessment?.dxa?.report.map { strings["rec.dxa.report.\($0)"] } ?? strings["rec.dxa.report.unknown"]
        return text.replacingOccurrences(of: "as dxa.report says", with: report)
            .replacingOccurrences(of: "dxa.report says", with: report)
    }

    /// A price range: "USD 125-300 per scan", "USD 300-600 initial visit".
    func price(_ cost: SheetAssessment.CostEstimate) -> String {
        strings.format("value.price", cost.currency, SheetFormat.number(cost.min), SheetFormat.number(cost.max),
                       strings.value(cost.per, of: "cost.per"))
    }

    func alerts() -> SheetSection? {
        guard let assessment else { return nil }
        guard !assessment.medicationAlerts.isEmpty else {
            return SheetSection(title: strings["section.alerts"], blocks: [.paragraph(strings["alerts.none"])])
        }
        let findings = assessment.alertsHighFirst.map { alert -> SheetFinding in
            var text = strings.format("value.alert", strings.value(alert.priority, of: "priority"),
                                      clean(alert.medication) ?? "", alert.message)
            if !alert.notes.isEmpty {
                text += strings.format("value.alert.notes", alert.notes.map { strings.value($0, of: "note") }.joined(separator: ", "))
            }
            return SheetFinding(tag: alert.rule, text: text,
                                emphasised: alert.priority == "high")
        }
        return SheetSection(title: strings["section.alerts"], blocks: [.findings(findings)])
    }

    // MARK: reference prices

    /// The whole seed price table (format spec 6.8) as reference prices, the rows of the
    /// recommendations given to this patient marked, with the notice that prices are estimates.
    func prices() -> SheetSection {
        let fired = Set(assessment?.recommendations.map(\.id) ?? [])
        let table = SheetAssessment.seedPriceTable
        let rows = table.map { row -> [String] in
            [fired.contains(row.id) ? strings["prices.mark"] : "", row.cost.service, row.cost.provider, price(row.cost)]
        }
        let headers = ["", strings["prices.service"], strings["prices.provider"], strings["prices.price"]]
        let marked = table.map(\.id).filter(fired.contains)
        let legend = marked.isEmpty ? strings["prices.noneRecommended"]
            : strings.format("prices.legend", strings["prices.mark"], marked.map(named).joined(separator: "; "))
        return SheetSection(title: strings["section.prices"], blocks: [
            .table(headers: headers, widths: [2, 29, 23, 26], rows: rows),
            .paragraph(legend + " " + strings["prices.notice"]),
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
