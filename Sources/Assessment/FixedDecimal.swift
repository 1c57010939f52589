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

    public init(from decoder: Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Double.self)
        // Decoding is for reading stored assessments back; 2 places keep both BMI and height loss.
        self.init(units: Int((value * 100).rounded()), places: 2)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(doubleValue)
    }
}
