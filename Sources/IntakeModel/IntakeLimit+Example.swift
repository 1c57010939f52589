import Foundation

public extension IntakeLimit {
    /// The example (scaled, canonical unit): the limit's own, else the middle of the usual range.
    var exampleScaled: Int {
        if let example { return example }
        let low = softBelow ?? hard.lowerBound
        let high = softAbove ?? (hard.upperBound == Int.max ? hard.lowerBound : hard.upperBound)
        return low + (high - low) / 2
    }

    /// "37.5": a typical value of this quantity as a person types it, in the canonical unit or,
    /// given the unit code a record allows for it (`in`, `lb`, `F`, `us-drinks`...), converted to that
    /// unit and rounded to at most three significant digits ("99.5", "65", "1.65").
    func example(inUnit unitCode: String? = nil) -> String {
        guard let unitCode, let converted = IntakeLimit.convert(Double(exampleScaled) / IntakeLimit.powerOfTen(places),
                                                                 toUnit: unitCode) else {
            return number(exampleScaled)
        }
        return IntakeLimit.readable(converted)
    }

    /// A canonical value (cm, kg, UK units, °C) in another unit of its quantity; nil for the
    /// canonical unit itself or an unknown code.
    static func convert(_ canonical: Double, toUnit code: String) -> Double? {
        switch code {
        case LengthUnit.m.rawValue: return canonical / 100
        case LengthUnit.inch.rawValue: return canonical / 2.54
        case LengthUnit.ft.rawValue: return canonical / 30.48
        case MassUnit.lb.rawValue: return canonical / 0.45359237
        case AlcoholUnit.usDrinks.rawValue: return canonical / 1.75
        case AlcoholUnit.grams.rawValue: return canonical * 8
        case TemperatureUnit.fahrenheit.rawValue: return canonical * 9 / 5 + 32
        default: return nil
        }
    }

    /// Three significant digits at most, and no more than two decimals: 154.32 -> "154",
    /// 64.96 -> "65", 5.413 -> "5.41", 0.787 -> "0.79".
    static func readable(_ value: Double) -> String {
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 0 : (magnitude >= 10 ? 1 : 2)
        let scale = powerOfTen(decimals)
        let rounded = (value * scale).rounded() / scale
        let scaled = Int((rounded * scale).rounded())
        return decimalText(scaled, places: decimals)
    }
}
