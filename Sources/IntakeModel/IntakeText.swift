import PlainText

/// Message helpers built on `ValidationText`, and the one sanitizer (`PlainText`) that keeps terminal
/// control characters of patient data out of every message.
extension ValidationText {
    /// "900 kg is outside 25-300 kg"
    func outsideRange(_ quantity: String, _ limit: IntakeLimit) -> String {
        say(.outsideRange, ["value": quantity, "range": limit.hardRangeText])
    }

    /// "must be between -6 and 4"
    func mustBeBetween(_ limit: IntakeLimit) -> String {
        let low = limit.number(limit.hard.lowerBound), high = limit.number(limit.hard.upperBound)
        if limit.hard.upperBound == Int.max { return say(.atLeastZero) }
        return limit.unit.isEmpty ? say(.mustBeBetween, ["min": low, "max": high]) : say(.mustBeBetweenUnit, ["min": low, "max": high, "unit": limit.unit])
    }

    /// "35 years is unusual (below 40 years or above 100 years): please confirm"
    func unusual(_ quantity: String, _ limit: IntakeLimit) -> String {
        say(.unusual, ["value": quantity, "range": limit.softRangeText])
    }

    /// "5.4 ft (164.59 cm)" when converted, "168 cm" when entered in the canonical unit.
    func converted(entered value: Double, unit: String, canonical: String, canonicalUnit: String) -> String {
        let entered = "\(IntakeText.number(value)) \(unit)"
        return unit == canonicalUnit ? entered : say(.convertedValue, ["value": entered, "converted": canonical])
    }
}

public enum IntakeText {
    /// A number as a person wrote it: 61 rather than 61.0.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1.0e15 { return String(Int(value)) }
        return String(value)
    }

    /// C0 controls, DEL and C1 controls (the schema's `[\u0000-\u001f\u007f-\u009f]`).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Text from the record made safe for a terminal, a sheet or a log (`Sanitizer`), cut to at
    /// most 60 columns with an ellipsis.
    public static func printable(_ text: String, limit: Int = 60) -> String {
        Truncation.truncated(Sanitizer.displayLine(text), toWidth: limit)
    }
}
