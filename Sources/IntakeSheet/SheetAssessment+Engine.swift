import Assessment
import IntakeModel

extension SheetAssessment {
    /// What the sheet prints of the engine's assessment (same keys and codes as its JSON).
    public init(_ assessment: IntakeAssessment) {
        self.init(
            age: assessment.age,
            urgency: assessment.urgency.rawValue,
            redFlags: assessment.redFlags.map {
                RedFlag(rule: $0.rule.rawValue, tier: $0.tier.rawValue, because: $0.because.map(\.rawValue))
            },
            dxa: RuleSet(indicated: assessment.dxa.indicated, rules: assessment.dxa.rules.map(\.rawValue),
                         report: assessment.dxa.report.rawValue),
            spineImaging: RuleSet(indicated: assessment.spineImaging.indicated,
                                  rules: assessment.spineImaging.rules.map(\.rawValue)),
            ost: assessment.ost.map { OST(index: $0.index, category: $0.category.rawValue) },
            tScoreClass: assessment.tScoreClass?.rawValue,
            zScoreClass: assessment.zScoreClass?.rawValue,
            bmi: assessment.bmi?.doubleValue,
            heightLossCm: HeightLoss(historical: assessment.heightLossCm.historical?.doubleValue,
                                     prospective: assessment.heightLossCm.prospective?.doubleValue),
            startBack: assessment.startBack.map { StartBack(total: $0.total, psychosocial: $0.psychosocial, risk: $0.risk.rawValue) },
            medicationAlerts: assessment.medicationAlerts.map {
                MedicationAlert(rule: $0.rule.rawValue, priority: $0.priority.rawValue, medication: $0.medication,
                                message: $0.message, notes: $0.notes.map(\.rawValue))
            },
            recommendations: assessment.recommendations.map { id in
                Recommendation(id: id.rawValue, text: id.text, costEstimate: id.costEstimate.map {
                    CostEstimate(service: $0.service, provider: $0.provider, currency: $0.currency,
                                 min: Double($0.min), max: Double($0.max), per: $0.per.rawValue)
                })
            },
            warnings: assessment.warnings.map { Warning(path: $0.path, code: $0.code.rawValue, message: $0.message) },
            notices: assessment.notices.map { Notice(id: $0.rawValue, text: $0.text) }
        )
    }
}

extension SheetAssessment {
    /// One row of the seed price table: the recommendation it belongs to and its price range.
    struct PriceRow: Hashable, Sendable {
        var id: String
        var cost: CostEstimate
    }

    /// The whole seed price table of the format (spec section 6.8), in the order of the
    /// recommendations, taken from the engine's own table (`RecommendationID.costEstimate`).
    static let seedPriceTable: [PriceRow] = RecommendationID.allCases.compactMap { id in
        id.costEstimate.map {
            PriceRow(id: id.rawValue, cost: CostEstimate(service: $0.service, provider: $0.provider, currency: $0.currency,
                                                         min: Double($0.min), max: Double($0.max), per: $0.per.rawValue))
        }
    }
}

extension IntakeSheet {
    /// The sheet of a record, assessed now by the engine.
    public init(record: IntakeRecord, context: SheetContext, engine: AssessmentEngine = AssessmentEngine()) {
        self.init(record: record, assessment: SheetAssessment(engine.assess(record)), context: context)
    }
}
