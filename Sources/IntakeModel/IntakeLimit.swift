/// One hard/soft limit of the intake format (format spec section 8.2), as data.
///
/// Values are compared as integers in the canonical unit scaled by 10^`places` (a height of
/// 168.5 cm with `places` 2 is 16850), never as binary floating point. A value outside `hard` is an
/// error (`range`); a value below `softBelow` or above `softAbove` is a `soft-limit` warning.
public struct IntakeLimit: Hashable, Sendable {
    /// What the value is, for people ("height", "weight").
    public var name: String
    /// The canonical unit label used in messages ("cm", "kg", "UK units/day"); empty for counts.
    public var unit: String
    /// Canonical values are held in units of 10^-places.
    public var places: Int
    /// The hard range, scaled.
    public var hard: ClosedRange<Int>
    /// A value strictly below this (scaled) gets a soft-limit warning.
    public var softBelow: Int?
    /// A value strictly above this (scaled) gets a soft-limit warning.
    public var softAbove: Int?
    /// A typical value (scaled) for "for example ..." in messages; nil takes the middle of the
    /// usual range.
    public var example: Int?

    public init(name: String, unit: String, places: Int, hard: ClosedRange<Int>, softBelow: Int? = nil, softAbove: Int? = nil,
                example: Int? = nil) {
        self.name = name
        self.unit = unit
        self.places = places
        self.hard = hard
        self.softBelow = softBelow
        self.softAbove = softAbove
        self.example = example
    }

    // MARK: Checking scaled canonical values

    public func isWithinHardLimits(_ scaled: Int) -> Bool { hard.contains(scaled) }

    public func isOutsideSoftLimits(_ scaled: Int) -> Bool {
        if let below = softBelow, scaled < below { return true }
        if let above = softAbove, scaled > above { return true }
        return false
    }

    /// The value as entered (any number of decimals) scaled to this limit's places, rounded half away
    /// from zero; nil for NaN, infinity or absurd magnitudes.
    public func scaled(_ value: Double) -> Int? {
        guard let exact = ExactDecimal(value), abs(value) < 1.0e12 else { return nil }
        return exact.scaled(times: 1, over: 1, places: places)
    }

    /// True when a raw value (not converted) lies inside the hard range exactly, whatever its decimals:
    /// -6.01 is below -6.0 even though it rounds to -6.0 at one decimal.
    public func contains(raw value: Double) -> Bool {
        if hard.upperBound == Int.max, value.isFinite, value >= hardMinimum { return true }  // no upper bound
        guard let exact = ExactDecimal(value), abs(value) < 1.0e12 else { return false }
        return exact.compare(toScaled: hard.lowerBound, places: places) >= 0
            && exact.compare(toScaled: hard.upperBound, places: places) <= 0
    }

    /// True when a raw value lies outside the soft limits exactly.
    public func isOutsideSoftLimits(raw value: Double) -> Bool {
        guard let exact = ExactDecimal(value) else { return false }
        if let below = softBelow, exact.compare(toScaled: below, places: places) < 0 { return true }
        if let above = softAbove, exact.compare(toScaled: above, places: places) > 0 { return true }
        return false
    }

    // MARK: Values for screens (limits are defined here once; the questionnaire reads them)

    /// False for a limit with no upper bound of its own (a dose): its `hardMaximum` means nothing.
    public var hasUpperBound: Bool { hard.upperBound != Int.max }
    public var hardMinimum: Double { Double(hard.lowerBound) / IntakeLimit.powerOfTen(places) }
    public var hardMaximum: Double { Double(hard.upperBound) / IntakeLimit.powerOfTen(places) }
    public var softMinimum: Double? { softBelow.map { Double($0) / IntakeLimit.powerOfTen(places) } }
    public var softMaximum: Double? { softAbove.map { Double($0) / IntakeLimit.powerOfTen(places) } }

    // MARK: Text

    /// A scaled value as people write it: 16850 at 2 places is "168.5".
    public func number(_ scaled: Int) -> String { IntakeLimit.decimalText(scaled, places: places) }

    static func powerOfTen(_ places: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, places) { result *= 10 }
        return result
    }

    static func decimalText(_ scaled: Int, places: Int) -> String {
        guard places > 0 else { return String(scaled) }
        let negative = scaled < 0
        var digits = String(scaled.magnitude)
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        var fraction = String(digits[split...])
        while fraction.last == "0" { fraction.removeLast() }
        let whole = String(digits[..<split])
        let text = fraction.isEmpty ? whole : "\(whole).\(fraction)"
        return negative && text != "0" ? "-" + text : text
    }
}

public extension ExactDecimal {
    /// Compares this decimal exactly with `scaled` × 10^-places: negative, zero or positive.
    func compare(toScaled scaled: Int, places: Int) -> Int {
        var left = mantissa
        var right = Int128(scaled)
        if places > scale { left *= ExactDecimal.powerOfTen(places - scale) } else { right *= ExactDecimal.powerOfTen(scale - places) }
        return left < right ? -1 : (left == right ? 0 : 1)
    }
}
