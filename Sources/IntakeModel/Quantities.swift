/// Quantities with units, as the intake format writes them: `{"value": 5.5, "unit": "in"}`.
///
/// The entered value and unit are kept (the printed sheet shows what was entered); the canonical
/// value (cm, kg, UK units, degrees C) is computed in decimal arithmetic and rounded half away from
/// zero, as section 1 of the format spec requires, so that 1.5 in is exactly 3.81 cm.

public enum LengthUnit: String, Codable, CaseIterable, Sendable {
    case cm, m
    case inch = "in"
    case ft
}

public enum MassUnit: String, Codable, CaseIterable, Sendable {
    case kg, lb
}

public enum AlcoholUnit: String, Codable, CaseIterable, Sendable {
    case ukUnits = "uk-units"
    case usDrinks = "us-drinks"
    case grams = "g"
}

public enum TemperatureUnit: String, Codable, CaseIterable, Sendable {
    case celsius = "C"
    case fahrenheit = "F"
}

public struct Length: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: LengthUnit
    public init(value: Double, unit: LengthUnit) { self.value = value; self.unit = unit }
}

public struct Mass: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: MassUnit
    public init(value: Double, unit: MassUnit) { self.value = value; self.unit = unit }
}

public struct AlcoholAmount: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: AlcoholUnit
    public init(value: Double, unit: AlcoholUnit) { self.value = value; self.unit = unit }
}

public struct Temperature: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: TemperatureUnit
    public init(value: Double, unit: TemperatureUnit) { self.value = value; self.unit = unit }
}

/// A quantity in the unit the rules use: a length in centimetres, a mass in kilograms, a
/// temperature in degrees Celsius, alcohol in UK units, converted exactly as the rules convert
/// them (`ExactDecimal`); nil for a unit none of these has. Shown beside an answer entered in
/// another unit ("70 lb (31.75 kg)"), so that a unit switched by mistake is seen.
public func valueInUsualUnit(_ number: Double, unitCode: String) -> Double? {
    if let unit = LengthUnit(rawValue: unitCode) { return Length(value: number, unit: unit).centimetreHundredths.map { Double($0) / 100 } }
    if let unit = MassUnit(rawValue: unitCode) { return Mass(value: number, unit: unit).kilogramHundredths.map { Double($0) / 100 } }
    if let unit = TemperatureUnit(rawValue: unitCode) { return Temperature(value: number, unit: unit).celsiusTenths.map { Double($0) / 10 } }
    if let unit = AlcoholUnit(rawValue: unitCode) { return AlcoholAmount(value: number, unit: unit).ukUnitHundredths.map { Double($0) / 100 } }
    return nil
}
