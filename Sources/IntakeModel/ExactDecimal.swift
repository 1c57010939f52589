/// Exact decimal arithmetic for unit conversion (format spec section 1: "in decimal arithmetic,
/// never binary floating point").
///
/// A JSON number arrives as a `Double`; its shortest round-trip text ("5.5", "13.97") is the number
/// the sender wrote, so it is read back from that text into an integer mantissa and a power of ten.
/// Conversions multiply by exact rational factors and round half away from zero.
public struct ExactDecimal: Hashable, Sendable {
    /// value = mantissa / 10^scale
    public var mantissa: Int128
    public var scale: Int

    public init(mantissa: Int128, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }

    /// The decimal the sender wrote, or nil for NaN, infinity or a magnitude no intake value has.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 { self.init(mantissa: 0, scale: 0); return }
        // Fast path: a value typed with at most 6 decimals is an integer after scaling by a power
        // of ten, up to the last bit of the binary fraction (13.97 * 100 = 1396.9999999999998).
        var scaled = value
        for places in 0...6 {
            if abs(scaled) < 9.0e15 {
                let nearest = ExactDecimal.nearestWhole(scaled)
                if abs(scaled - nearest) <= abs(scaled) * 1.0e-13 {
                    self.init(mantissa: Int128(Int64(nearest)), scale: places)
                    return
                }
            }
            scaled *= 10
        }
        var text = Substring(value.description)
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let parsed = Int(text[text.index(after: e)...]) else { return nil }
            exponent = parsed
            text = text[..<e]
        }
        var mantissa: Int128 = 0
        var fractionDigits = 0
        var seenPoint = false
        for character in text {
            if character == "." { seenPoint = true; continue }
            guard let digit = character.wholeNumberValue else { return nil }
            guard mantissa < 1_000_000_000_000_000_000 else { return nil }
            mantissa = mantissa * 10 + Int128(digit)
            if seenPoint { fractionDigits += 1 }
        }
        let scale = fractionDigits - exponent
        guard scale >= -12, scale <= 24 else { return nil }
        self.init(mantissa: negative ? -mantissa : mantissa, scale: scale)
    }

    /// `value.rounded()` (half away from zero) for |value| < 9e15, through a 64-bit integer: the
    /// same whole number without a call into the C library's `round` (several per conversion).
    static func nearestWhole(_ value: Double) -> Double {
        let truncated = Double(Int64(value))
        let fraction = value - truncated
        if fraction >= 0.5 { return truncated + 1 }
        if fraction <= -0.5 { return truncated - 1 }
        return truncated
    }

    static func powerOfTen(_ n: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }

    /// (self × numerator / denominator) expressed in units of 10^-places, rounded half away from zero.
    public func scaled(times numerator: Int128, over denominator: Int128, places: Int) -> Int {
        var top = mantissa * numerator
        var bottom = denominator
        let shift = places - scale
        if shift >= 0 { top *= ExactDecimal.powerOfTen(shift) } else { bottom *= ExactDecimal.powerOfTen(-shift) }
        return Int(ExactDecimal.divideRoundingHalfAwayFromZero(top, bottom))
    }

    static func divideRoundingHalfAwayFromZero(_ top: Int128, _ bottom: Int128) -> Int128 {
        let negative = (top < 0) != (bottom < 0)
        let a = top.magnitude, b = bottom.magnitude
        let quotient = (a + b / 2) / b
        return negative ? -Int128(quotient) : Int128(quotient)
    }
}

public extension Length {
    /// Canonical length in hundredths of a centimetre (0.01 cm), or nil when not a usable number.
    var centimetreHundredths: Int? {
        guard let exact = ExactDecimal(value) else { return nil }
        switch unit {
        case .cm: return exact.scaled(times: 1, over: 1, places: 2)
        case .m: return exact.scaled(times: 100, over: 1, places: 2)
        case .inch: return exact.scaled(times: 254, over: 100, places: 2)
        case .ft: return exact.scaled(times: 3048, over: 100, places: 2)
        }
    }
}

public extension Mass {
    /// Canonical mass in hundredths of a kilogram (0.01 kg); 1 lb = 0.45359237 kg.
    var kilogramHundredths: Int? {
        guard let exact = ExactDecimal(value) else { return nil }
        switch unit {
        case .kg: return exact.scaled(times: 1, over: 1, places: 2)
        case .lb: return exact.scaled(times: 45_359_237, over: 100_000_000, places: 2)
        }
    }
}

public extension AlcoholAmount {
    /// Canonical alcohol in hundredths of a UK unit; 1 UK unit = 8 g; 1 US drink = 14 g = 1.75 units.
    var ukUnitHundredths: Int? {
        guard let exact = ExactDecimal(value) else { return nil }
        switch unit {
        case .ukUnits: return exact.scaled(times: 1, over: 1, places: 2)
        case .usDrinks: return exact.scaled(times: 7, over: 4, places: 2)
        case .grams: return exact.scaled(times: 1, over: 8, places: 2)
        }
    }
}

public extension Temperature {
    /// Canonical temperature in tenths of a degree Celsius; °C = (°F − 32) × 5/9.
    var celsiusTenths: Int? {
        guard let exact = ExactDecimal(value) else { return nil }
        switch unit {
        case .celsius: return exact.scaled(times: 1, over: 1, places: 1)
        case .fahrenheit:
            let shifted = ExactDecimal(mantissa: exact.mantissa - 32 * ExactDecimal.powerOfTen(exact.scale), scale: exact.scale)
            return shifted.scaled(times: 5, over: 9, places: 1)
        }
    }
}
