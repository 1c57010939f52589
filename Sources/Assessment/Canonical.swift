import IntakeModel

/// Canonical values (format spec section 1) through IntakeModel's exact decimal conversions. A
/// value typed with at most two decimals (170 cm, 64 in, 150 lb, 98.6 °F, 1.5 US drinks: nearly
/// every entry) is converted here in 64-bit integers (`ShortDecimal`), with the same result as
/// IntakeModel's `ExactDecimal` and without its 128-bit arithmetic and calls (about 240
/// instructions a conversion, on every assessment). Anything else goes to IntakeModel. The
/// conversions are inlined where the facts are prepared: the calls cost a third of the work. Each
/// unit names its factor as literals in its own call, so the division is by a known constant.
enum Canonical {
    @inline(__always) static func centimetreHundredths(_ length: Length) -> Int? {
        let fast: Int? = switch length.unit {
        case .cm: ShortDecimal.scaled(length.value, times: 1, over: 1, places: 2)
        case .m: ShortDecimal.scaled(length.value, times: 100, over: 1, places: 2)
        case .inch: ShortDecimal.scaled(length.value, times: 254, over: 100, places: 2)
        case .ft: ShortDecimal.scaled(length.value, times: 3048, over: 100, places: 2)
        }
        return fast ?? length.centimetreHundredths
    }

    @inline(__always) static func kilogramHundredths(_ mass: Mass) -> Int? {
        let fast: Int? = switch mass.unit {
        case .kg: ShortDecimal.scaled(mass.value, times: 1, over: 1, places: 2)
        case .lb: ShortDecimal.scaled(mass.value, times: 45_359_237, over: 100_000_000, places: 2)
        }
        return fast ?? mass.kilogramHundredths
    }

    @inline(__always) static func ukUnitHundredths(_ alcohol: AlcoholAmount) -> Int? {
        let fast: Int? = switch alcohol.unit {
        case .ukUnits: ShortDecimal.scaled(alcohol.value, times: 1, over: 1, places: 2)
        case .usDrinks: ShortDecimal.scaled(alcohol.value, times: 7, over: 4, places: 2)
        case .grams: ShortDecimal.scaled(alcohol.value, times: 1, over: 8, places: 2)
        }
        return fast ?? alcohol.ukUnitHundredths
    }

    @inline(__always) static func celsiusTenths(_ temperature: Temperature) -> Int? {
        if var decimal = ShortDecimal(temperature.value) {
            if temperature.unit == .fahrenheit {
                // °C = (°F − 32) × 5/9, as IntakeModel: 32 shifted to the decimal's scale first.
                decimal.mantissa -= 32 * ShortDecimal.powerOfTen(decimal.scale)
                if let result = decimal.scaled(times: 5, over: 9, places: 1) { return result }
            } else if let result = decimal.scaled(times: 1, over: 1, places: 1) {
                return result
            }
        }
        return temperature.celsiusTenths
    }

    /// Warning paths of the first medication entries, made once ("/medications/3").
    static let medicationPaths: [String] = (0..<64).map { "/medications/\($0)" }
    static let medicationNamePaths: [String] = (0..<64).map { "/medications/\($0)/name" }

    static func medicationPath(_ index: Int) -> String {
        index < medicationPaths.count ? medicationPaths[index] : "/medications/\(index)"
    }

    static func medicationNamePath(_ index: Int) -> String {
        index < medicationNamePaths.count ? medicationNamePaths[index] : "/medications/\(index)/name"
    }
}

/// mantissa / 10^scale with at most two decimals and a mantissa below 2^30: the decimal
/// `ExactDecimal(value)` finds, found the same way. ExactDecimal's fast path tries 0, 1, 2, ...
/// decimals in turn with exactly these floating-point steps and keeps the first that fits, so
/// stopping after two decimals gives its answer or none (and then the caller asks IntakeModel).
/// `UnitConversionFastPathTests` compare both on many values of every unit.
struct ShortDecimal {
    var mantissa: Int
    var scale: Int

    @inline(__always) init?(_ value: Double) {
        var scaled = value
        for places in 0...2 {
            // The test of ExactDecimal.init (magnitude, nearest whole number, relative tolerance).
            if abs(scaled) < 9.0e15 {
                let truncated = Double(Int64(scaled))
                let fraction = scaled - truncated
                let nearest = fraction >= 0.5 ? truncated + 1 : (fraction <= -0.5 ? truncated - 1 : truncated)
                if abs(scaled - nearest) <= abs(scaled) * 1.0e-13 {
                    guard abs(nearest) < 1_073_741_824 else { return nil }
                    mantissa = Int(nearest)
                    scale = places
                    return
                }
            }
            scaled *= 10
        }
        return nil
    }

    /// `value` × numerator / denominator in units of 10^-places by the 64-bit path, or nil when
    /// `value` has more than two decimals or an intermediate would overflow (the caller then
    /// converts through IntakeModel's `ExactDecimal`).
    @inline(__always) static func scaled(_ value: Double, times numerator: Int, over denominator: Int, places: Int) -> Int? {
        ShortDecimal(value)?.scaled(times: numerator, over: denominator, places: places)
    }

    @inline(__always) static func powerOfTen(_ n: Int) -> Int {
        var power = 1
        for _ in 0..<n { power &*= 10 }
        return power
    }

    /// self × numerator / denominator in units of 10^-places, rounded half away from zero: the
    /// arithmetic of ExactDecimal.scaled. Nil when an intermediate would not fit in 64 bits.
    @inline(__always) func scaled(times numerator: Int, over denominator: Int, places: Int) -> Int? {
        let shift = places - scale
        guard shift >= -18, shift <= 18 else { return nil }
        var (top, overflow) = mantissa.multipliedReportingOverflow(by: numerator)
        guard !overflow else { return nil }
        var bottom = denominator
        if shift >= 0 {
            (top, overflow) = top.multipliedReportingOverflow(by: ShortDecimal.powerOfTen(shift))
        } else {
            (bottom, overflow) = bottom.multipliedReportingOverflow(by: ShortDecimal.powerOfTen(-shift))
        }
        guard !overflow, bottom > 0 else { return nil }
        let divisor = UInt(bottom)
        let (rounded, carried) = top.magnitude.addingReportingOverflow(divisor / 2)
        guard !carried, rounded / divisor <= UInt(Int.max) else { return nil }
        let quotient = Int(rounded / divisor)
        return top < 0 ? -quotient : quotient
    }
}
