import Catalog
import PlainText

/// Message helpers built on `ValidationText`, and the one sanitizer (`PlainText`) that keeps terminal
/// control characters of patient data out of every message.
extension ValidationText {
    /// "900 kg is outside 25-300 kg"
    func outsideRange(_ quantity: String, _ limit: IntakeLimit) -> String {
        say(.outsideRange, ["value": quantity, "range": limit.hardRangeText(in: language)])
    }

    /// "must be between -6 and 4"
    func mustBeBetween(_ limit: IntakeLimit) -> String {
        let low = limit.number(limit.hard.lowerBound, in: language), high = limit.number(limit.hard.upperBound, in: language)
        if limit.hard.upperBound == Int.max { return say(.atLeastZero) }
        guard let unit = limit.unitWords.map({ Catalog(language)($0.many) }) ?? (limit.unit.isEmpty ? nil : limit.unit) else {
            return say(.mustBeBetween, ["min": low, "max": high])
        }
        return say(.mustBeBetweenUnit, ["min": low, "max": high, "unit": unit])
    }

    /// "35 years is unusual (below 40 years or above 100 years): please confirm"
    func unusual(_ quantity: String, _ limit: IntakeLimit) -> String {
        say(.unusual, ["value": quantity, "range": limit.softRangeText(in: language)])
    }

    /// "168.5 cm", "150 años": a scaled value of `limit` with its unit, in this language.
    func quantity(_ scaled: Int, _ limit: IntakeLimit) -> String { limit.quantity(scaled, in: language) }

    /// "61", "37,5" in Spanish: a number as a person wrote it, in this language.
    func number(_ value: Double) -> String { Catalog(language).decimal(IntakeText.number(value)) }

    /// "5.4 ft (164.59 cm)" when converted, "168 cm" when entered in the canonical unit.
    func converted(entered value: Double, unit: String, canonical: String, canonicalUnit: String) -> String {
        let entered = IntakeLimit.quantity(number(value), unit: unit, in: language)
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
