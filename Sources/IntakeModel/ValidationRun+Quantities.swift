/// Quantities with units: `{"value": 5.5, "unit": "in"}` (format spec section 1). The shape is
/// checked first (object, both keys, a number, an allowed unit); the canonical value is then
/// compared with its limit in exact decimal arithmetic, and the problem is reported at the quantity.
/// A value out of range is one problem at the quantity's own path (spec 8.2), whichever limit it
/// breaks: every hard limit lies inside the schema's minimum (0; a mass above 0), and a quantity
/// without a limit of its own (tallest adult height) is held to that minimum there.
extension ValidationRun {
    /// The value and unit of a quantity object, or nil when its shape is wrong.
    mutating func quantity<U: RawRepresentable & CaseIterable>(_ unit: U.Type, _ object: JSONObject, _ key: String,
                                                               required: Bool = false, requiredMessage: String? = nil) -> (Double, U)?
    where U.RawValue == String {
        guard let value = object[key] else {
            if required { error(object.path(key), .required, requiredMessage ?? messages.required(key)) }
            return nil
        }
        let result: (Double, U)?? = self.object(value, at: object.path(key), keys: ["value", "unit"]) { run, quantity in
            let number = quantity.has("value") ? run.number(quantity, "value") : nil
            if !quantity.has("value") { run.error(quantity.path("value"), .required, run.messages.say(.valueRequired)) }
            let chosen = quantity.has("unit") ? run.choice(U.self, quantity, "unit") : nil
            if !quantity.has("unit") {
                let allowed = U.allCases.map(\.rawValue).joined(separator: ", ")
                run.error(quantity.path("unit"), .required, run.messages.say(.unitRequired, ["allowed": allowed]))
            }
            guard let number, let chosen else { return nil }
            return (number, chosen)
        }
        return result ?? nil
    }

    /// Checks a canonical value against a limit: an error outside the hard range, a warning outside
    /// the soft range. Returns the value when it is within the hard range.
    mutating func canonical(_ scaled: @autoclosure () -> Int?, entered: Double, unit: String, limit: IntakeLimit,
                            at path: String) -> Int? {
        // Conversion is exact in 128-bit integers; magnitudes no body has are refused before it.
        guard abs(entered) < 1.0e9, let scaled = scaled() else {
            error(path, .range, messages.outsideRange(IntakeLimit.quantity(messages.number(entered), unit: unit, in: messages.language), limit))
            return nil
        }
        // The message text is built only when there is something to report.
        let messages = self.messages
        let text = { messages.converted(entered: entered, unit: unit, canonical: messages.quantity(scaled, limit), canonicalUnit: limit.unit) }
        guard limit.isWithinHardLimits(scaled) else {
            error(path, .range, messages.outsideRange(text(), limit))
            return nil
        }
        if limit.isOutsideSoftLimits(scaled) { softLimit(path, messages.unusual(text(), limit)) }
        return scaled
    }

    /// A length; with a limit, checked against it in canonical centimetres.
    mutating func length(_ object: JSONObject, _ key: String, limit: IntakeLimit?, required: Bool = false) -> (Length, Int)? {
        guard let (value, unit) = quantity(LengthUnit.self, object, key, required: required) else { return nil }
        let length = Length(value: value, unit: unit)
        let path = object.path(key)
        guard let limit else {
            guard value >= 0 else {
                error(path, .range, messages.say(.atLeastZero))
                return nil
            }
            guard value < 1.0e9, let scaled = length.centimetreHundredths else { return nil }
            return (length, scaled)
        }
        guard let scaled = canonical(length.centimetreHundredths, entered: value, unit: unit.rawValue, limit: limit, at: path) else {
            return nil
        }
        return (length, scaled)
    }

    mutating func mass(_ object: JSONObject, _ key: String, limit: IntakeLimit, required: Bool = false) -> (Mass, Int)? {
        guard let (value, unit) = quantity(MassUnit.self, object, key, required: required) else { return nil }
        let mass = Mass(value: value, unit: unit)
        guard let scaled = canonical(mass.kilogramHundredths, entered: value, unit: unit.rawValue, limit: limit,
                                     at: object.path(key)) else { return nil }
        return (mass, scaled)
    }

    mutating func alcohol(_ object: JSONObject, _ key: String, limit: IntakeLimit) -> AlcoholAmount? {
        guard let (value, unit) = quantity(AlcoholUnit.self, object, key) else { return nil }
        let amount = AlcoholAmount(value: value, unit: unit)
        let path = object.path(key)
        let canonicalUnit = unit == .ukUnits ? limit.unit : unit.rawValue
        guard canonical(amount.ukUnitHundredths, entered: value, unit: canonicalUnit, limit: limit, at: path) != nil else { return nil }
        return amount
    }

    mutating func temperature(_ object: JSONObject, _ key: String, limit: IntakeLimit) -> Temperature? {
        guard let (value, unit) = quantity(TemperatureUnit.self, object, key) else { return nil }
        let temperature = Temperature(value: value, unit: unit)
        let enteredUnit = unit == .celsius ? limit.unit : "°F"
        guard canonical(temperature.celsiusTenths, entered: value, unit: enteredUnit, limit: limit,
                        at: object.path(key)) != nil else { return nil }
        return temperature
    }
}
