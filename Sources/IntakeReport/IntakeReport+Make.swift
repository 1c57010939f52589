import Assessment
import Catalog
import IntakeModel
import Questionnaire

extension IntakeReport {
    /// The report of a record in a language: the record checked by `IntakeValidator` (its
    /// soft-limit warnings kept, as `intake assess` keeps them), assessed by the engine, every
    /// finding named and every reason, note, warning and cost said in words.
    /// `language` nil: the record's `patient.language` when the program speaks it, else English.
    public static func make(record: IntakeRecord, language: Language? = nil,
                            definition: QuestionnaireDefinition = .intake,
                            engine: AssessmentEngine = AssessmentEngine()) -> IntakeReport {
        let language = language ?? record.patient?.language.flatMap { try? Language(tag: $0) } ?? .english
        let text = ReportText(language: language)
        let words = AssessmentText(language: language)
        let questionnaireLanguage = language
        let check = IntakeValidator.check(record, language: language)
        let engine = engine.language == language ? engine : AssessmentEngine(vocabulary: engine.vocabulary, language: language)
        let assessment = engine.assess(record, priorWarnings: check.warnings)

        let redFlags = assessment.redFlags.map { flag in
            let level: Finding.Level = flag.tier == .emergency ? .emergency : flag.tier == .urgent ? .urgent : .routine
            return Finding(rule: flag.rule.rawValue, reason: words.name(of: flag.rule), level: level,
                           levelText: text.level(level), inputs: flag.because.map(text.reason), message: nil, notes: [])
        }
        func ruleFindings<Rule: OrderedCode>(_ rules: some Sequence<Rule>) -> [Finding] {
            rules.map { Finding(rule: $0.rawValue, reason: words.name(of: $0), level: .indicated, levelText: "",
                                inputs: [], message: nil, notes: []) }
        }
        let alerts = assessment.medicationAlerts.map { alert in
            let level: Finding.Level = alert.priority == .high ? .high : .standard
            return Finding(rule: alert.rule.rawValue, reason: words.name(of: alert.rule), level: level,
                           levelText: text.level(level), inputs: [SpanishMedicationNames.shown(alert.medication, in: language)],
                           message: words.readableMessage(for: alert), notes: alert.notes.map(text.note))
        }
        let recommended = Set(assessment.recommendations)
        let recommendations = assessment.recommendations.map { id in
            Recommendation(id: id.rawValue, text: words.readableText(for: id, report: assessment.dxa.report),
                           cost: id.costEstimate, costText: id.costEstimate.map { text.costLine(id, $0) })
        }
        let priceTable = RecommendationID.allCases.compactMap { id in
            id.costEstimate.map {
                PriceRow(id: id.rawValue, cost: $0, service: text.service(id, $0), provider: text.provider(id, $0), price: text.price($0),
                         recommended: recommended.contains(id))
            }
        }
        // An answer the program itself refuses (7072 kg, a date after the visit) that was stored
        // anyway, as a screen keeps what was typed: said first, since the findings stand on it.
        let refused = check.errors.filter { [.range, .conflict, .dateOrder, .format, .type].contains($0.code) }
        var warnings = (refused + assessment.warnings.filter { $0.code != .notAsked }).map { problem in
            Warning(code: problem.code.rawValue,
                    about: definition.words(forPointer: problem.path, in: record, language: questionnaireLanguage),
                    message: problem.message)
        }
        if menopauseUnanswered(record) {
            // the advice on bone density stands on it: said where staff check what is missing
            warnings.append(Warning(code: "required",
                                    about: definition.words(forPointer: "/history/menopause/status", in: record,
                                                            language: questionnaireLanguage),
                                    message: text.menopauseNeeded))
        }
        let unasked = assessment.unaskedRedFlagQuestions
        return IntakeReport(
            language: language.rawValue,
            header: PatientHeader(recordID: record.id, name: record.patient?.name, birthDate: record.patient?.birthDate,
                                  age: assessment.age, sex: record.patient?.sex?.rawValue, visitDate: record.visitDate),
            answers: answers(of: record, definition: definition, language: questionnaireLanguage, text: text),
            assessment: assessment,
            urgency: Urgency(tier: assessment.urgency, text: text.urgency(assessment.urgency, unasked: unasked.count)),
            redFlags: redFlags,
            unaskedRedFlags: unasked.map(words.question),
            dxa: Indication(indicated: assessment.dxa.indicated,
                            text: text.indication(assessment.dxa.indicated, report: assessment.dxa.report),
                            findings: ruleFindings(assessment.dxa.rules)),
            tScoreClass: assessment.tScoreClass.map { text.scoreClass($0.rawValue) },
            tScoreNotClassified: tScoreNotClassified(record, assessment, text),
            zScoreClass: assessment.zScoreClass.map { text.scoreClass($0.rawValue) },
            startBackNotScored: record.startBack.flatMap { answers in
                answers.unansweredItems.isEmpty ? nil : text.startBackNotScored(answers.unansweredItems)
            },
            lowestTScore: record.boneDensity?.lowestTScore,
            spineImaging: Indication(indicated: assessment.spineImaging.indicated,
                                     text: text.indication(assessment.spineImaging.indicated, report: nil),
                                     findings: ruleFindings(assessment.spineImaging.rules)),
            medicationAlerts: alerts,
            recommendations: recommendations,
            priceTable: priceTable,
            warnings: warnings,
            notices: assessment.notices.map { Notice(id: $0.rawValue, text: words.text(for: $0)) },
            pricesNotice: recommendations.contains { $0.cost != nil } ? text.pricesNotice : nil,
            text: text)
    }

    /// A woman whose menopause status is not answered: who is in the T-score population is not
    /// known (format spec 6.5), so the T-score class, DXA and OST may be missing or different.
    static func menopauseUnanswered(_ record: IntakeRecord) -> Bool {
        record.patient?.sex == .female && record.history?.menopause?.status == nil
    }

    /// Why a T-score entered is not turned into a class, in words; nil when it is (or none was).
    static func tScoreNotClassified(_ record: IntakeRecord, _ assessment: IntakeAssessment, _ text: ReportText) -> String? {
        guard record.boneDensity?.lowestTScore != nil, assessment.tScoreClass == nil else { return nil }
        let reason: ReportText.Unclassified
        if record.patient?.sex == nil { reason = .sexNotGiven }
        else if menopauseUnanswered(record) { reason = .menopauseNotGiven }
        else if assessment.age == nil { reason = .ageNotGiven }
        else { reason = .zScorePopulation }
        return text.tScoreNotClassified(reason)
    }

    /// Every finding in the order the outputs list them: red flags, bone health (DXA, then spine
    /// imaging), medication alerts.
    public var findings: [Finding] { redFlags + dxa.findings + spineImaging.findings + medicationAlerts }
}
