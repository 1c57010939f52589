import Testing
import IntakeModel
@testable import Assessment

/// `Canonical` converts short decimals in 64-bit integers (`ShortDecimal`) instead of asking
/// IntakeModel's `ExactDecimal`: the two must agree on every value, whichever path a value takes.
@Suite("Canonical conversion fast path agrees with IntakeModel")
struct UnitConversionFastPathTests {
    /// Whole numbers, tenths, hundredths and thousandths (which take the slow path), negative ones,
    /// halves at rounding boundaries, huge and non-finite values.
    static let values: [Double] = {
        var values: [Double] = [0, -0.0, 0.005, 0.015, 0.045, 1e9, 1.073741824e9, 1e12, 9.5e15, 1e300, .nan, .infinity, -.infinity]
        for whole in -300...1_200 { values.append(Double(whole)) }
        for tenths in -3_000...12_000 { values.append(Double(tenths) / 10) }
        for hundredths in stride(from: -20_000, through: 120_000, by: 7) { values.append(Double(hundredths) / 100) }
        for thousandths in stride(from: -2_000, through: 120_000, by: 13) { values.append(Double(thousandths) / 1_000) }
        return values
    }()

    @Test("lengths in every unit")
    func lengths() {
        for value in UnitConversionFastPathTests.values {
            for unit in LengthUnit.allCases {
                let length = Length(value: value, unit: unit)
                #expect(Canonical.centimetreHundredths(length) == length.centimetreHundredths, "\(value) \(unit)")
            }
        }
    }

    @Test("masses in every unit")
    func masses() {
        for value in UnitConversionFastPathTests.values {
            for unit in MassUnit.allCases {
                let mass = Mass(value: value, unit: unit)
                #expect(Canonical.kilogramHundredths(mass) == mass.kilogramHundredths, "\(value) \(unit)")
            }
        }
    }

    @Test("alcohol in every unit")
    func alcohol() {
        for value in UnitConversionFastPathTests.values {
            for unit in AlcoholUnit.allCases {
                let amount = AlcoholAmount(value: value, unit: unit)
                #expect(Canonical.ukUnitHundredths(amount) == amount.ukUnitHundredths, "\(value) \(unit)")
            }
        }
    }

    @Test("temperatures in both units")
    func temperatures() {
        for value in UnitConversionFastPathTests.values {
            for unit in TemperatureUnit.allCases {
                let temperature = Temperature(value: value, unit: unit)
                #expect(Canonical.celsiusTenths(temperature) == temperature.celsiusTenths, "\(value) \(unit)")
            }
        }
    }

    @Test("medication doses and durations: scaled agrees with ExactDecimal")
    func medicationScaling() {
        let factors: [(Int, Int)] = [(1, 1), (12, 1), (5, 4), (4, 1), (1, 5), (25, 4), (5, 3)]
        // ExactDecimal.scaled traps when its result does not fit an Int (1e12 months in millionths).
        for value in UnitConversionFastPathTests.values where !value.isFinite || abs(value) <= 1e9 {
            for (numerator, denominator) in factors {
                for places in [2, 6] {
                    let exact = ExactDecimal(value)?.scaled(times: Int128(numerator), over: Int128(denominator), places: places)
                    #expect(MedicationFacts.scaled(value, times: numerator, over: denominator, places: places) == exact,
                            "\(value) × \(numerator)/\(denominator) places \(places)")
                }
            }
        }
    }
}
