import IntakeModel

/// The result of assessing one intake record, format `osteo-intake-assessment/1`
/// (intake-format.md section 7). Decision support for a clinician, never a diagnosis.
///
/// Lists of codes are `CodeList`s (ordered bit sets); recommendation and notice texts, alert
/// messages, priorities and cost estimates are derived from their IDs, so building an assessment
/// allocates only for the lists that have entries. `encode(to:)` writes the keys in the format's
/// order with explicit nulls.
public struct IntakeAssessment: Hashable, Sendable, Codable {
    public static let formatTag = "osteo-intake-assessment/1"

    /// The record's `id`, when it has one.
    public var id: String?
    /// Batch mode only: the input file name or `stdin:N`; set by the command line, never the engine.
    public var source: String?
    /// Completed years on `visitDate`. Nil only for an unfinished draft that lacks the age, or the
    /// birth date or visit date needed to compute it (a validated record always has it); every
    /// age-dependent rule then stays silent. Encoded as null in that case.
    public var age: Int?
    public var urgency: UrgencyTier
    public var redFlags: [RedFlagFinding]
    public var dxa: DXAEligibility
    public var spineImaging: SpineImagingEligibility
    public var ost: OSTResult?
    public var tScoreClass: TScoreClass?
    public var zScoreClass: ZScoreClass?
    /// kg/m² rounded to 0.1 from canonical kg and cm; nil (null) only in a draft without height or weight.
    public var bmi: FixedDecimal?
    public var heightLossCm: HeightLoss
    public var startBack: StartBackResult?
    public var medicationAlerts: [MedicationAlert]
    public var recommendations: CodeList<RecommendationID>
    public var warnings: [Problem]
    public var notices: CodeList<NoticeID>

    public init(
        id: String? = nil, source: String? = nil, age: Int? = nil, urgency: UrgencyTier = .routine,
        redFlags: [RedFlagFinding] = [], dxa: DXAEligibility = DXAEligibility(rules: CodeList(), report: .zScore),
        spineImaging: SpineImagingEligibility = SpineImagingEligibility(rules: CodeList()), ost: OSTResult? = nil,
        tScoreClass: TScoreClass? = nil, zScoreClass: ZScoreClass? = nil, bmi: FixedDecimal? = nil,
        heightLossCm: HeightLoss = HeightLoss(), startBack: StartBackResult? = nil,
        medicationAlerts: [MedicationAlert] = [], recommendations: CodeList<RecommendationID> = CodeList(),
        warnings: [Problem] = [], notices: CodeList<NoticeID> = CodeList(.notADiagnosis)
    ) {
        self.id = id; self.source = source; self.age = age; self.urgency = urgency; self.redFlags = redFlags
        self.dxa = dxa; self.spineImaging = spineImaging; self.ost = ost; self.tScoreClass = tScoreClass
        self.zScoreClass = zScoreClass; self.bmi = bmi; self.heightLossCm = heightLossCm; self.startBack = startBack
        self.medicationAlerts = medicationAlerts; self.recommendations = recommendations
        self.warnings = warnings; self.notices = notices
    }

    /// The red-flag finding of a rule, when it fired.
    public func redFlag(_ rule: RedFlagRule) -> RedFlagFinding? { redFlags.first { $0.rule == rule } }

    /// The red-flag questions that were not asked (from the `not-asked` warnings), in the format's
    /// order; non-empty whenever the urgency is `not-screened`.
    public var unaskedRedFlagQuestions: [RedFlagQuestion] {
        warnings.compactMap { $0.code == .notAsked ? RedFlagQuestion(pointer: $0.path) : nil }
    }

    /// The alert of a rule, when it fired.
    public func alert(_ rule: MedicationAlertRule) -> MedicationAlert? { medicationAlerts.first { $0.rule == rule } }

    // MARK: Codable

    enum CodingKeys: String, CodingKey {
        case format, id, source, age, urgency, redFlags, dxa, spineImaging, ost, tScoreClass, zScoreClass, bmi
        case heightLossCm, startBack, medicationAlerts, recommendations, warnings, notices
    }

    enum EntryKeys: String, CodingKey { case id, text, costEstimate }

    /// The keys of `CostEstimate`'s and `RedFlagFinding`'s own encodings, written here in place
    /// (see `encode(to:)`).
    enum CostKeys: String, CodingKey { case service, provider, currency, min, max, per }
    enum FindingKeys: String, CodingKey { case rule, tier, because }
    /// The synthesized keys of `OSTResult`, `StartBackResult` and `Problem`, written in place too:
    /// a generic `encode(_:forKey:)` of a nested value costs `JSONEncoder` several times a nested
    /// container of the same keys.
    enum OSTKeys: String, CodingKey { case index, category }
    enum StartBackKeys: String, CodingKey { case total, psychosocial, risk }
    enum ProblemKeys: String, CodingKey { case path, code, message }

    /// A code list as its own `encode(to:)` writes it: the raw values in order.
    private static func encode<Code: OrderedCode, Key: CodingKey>(_ codes: CodeList<Code>, in container: inout KeyedEncodingContainer<Key>,
                                                                 forKey key: Key) throws {
        var list = container.nestedUnkeyedContainer(forKey: key)
        for code in codes { try list.encode(code.rawValue) }
    }

    /// Leaf values (enumerations, numbers, cost estimates) are written as their plain String, Int or
    /// Double: the same JSON their own `Codable` gives, without the encoder's generic per-value path.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(IntakeAssessment.formatTag, forKey: .format)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(source, forKey: .source)
        if let age { try container.encode(age, forKey: .age) } else { try container.encodeNil(forKey: .age) }
        try container.encode(urgency.rawValue, forKey: .urgency)
        var findings = container.nestedUnkeyedContainer(forKey: .redFlags)
        for finding in redFlags {
            var entry = findings.nestedContainer(keyedBy: FindingKeys.self)
            try entry.encode(finding.rule.rawValue, forKey: .rule)
            try entry.encode(finding.tier.rawValue, forKey: .tier)
            try IntakeAssessment.encode(finding.because, in: &entry, forKey: .because)
        }
        var dxaEntry = container.nestedContainer(keyedBy: DXAEligibility.CodingKeys.self, forKey: .dxa)
        try dxaEntry.encode(dxa.indicated, forKey: .indicated)
        try IntakeAssessment.encode(dxa.rules, in: &dxaEntry, forKey: .rules)
        try dxaEntry.encode(dxa.report.rawValue, forKey: .report)
        var imagingEntry = container.nestedContainer(keyedBy: SpineImagingEligibility.CodingKeys.self, forKey: .spineImaging)
        try imagingEntry.encode(spineImaging.indicated, forKey: .indicated)
        try IntakeAssessment.encode(spineImaging.rules, in: &imagingEntry, forKey: .rules)
        if let ost {
            var ostEntry = container.nestedContainer(keyedBy: OSTKeys.self, forKey: .ost)
            try ostEntry.encode(ost.index, forKey: .index)
            try ostEntry.encode(ost.category.rawValue, forKey: .category)
        } else {
            try container.encodeNil(forKey: .ost)
        }
        if let tScoreClass {
            try container.encode(tScoreClass.rawValue, forKey: .tScoreClass)
        } else {
            try container.encodeNil(forKey: .tScoreClass)
        }
        if let zScoreClass {
            try container.encode(zScoreClass.rawValue, forKey: .zScoreClass)
        } else {
            try container.encodeNil(forKey: .zScoreClass)
        }
        if let bmi { try container.encode(bmi.doubleValue, forKey: .bmi) } else { try container.encodeNil(forKey: .bmi) }
        var heightLossEntry = container.nestedContainer(keyedBy: HeightLoss.CodingKeys.self, forKey: .heightLossCm)
        for (value, key) in [(heightLossCm.historical, HeightLoss.CodingKeys.historical), (heightLossCm.prospective, .prospective)] {
            if let value { try heightLossEntry.encode(value.doubleValue, forKey: key) } else { try heightLossEntry.encodeNil(forKey: key) }
        }
        if let startBack {
            var startBackEntry = container.nestedContainer(keyedBy: StartBackKeys.self, forKey: .startBack)
            try startBackEntry.encode(startBack.total, forKey: .total)
            try startBackEntry.encode(startBack.psychosocial, forKey: .psychosocial)
            try startBackEntry.encode(startBack.risk.rawValue, forKey: .risk)
        } else {
            try container.encodeNil(forKey: .startBack)
        }
        var alerts = container.nestedUnkeyedContainer(forKey: .medicationAlerts)
        for alert in medicationAlerts {
            var entry = alerts.nestedContainer(keyedBy: MedicationAlert.CodingKeys.self)
            try entry.encode(alert.rule.rawValue, forKey: .rule)
            try entry.encode(alert.priority.rawValue, forKey: .priority)
            try entry.encode(alert.medication, forKey: .medication)
            try entry.encode(alert.message, forKey: .message)
            try IntakeAssessment.encode(alert.notes, in: &entry, forKey: .notes)
        }
        var recommendationList = container.nestedUnkeyedContainer(forKey: .recommendations)
        for recommendation in recommendations {
            var entry = recommendationList.nestedContainer(keyedBy: EntryKeys.self)
            try entry.encode(recommendation.rawValue, forKey: .id)
            try entry.encode(recommendation.text, forKey: .text)
            if let cost = recommendation.costEstimate {
                var costEntry = entry.nestedContainer(keyedBy: CostKeys.self, forKey: .costEstimate)
                try costEntry.encode(cost.service, forKey: .service)
                try costEntry.encode(cost.provider, forKey: .provider)
                try costEntry.encode(cost.currency, forKey: .currency)
                try costEntry.encode(cost.min, forKey: .min)
                try costEntry.encode(cost.max, forKey: .max)
                try costEntry.encode(cost.per.rawValue, forKey: .per)
            }
        }
        var warningList = container.nestedUnkeyedContainer(forKey: .warnings)
        for warning in warnings {
            var entry = warningList.nestedContainer(keyedBy: ProblemKeys.self)
            try entry.encode(warning.path, forKey: .path)
            try entry.encode(warning.code.rawValue, forKey: .code)
            try entry.encode(warning.message, forKey: .message)
        }
        var noticeList = container.nestedUnkeyedContainer(forKey: .notices)
        for notice in notices {
            var entry = noticeList.nestedContainer(keyedBy: EntryKeys.self)
            try entry.encode(notice.rawValue, forKey: .id)
            try entry.encode(notice.text, forKey: .text)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == IntakeAssessment.formatTag else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: container,
                                                   debugDescription: "expected \(IntakeAssessment.formatTag)")
        }
        func ids<Code: OrderedCode>(_ key: CodingKeys, _ type: Code.Type) throws -> CodeList<Code> {
            var list = try container.nestedUnkeyedContainer(forKey: key)
            var result = CodeList<Code>()
            while !list.isAtEnd {
                let entry = try list.nestedContainer(keyedBy: EntryKeys.self)
                result.insert(try entry.decode(Code.self, forKey: .id))
            }
            return result
        }
        self.init(
            id: try container.decodeIfPresent(String.self, forKey: .id),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            age: try container.decodeIfPresent(Int.self, forKey: .age),
            urgency: try container.decode(UrgencyTier.self, forKey: .urgency),
            redFlags: try container.decode([RedFlagFinding].self, forKey: .redFlags),
            dxa: try container.decode(DXAEligibility.self, forKey: .dxa),
            spineImaging: try container.decode(SpineImagingEligibility.self, forKey: .spineImaging),
            ost: try container.decodeIfPresent(OSTResult.self, forKey: .ost),
            tScoreClass: try container.decodeIfPresent(TScoreClass.self, forKey: .tScoreClass),
            zScoreClass: try container.decodeIfPresent(ZScoreClass.self, forKey: .zScoreClass),
            bmi: try container.decodeIfPresent(FixedDecimal.self, forKey: .bmi),
            heightLossCm: try container.decode(HeightLoss.self, forKey: .heightLossCm),
            startBack: try container.decodeIfPresent(StartBackResult.self, forKey: .startBack),
            medicationAlerts: try container.decode([MedicationAlert].self, forKey: .medicationAlerts),
            recommendations: try ids(.recommendations, RecommendationID.self),
            warnings: try container.decode([Problem].self, forKey: .warnings),
            notices: try ids(.notices, NoticeID.self)
        )
    }
}
