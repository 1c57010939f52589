import Catalog
import IntakeModel
import IntakeReport
import PlainText
import Questionnaire

/// The answer sections of the sheet: the report's answers step by step, as the questionnaire
/// defines them (a question added there is printed here by itself). A question is printed by its
/// short label; yes/no questions are gathered into "Answered yes" and "Answered no"; a list
/// (medicines, broken bones) is a table, one row per entry. Beside the answers, what the
/// assessment makes of them where a clinician looks for it: BMI and height lost, the pain map,
/// the red-flag questions not asked, the T-score bar and class, the STarT Back score.
extension SheetBuilder {
    func answerSections() -> [SheetSection] {
        var sections: [SheetSection] = []
        var unanswered: (index: Int, titles: [String])?
        for step in report.answers {
            let id = StepID(rawValue: step.step)
            let figures = figures(after: step)
            guard !step.items.isEmpty || !figures.isEmpty else {
                // steps with nothing to print share one line, where the first of them stood
                if unanswered == nil { unanswered = (sections.count, []) }
                unanswered?.titles.append(step.title)
                continue
            }
            var blocks = merged(answerBlocks(step.items, followedBy: !figures.isEmpty))
            if id == .symptoms, blocks.count == 1, case .fields(let fields) = blocks[0] {
                blocks = [.fieldsBesideBackMap(fields, SheetBackMap(painful: record.symptoms?.locations ?? [],
                                                                    radiation: record.symptoms?.radiation))]
            }
            sections.append(SheetSection(title: strings(.sheetSectionAnswers, ["step": step.title]), blocks: merged(blocks + figures)))
        }
        if let unanswered {
            sections.insert(SheetSection(title: strings(.sheetSectionUnanswered),
                                         blocks: [.paragraph(unanswered.titles.joined(separator: "; ") + ".")]), at: unanswered.index)
        }
        return sections
    }

    /// Single answers as label and value, yes/no answers as two lines where the first of them
    /// stood, lists as tables (titled by the list unless it is all the step holds).
    private func answerBlocks(_ items: [IntakeReport.AnsweredItem], followedBy figures: Bool) -> [SheetBlock] {
        let yesNo = items.compactMap { item -> IntakeReport.Answer? in
            if case .answer(let answer) = item, answer.yes != nil { return answer }
            return nil
        }
        var blocks: [SheetBlock] = []
        var yesNoPrinted = false
        for item in items {
            switch item {
            case .answer(let answer) where answer.yes != nil:
                guard !yesNoPrinted else { continue }
                yesNoPrinted = true
                let yes = yesNo.filter { $0.yes == true }.map(\.shortLabel)
                let no = yesNo.filter { $0.yes == false }.map(\.shortLabel)
                var fields: [SheetField] = []
                if !yes.isEmpty { fields.append(SheetField(strings(.sheetFieldAnsweredYes), yes.joined(separator: "; "))) }
                // named every one: a clinician signs what was asked and denied ("no saddle numbness")
                if !no.isEmpty { fields.append(SheetField(strings(.sheetFieldAnsweredNo), no.joined(separator: "; "))) }
                blocks.append(.fields(fields))
            case .answer(let answer):
                blocks.append(.fields([SheetField(answer.shortLabel, clean(answer.value) ?? "")]))
            case .list(let list):
                // titled unless it is all the step holds; a blank line keeps the next answer out of it
                if items.count > 1 { blocks.append(.paragraph(list.label)) }
                blocks.append(table(list))
                if item != items.last || figures { blocks.append(.paragraph("")) }
            }
        }
        return blocks
    }

    /// One row per entry, one column per question answered in any entry, each column as wide as
    /// its widest text until the 80 columns are used, then the widest give way (their text wraps).
    private func table(_ list: IntakeReport.AnsweredList) -> SheetBlock {
        let rows = list.entries.filter { !$0.isEmpty }.map { entry in list.columns.map { clean(list.cell(entry, $0)) ?? "" } }
        let headers = list.columns.map(\.label)
        var widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max().map { $0 + 2 } ?? 4
        }
        while widths.reduce(0, +) > SheetGrid.columns, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 {
            widths[widest] -= 1
        }
        return .table(headers: headers, widths: widths, rows: rows)
    }

    /// What the assessment makes of a step's answers, printed under them.
    private func figures(after step: IntakeReport.AnsweredStep) -> [SheetBlock] {
        switch StepID(rawValue: step.step) {
        case .history:
            var fields: [SheetField] = []
            if let bmi = report.assessment.bmi { fields.append(SheetField(strings(.sheetFieldBmi), strings.decimal(SheetFormat.oneDecimal(bmi.doubleValue)) + " kg/m²")) }
            guard let lost = report.assessment.heightLossCm.historical else { return fields.isEmpty ? [] : [.fields(fields)] }
            fields.append(SheetField(strings(.sheetFieldHeightLoss), strings(.sheetValueHistoricalLoss, ["cm": strings.decimal(SheetFormat.number(lost.doubleValue))])))
            return [.fields(fields), .heightLossBar(SheetHeightLossBar(lossCm: lost.doubleValue))]
        case .redFlags:
            // format spec 6.1: the questions not asked, named, wherever the urgency is printed
            guard !report.unaskedRedFlags.isEmpty else { return [] }
            return [.fields([SheetField(strings(.sheetFieldNotAsked), report.unaskedRedFlags.joined(separator: "; "))])]
        case .boneDensity:
            var fields: [SheetField] = []
            if let tClass = report.tScoreClass { fields.append(SheetField(strings(.sheetFieldTClass), tClass)) }
            if let zClass = report.zScoreClass { fields.append(SheetField(strings(.sheetFieldZClass), zClass)) }
            // the bar says "no T-score recorded" beside labs, and is left out of a step with no answer
            guard !fields.isEmpty || !step.items.isEmpty else { return [] }
            var blocks: [SheetBlock] = fields.isEmpty ? [] : [.fields(fields)]
            blocks.append(.tScoreBar(SheetTScoreBar(score: report.lowestTScore)))
            if report.assessment.dxa.report == .zScore { blocks.append(.paragraph(strings(.sheetValueTScoreNotApplicable))) }
            return blocks
        case .startBack:
            if let why = report.startBackNotScored { return [.paragraph(why)] }
            guard let score = report.assessment.startBack else { return [] }
            return [.fields([SheetField(strings(.sheetFieldStartBackScore), strings(.sheetValueStartBack, ["total": String(score.total), "psychosocial": String(score.psychosocial), "risk": report.text.risk(score.risk)]))])]
        default:
            return []
        }
    }

    /// Neighbouring label/value blocks as one (a table or figure between them keeps its place).
    private func merged(_ blocks: [SheetBlock]) -> [SheetBlock] {
        var result: [SheetBlock] = []
        for block in blocks {
            if case .fields(let more) = block, case .fields(let fields)? = result.last {
                result[result.count - 1] = .fields(fields + more)
            } else {
                result.append(block)
            }
        }
        return result
    }
}
