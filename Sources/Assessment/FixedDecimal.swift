import IntakeModel

/// A decimal number held as an integer count of 10^-places (BMI in tenths, height loss in
/// hundredths of a centimetre), so the output shows exactly the rounded value: 21.2, 6.00, 2.54.
public struct FixedDecimal: Hashable, Sendable, Codable, CustomStringConvertible {
    public var units: Int
    public var places: Int

    public init(units: Int, places: Int) {
        self.units = units
        self.places = places
    }

    static func divisor(_ places: Int) -> Int {
        var result = 1
        for _ in 0..<places { result *= 10 }
        return result
    }

    /// The nearest binary double; its shortest text is the decimal itself (2.54, never 2.5400000001).
    public var doubleValue: Double { Double(units) / Double(FixedDecimal.divisor(places)) }

    /// "21.2", "6.00", "-0.50": all `places` decimals, for screens and the printed sheet.
    public var description: String {
        let divisor = FixedDecimal.divisor(places)
        let whole = String(units.magnitude / UInt(divisor))
        let sign = units < 0 ? "-" : ""
        guard places > 0 else { return sign + whole }
        var fraction = String(units.magnitude % UInt(divisor))
        while fraction.count < places { fraction = "0" + fraction }
        return sign + whole + "." + fraction
    }

    /// Equal when the numbers are equal: 6.0 (60, 1) == 6.00 (600, 2).
    public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        let places = max(lhs.places, rhs.places)
        return lhs.units * divisor(places - lhs.places) == rhs.units * divisor(places - rhs.places)
    }

    public func hash(into hasher: inout Hasher) {
        var units = self.units
        var places = self.places
        while places > 0 && units % 10 == 0 {
            units /= 10
            places -= 1
        }
        hasher.combine(units)
        hasher.combine(places)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        // The decimal as written (IntakeModel's ExactDecimal reads a double's shortest text).
        guard let exact = ExactDecimal(value), exact.scale >= 0, exact.scale <= 6 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a decimal with up to 6 places")
        }
        self.init(units: Int(exact.mantissa), places: exact.scale)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}
