/// What the sheet prints of an assessment: the fields of format `osteo-intake-assessment/1`
/// (intake-format.md section 7), decodable from that JSON.
///
/// The sheet reads the engine's result through this small value so that it can be built from the
/// engine (`SheetAssessment(_:)` in SheetAssessment+Engine.swift) or from a stored assessment
/// file; every finding keeps its rule ID and the reason codes that fired it.
public struct SheetAssessment: Codable, Hashable, Sendable {
    public struct RedFlag: Codable, Hashable, Sendable {
        public var rule: String
        public var tier: String
        public var because: [String]
        public init(rule: String, tier: String, because: [String]) {
            self.rule = rule; self.tier = tier; self.because = because
        }
    }

    public struct RuleSet: Codable, Hashable, Sendable {
        public var indicated: Bool
        public var rules: [String]
        public var report: String?
        public init(indicated: Bool, rules: [String], report: String? = nil) {
            self.indicated = indicated; self.rules = rules; self.report = report
        }
    }

    public struct OST: Codable, Hashable, Sendable {
        public var index: Int
        public var category: String
        public init(index: Int, category: String) { self.index = index; self.category = category }
    }

    public struct HeightLoss: Codable, Hashable, Sendable {
        public var historical: Double?
        public var prospective: Double?
        public init(historical: Double? = nil, prospective: Double? = nil) {
            self.historical = historical; self.prospective = prospective
        }
    }

    public struct StartBack: Codable, Hashable, Sendable {
        public var total: Int
        public var psychosocial: Int
        public var risk: String
        public init(total: Int, psychosocial: Int, risk: String) {
            self.total = total; self.psychosocial = psychosocial; self.risk = risk
        }
    }

    public struct MedicationAlert: Codable, Hashable, Sendable {
        public var rule: String
        public var priority: String
        public var medication: String
        public var message: String
        public var notes: [String]
        public init(rule: String, priority: String, medication: String, message: String, notes: [String]) {
            self.rule = rule; self.priority = priority; self.medication = medication
            self.message = message; self.notes = notes
        }
    }

    public struct CostEstimate: Codable, Hashable, Sendable {
        public var service: String
        public var provider: String
        public var currency: String
        public var min: Double
        public var max: Double
        public var per: String
        public init(service: String, provider: String, currency: String, min: Double, max: Double, per: String) {
            self.service = service; self.provider = provider; self.currency = currency
            self.min = min; self.max = max; self.per = per
        }
    }

    public struct Recommendation: Codable, Hashable, Sendable {
        public var id: String
        public var text: String
        public var costEstimate: CostEstimate?
        public init(id: String, text: String, costEstimate: CostEstimate? = nil) {
            self.id = id; self.text = text; self.costEstimate = costEstimate
        }
    }

    public struct Warning: Codable, Hashable, Sendable {
        public var path: String
        public var code: String
        public var message: String
        public init(path: String, code: String, message: String) {
            self.path = path; self.code = code; self.message = message
        }
    }

    public struct Notice: Codable, Hashable, Sendable {
        public var id: String
        public var text: String
        public init(id: String, text: String) { self.id = id; self.text = text }
    }

    public var age: Int?
    public var urgency: String
    public var redFlags: [RedFlag]
    public var dxa: RuleSet?
    public var spineImaging: RuleSet?
    public var ost: OST?
    public var tScoreClass: String?
    public var zScoreClass: String?
    public var bmi: Double?
    public var heightLossCm: HeightLoss?
    public var startBack: StartBack?
    public var medicationAlerts: [MedicationAlert]
    public var recommendations: [Recommendation]
    public var warnings: [Warning]
    public var notices: [Notice]

    public init(age: Int? = nil, urgency: String = "routine", redFlags: [RedFlag] = [], dxa: RuleSet? = nil,
                spineImaging: RuleSet? = nil, ost: OST? = nil, tScoreClass: String? = nil, zScoreClass: String? = nil,
                bmi: Double? = nil, heightLossCm: HeightLoss? = nil, startBack: StartBack? = nil,
                medicationAlerts: [MedicationAlert] = [], recommendations: [Recommendation] = [],
                warnings: [Warning] = [], notices: [Notice] = []) {
        self.age = age; self.urgency = urgency; self.redFlags = redFlags; self.dxa = dxa
        self.spineImaging = spineImaging; self.ost = ost; self.tScoreClass = tScoreClass
        self.zScoreClass = zScoreClass; self.bmi = bmi; self.heightLossCm = heightLossCm
        self.startBack = startBack; self.medicationAlerts = medicationAlerts
        self.recommendations = recommendations; self.warnings = warnings; self.notices = notices
    }

    /// High-priority alerts first, each group in the engine's order (format spec section 6.7).
    public var alertsHighFirst: [MedicationAlert] {
        medicationAlerts.filter { $0.priority == "high" } + medicationAlerts.filter { $0.priority != "high" }
    }
}
