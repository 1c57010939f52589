/// The texts of validation problems (English), in one place, and the rule that keeps terminal
/// control characters of patient data out of every message.
enum IntakeText {
    /// "900 kg is outside 25-300 kg"
    static func outsideRange(_ quantity: String, _ limit: IntakeLimit) -> String {
        "\(quantity) is outside \(limit.hardRangeText)"
    }

    /// "must be between -6 and 4"
    static func mustBeBetween(_ limit: IntakeLimit) -> String {
        let low = limit.number(limit.hard.lowerBound), high = limit.number(limit.hard.upperBound)
        return limit.unit.isEmpty ? "must be between \(low) and \(high)" : "must be between \(low) and \(high) \(limit.unit)"
    }

    /// "35 years is unusual (below 40 years or above 100 years): please confirm"
    static func unusual(_ quantity: String, _ limit: IntakeLimit) -> String {
        "\(quantity) is unusual (\(limit.softRangeText)): please confirm"
    }

    /// A number as a person wrote it: 61 rather than 61.0.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1.0e15 { return String(Int(value)) }
        return String(value)
    }

    /// "5.4 ft (164.59 cm)" when converted, "168 cm" when entered in the canonical unit.
    static func converted(entered value: Double, unit: String, canonical: String, canonicalUnit: String) -> String {
        unit == canonicalUnit ? "\(number(value)) \(unit)" : "\(number(value)) \(unit) (\(canonical))"
    }

    /// C0 controls, DEL and C1 controls (the schema's `[\u0000-\u001f\u007f-\u009f]`).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Text from the record made safe for a terminal, a sheet or a log: control characters removed,
    /// at most 60 characters kept.
    static func printable(_ text: String, limit: Int = 60) -> String {
        var result = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars where !isControl(scalar) {
            if count == limit { return String(result) + "…" }
            result.append(scalar)
            count += 1
        }
        return String(result)
    }
}
