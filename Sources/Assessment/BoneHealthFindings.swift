/// DXA, spine imaging, OST and bone density classes (format spec sections 6.2-6.5).

public enum DXARule: String, OrderedCode {
    case femaleAge65 = "DX-1"
    case postmenopausalRisk = "DX-2"
    case maleAge70 = "DX-3"
    case maleAge50Risk = "DX-4"
    case boneLossCause = "DX-5"
    case treatmentMonitoring = "DX-6"
}

/// Which score a DXA is to be reported with: T-scores for postmenopausal women and men aged 50 or
/// more, Z-scores for everyone else (ISCD).
public enum DXAReport: String, Codable, CaseIterable, Sendable {
    case tScore = "t-score"
    case zScore = "z-score"
}

public struct DXAEligibility: Hashable, Sendable, Codable {
    public var rules: CodeList<DXARule>
    public var report: DXAReport
    public var indicated: Bool { !rules.isEmpty }

    public init(rules: CodeList<DXARule>, report: DXAReport) {
        self.rules = rules
        self.report = report
    }

    enum CodingKeys: String, CodingKey { case indicated, rules, report }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rules: try container.decode(CodeList<DXARule>.self, forKey: .rules),
                  report: try container.decode(DXAReport.self, forKey: .report))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicated, forKey: .indicated)
        try container.encode(rules, forKey: .rules)
        try container.encode(report, forKey: .report)
    }
}

public enum SpineImagingRule: String, OrderedCode {
    case suspectedFracture = "SI-1"
    case historicalHeightLoss = "SI-2"
    case prospectiveHeightLoss = "SI-3"
    case priorFragilityFracture = "SI-4"
    case glucocorticoid = "SI-5"
    case tScoreForAge = "SI-6"
    case kyphosisOrUndocumentedFracture = "SI-7"
    case tScoreOsteoporosis = "SI-8"
}

public struct SpineImagingEligibility: Hashable, Sendable, Codable {
    public var rules: CodeList<SpineImagingRule>
    public var indicated: Bool { !rules.isEmpty }

    public init(rules: CodeList<SpineImagingRule>) { self.rules = rules }

    enum CodingKeys: String, CodingKey { case indicated, rules }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rules: try container.decode(CodeList<SpineImagingRule>.self, forKey: .rules))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(indicated, forKey: .indicated)
        try container.encode(rules, forKey: .rules)
    }
}

public enum OSTCategory: String, Codable, CaseIterable, Sendable { case low, moderate, high }

/// Osteoporosis Self-assessment Tool: index = (kg − age) / 5 truncated toward zero.
public struct OSTResult: Hashable, Sendable, Codable {
    public var index: Int
    public var category: OSTCategory
    public init(index: Int, category: OSTCategory) {
        self.index = index
        self.category = category
    }
}

/// WHO classification of the lowest T-score (T-score population only).
public enum TScoreClass: String, Codable, CaseIterable, Sendable {
    case normal, osteopenia, osteoporosis
}

/// ISCD reading of the lowest Z-score (Z-score population only).
public enum ZScoreClass: String, Codable, CaseIterable, Sendable {
    case withinExpectedRange = "within-expected-range"
    case belowExpectedRange = "below-expected-range"
}

/// Historical (tallest recalled minus today) and prospective (measured) height loss, in cm with
/// 2 decimals; nil when the record does not give the measurement.
public struct HeightLoss: Hashable, Sendable, Codable {
    public var historical: FixedDecimal?
    public var prospective: FixedDecimal?

    public init(historical: FixedDecimal? = nil, prospective: FixedDecimal? = nil) {
        self.historical = historical
        self.prospective = prospective
    }

    enum CodingKeys: String, CodingKey { case historical, prospective }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(historical, forKey: .historical)
        try container.encode(prospective, forKey: .prospective)
    }
}
