import IntakeModel

/// One medication entry of the record, resolved once against the vocabulary: classes as a bit
/// mask, canonical dose and duration as integers, so the rules never touch strings.
public struct MedicationFacts: Hashable, Sendable {
    /// Position in `record.medications` (also the index in warning paths).
    public var index: Int
    /// Nil when the name is not in the dictionary (or is missing): no rule can use the entry.
    public var generic: String?
    /// Position of the generic in the vocabulary; distinct generics for the Beers note.
    public var genericOrdinal: Int
    public var classes: CodeList<MedicationClass>
    /// Omitted status means current.
    public var status: MedicationStatus
    /// Fixed route, else the route entered, else the medicine's default.
    public var route: Route?
    /// Prednisolone-equivalent dose in hundredths of a mg per day, for glucocorticoids with a dose.
    public var prednisoloneHundredths: Int?
    /// Duration in millionths of a month (`years` × 12); nil when neither `months` nor `years` is given.
    public var durationMicroMonths: Int?
    /// Kidney-function limit of a bisphosphonate in mL/min (alendronate, zoledronic acid 35;
    /// risedronate, ibandronate 30), 0 for anything else.
    public var renalLimit: Int
    public var lastDoseDate: CalendarDate?
    public var wantsToStop: Bool

    public var isRecognised: Bool { generic != nil }

    public var isCurrent: Bool { status == .current }
    /// Current or planned: alerts about giving a drug look at these (format spec section 11.13).
    public var isActive: Bool { status != .past }

    @inline(__always) public func has(_ medicationClass: MedicationClass) -> Bool {
        classes.contains(medicationClass)
    }

    @inline(__always) func lasted(atLeastMonths months: Int) -> Bool {
        guard let duration = durationMicroMonths else { return false }
        return duration >= months * MedicationFacts.microMonthsPerMonth
    }

    @inline(__always) func lasted(moreThanMonths months: Int) -> Bool {
        guard let duration = durationMicroMonths else { return false }
        return duration > months * MedicationFacts.microMonthsPerMonth
    }

    static let microMonthsPerMonth = 1_000_000

    /// Duration as exact decimal months: `months`, or `years` × 12 (format spec section 3.4).
    static func microMonths(_ medication: Medication) -> Int? {
        if let months = medication.months, let exact = ExactDecimal(months) {
            return exact.scaled(times: 1, over: 1, places: 6)
        }
        if let years = medication.years, let exact = ExactDecimal(years) {
            return exact.scaled(times: 12, over: 1, places: 6)
        }
        return nil
    }
}

extension MedicationClass: OrderedCode {}
extension Condition: OrderedCode {}

extension CodeList {
    @inline(__always) func containsAny(_ other: CodeList) -> Bool { bits & other.bits != 0 }
}
