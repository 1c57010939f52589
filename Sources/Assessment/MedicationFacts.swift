import IntakeModel

/// One medication entry of the record, resolved once against the vocabulary: classes as bits,
/// canonical dose and duration as integers, and the format's derived tests (section 4) as flags,
/// so the rules never touch strings.
public struct MedicationFacts: Hashable, Sendable {
    /// Position in `record.medications` (also the index in warning paths).
    public var index: Int
    /// Position of the generic in the vocabulary; -1 when the name is not in the dictionary (or
    /// is missing), and then no rule can use the entry.
    public var genericOrdinal = -1
    public var classes = CodeList<MedicationClass>()
    /// Omitted status means current.
    public var status: MedicationStatus
    /// Fixed route, else the route entered, else the medicine's default.
    public var route: Route?
    /// Prednisolone-equivalent dose in hundredths of a mg per day, for glucocorticoids with a dose.
    public var prednisoloneHundredths: Int?
    /// Duration in millionths of a month (`years` × 12); nil when neither `months` nor `years` is
    /// given, and for a planned entry (format spec section 3.4).
    public var durationMicroMonths: Int?
    /// Kidney-function limit of a bisphosphonate in mL/min (alendronate, zoledronic acid 35;
    /// risedronate, ibandronate 30), 0 for anything else.
    public var renalLimit = 0
    public var lastDoseDate: CalendarDate?
    public var wantsToStop = false
    /// GC exposure: oral glucocorticoid, current or past, ≥ 5 mg/day prednisolone-eq. for ≥ 3 months.
    public var isGCExposure = false
    /// GC exposure that is current, or past with its last dose within 12 months of the visit.
    public var isRecentGCExposure = false
    /// A current high-risk bone-loss medicine other than a glucocorticoid.
    public var isHRMMedicine = false
    /// Last dose earlier than 7 months before the visit (denosumab schedule).
    public var lastDoseOver7Months = false

    public init(index: Int, status: MedicationStatus) {
        self.index = index
        self.status = status
    }

    public var isRecognised: Bool { genericOrdinal >= 0 }
    public var isCurrent: Bool { status == .current }
    /// Current or planned: alerts about giving a drug look at these (format spec section 11.13).
    public var isActive: Bool { status != .past }

    public func has(_ medicationClass: MedicationClass) -> Bool {
        classes.contains(medicationClass)
    }

    public func hasAny(_ classes: CodeList<MedicationClass>) -> Bool {
        self.classes.containsAny(classes)
    }

    func lasted(atLeastMonths months: Int) -> Bool {
        guard let duration = durationMicroMonths else { return false }
        return duration >= months * MedicationFacts.microMonthsPerMonth
    }

    func lasted(moreThanMonths months: Int) -> Bool {
        guard let duration = durationMicroMonths else { return false }
        return duration > months * MedicationFacts.microMonthsPerMonth
    }

    static let microMonthsPerMonth = 1_000_000

    /// Duration as exact decimal months: `months`, or `years` × 12 (format spec section 3.4).
    static func microMonths(months: Double?, years: Double?) -> Int? {
        if let months {
            return scaled(months, times: 1, over: 1, places: 6)
        }
        if let years {
            return scaled(years, times: 12, over: 1, places: 6)
        }
        return nil
    }

    /// `value` × numerator / denominator in units of 10^-places, rounded half away from zero, in
    /// exact decimal arithmetic (IntakeModel's `ExactDecimal`).
    static func scaled(_ value: Double, times numerator: Int, over denominator: Int, places: Int) -> Int? {
        ExactDecimal(value)?.scaled(times: Int128(numerator), over: Int128(denominator), places: places)
    }
}

extension MedicationClass: OrderedCode {}
extension Condition: OrderedCode {}
extension Reliever: OrderedCode {}

extension CodeList {
    public func containsAny(_ other: CodeList) -> Bool { bits & other.bits != 0 }
    public mutating func formUnion(_ other: CodeList) { self = CodeList(bits: bits | other.bits) }
}
