/// Recommendations with cost estimates (format spec section 6.8) and notices (section 6.9).

public enum RecommendationID: String, OrderedCode {
    case emergency = "REC-EMERGENCY"
    case urgent = "REC-URGENT"
    case rheumatology = "REC-RHEUMATOLOGY"
    case dxa = "REC-DXA"
    case spineImaging = "REC-SPINE-IMAGING"
    case osteoporosisMedication = "REC-OSTEO-MEDICATION"
    case endocrinology = "REC-ENDOCRINOLOGY"
    case physiotherapy = "REC-PHYSIO"
    case selfManagement = "REC-SELF-MANAGEMENT"
    case calciumAndVitaminD = "REC-CALCIUM-VITD"

    /// The fixed text of the format (English).
    public var text: String { AssessmentText.english.text(for: self) }

    /// The seed price table of the format (USD); prices change, see the notice on the sheet.
    public var costEstimate: CostEstimate? {
        switch self {
        case .dxa:
            return CostEstimate(service: "DXA bone density scan", provider: "radiology centers", min: 125, max: 300, per: .scan)
        case .osteoporosisMedication:
            return CostEstimate(service: "Osteoporosis medications", provider: "pharmacy/insurance", min: 20, max: 500, per: .month)
        case .endocrinology:
            return CostEstimate(service: "Endocrinologist consultation", provider: "specialist clinics", min: 300, max: 600,
                                per: .initialVisit)
        case .physiotherapy:
            return CostEstimate(service: "Physical therapy", provider: "rehabilitation centers", min: 75, max: 150, per: .session)
        default:
            return nil
        }
    }
}

public enum CostUnit: String, Codable, CaseIterable, Sendable {
    case scan, month, session
    case initialVisit = "initial-visit"
}

public struct CostEstimate: Hashable, Sendable, Codable {
    public var service: String
    public var provider: String
    public var currency: String = "USD"
    public var min: Int
    public var max: Int
    public var per: CostUnit

    public init(service: String, provider: String, currency: String = "USD", min: Int, max: Int, per: CostUnit) {
        self.service = service
        self.provider = provider
        self.currency = currency
        self.min = min
        self.max = max
        self.per = per
    }
}

public enum NoticeID: String, OrderedCode {
    case notADiagnosis = "not-a-diagnosis"
    case breathingDifficulty = "breathing-difficulty"
    case startBackWithRedFlags = "startback-with-red-flags"

    /// The fixed text of the format (English).
    public var text: String { AssessmentText.english.text(for: self) }
}
