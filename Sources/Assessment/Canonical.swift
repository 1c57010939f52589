import IntakeModel

/// Canonical values (format spec section 1) through IntakeModel's exact decimal conversions. A
/// whole number already in the canonical unit (170 cm, 74 kg, 2 UK units, 37 °C) is scaled by a
/// power of ten directly: the same result, without the decimal machinery.
enum Canonical {
    @inline(__always) static func wholeNumber(_ value: Double) -> Int? {
        guard value >= -1_000_000, value <= 1_000_000, value == value.rounded(.towardZero) else { return nil }
        return Int(value)
    }

    static func centimetreHundredths(_ length: Length) -> Int? {
        if length.unit == .cm, let whole = wholeNumber(length.value) { return whole * 100 }
        return length.centimetreHundredths
    }

    static func kilogramHundredths(_ mass: Mass) -> Int? {
        if mass.unit == .kg, let whole = wholeNumber(mass.value) { return whole * 100 }
        return mass.kilogramHundredths
    }

    static func ukUnitHundredths(_ alcohol: AlcoholAmount) -> Int? {
        if alcohol.unit == .ukUnits, let whole = wholeNumber(alcohol.value) { return whole * 100 }
        return alcohol.ukUnitHundredths
    }

    static func celsiusTenths(_ temperature: Temperature) -> Int? {
        if temperature.unit == .celsius, let whole = wholeNumber(temperature.value) { return whole * 10 }
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
