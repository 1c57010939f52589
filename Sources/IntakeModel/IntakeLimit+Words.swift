import Catalog

/// A limit in a language's words: its numbers ("37,5" in Spanish), its unit after a number
/// ("1 año", "150 años") and its ranges ("18-120 años", "de -6 a 4", "menos de 40 años o más de
/// 100 años"). The words are the catalog's (`limit.*`, `number.decimalMark`); English reads as
/// the format spec's messages ("18-120 years", "-6 to 4", "below 40 years or above 100 years").
public extension IntakeLimit {
    /// A scaled value as the language writes it: 375 at 1 place is "37.5", in Spanish "37,5".
    func number(_ scaled: Int, in language: Language) -> String { Catalog(language).decimal(number(scaled)) }

    /// "168.5 cm", "1 year", "150 años": a scaled value with this limit's unit.
    func quantity(_ scaled: Int, in language: Language) -> String {
        IntakeLimit.quantity(number(scaled, in: language), unit: unit, in: language)
    }

    /// A number as a person wrote it (61, 37.5) with this limit's unit, in the language's way.
    func quantity(raw value: Double, in language: Language) -> String {
        IntakeLimit.quantity(Catalog(language).decimal(IntakeText.number(value)), unit: unit, in: language)
    }

    /// "25-300 kg", "18-120 años"; a range with a negative end reads "-6 to 4" ("de -6 a 4"); a
    /// limit without an upper bound (a dose) "0 or more mg/day" ("0 o más mg/día").
    func hardRangeText(in language: Language) -> String {
        let catalog = Catalog(language)
        let ends = ["low": number(hard.lowerBound, in: language), "high": number(hard.upperBound, in: language)]
        let range = !hasUpperBound ? catalog(.limitRangeAtLeast, ends)
            : catalog(hard.lowerBound < 0 || hard.upperBound < 0 ? .limitRangeNegative : .limitRange, ends)
        guard let words = unitWords else { return unit.isEmpty ? range : "\(range) \(unit)" }
        return "\(range) \(catalog(words.many))"
    }

    /// "below 135 cm or above 205 cm", "above 15 cm"; in Spanish "menos de 40 años o más de 100 años".
    func softRangeText(in language: Language) -> String {
        let catalog = Catalog(language)
        let below = softBelow.map { catalog(.limitBelow, ["quantity": quantity($0, in: language)]) }
        let above = softAbove.map { catalog(.limitAbove, ["quantity": quantity($0, in: language)]) }
        guard let below, let above else { return below ?? above ?? "" }
        return catalog(.limitBelowOrAbove, ["below": below, "above": above])
    }

    /// The catalog's words for this limit's unit after a number other than 1 (`many`) and after 1
    /// (`one`); nil for a count without unit. `unit` stays the format's own label (documents, FHIR).
    var unitWords: (many: TextKey, one: TextKey)? { IntakeLimit.unitWords(unit) }

    /// The catalog's words for a unit label of `IntakeLimits` ("years", "UK units/day").
    static func unitWords(_ unit: String) -> (many: TextKey, one: TextKey)? {
        switch unit {
        case "years": return (.limitUnitYears, .limitUnitYearsOne)
        case "months": return (.limitUnitMonths, .limitUnitMonthsOne)
        case "days": return (.limitUnitDays, .limitUnitDaysOne)
        case "cm": return (.limitUnitCm, .limitUnitCmOne)
        case "kg": return (.limitUnitKg, .limitUnitKgOne)
        case "kg/m²": return (.limitUnitKgM2, .limitUnitKgM2One)
        case "UK units/day": return (.limitUnitUkUnitsDay, .limitUnitUkUnitsDayOne)
        case "mg/day": return (.limitUnitMgDay, .limitUnitMgDayOne)
        case "°C": return (.limitUnitCelsius, .limitUnitCelsiusOne)
        case "mL/min": return (.limitUnitMlMin, .limitUnitMlMinOne)
        default: return nil
        }
    }

    /// A number already written in the language's way, with a unit label of `IntakeLimits`.
    static func quantity(_ number: String, unit: String, in language: Language) -> String {
        guard !unit.isEmpty else { return number }
        guard let words = unitWords(unit) else { return "\(number) \(unit)" }
        return "\(number) \(Catalog(language)(number == "1" ? words.one : words.many))"
    }
}
