/// The checks of one typed value (text, whole number, decimal, date, options, quantities) for
/// `ValidationRun+Record`: the same messages as their JSON twins in `ValidationRun`, on values whose
/// kind the type already guarantees.
extension ValidationRun {
    /// Free text of `length` characters (code points), as `text(_:_:length:)` checks it in JSON.
    mutating func text(_ text: String?, at path: String, length: ClosedRange<Int>, notBlank: Bool = false,
                       noControlCharacters: Bool = false) -> String? {
        guard let text else { return nil }
        let count = text.unicodeScalars.count
        if count < length.lowerBound || count > length.upperBound {
            error(path, .range, length.lowerBound == 0 ? messages.say(.lengthAtMost, ["max": String(length.upperBound)])
                : messages.say(.lengthBetween, ["min": String(length.lowerBound), "max": String(length.upperBound), "length": String(count)]))
            return nil
        }
        if notBlank, text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            error(path, .range, messages.say(.notBlank))
            return nil
        }
        if noControlCharacters, text.unicodeScalars.contains(where: IntakeText.isControl) {
            error(path, .range, messages.say(.noControlCharacters))
            return nil
        }
        return text
    }

    /// A whole number inside `limit`'s hard range.
    mutating func integer(_ value: Int?, at path: String, limit: IntakeLimit) -> Int? {
        guard let value else { return nil }
        guard abs(Double(value)) < 9.0e15 else {
            error(path, .range, messages.outsideRange(messages.number(Double(value)), limit))
            return nil
        }
        guard limit.isWithinHardLimits(value) else {
            error(path, .range, messages.outsideRange(messages.quantity(value, limit), limit))
            return nil
        }
        return value
    }

    /// A number that JSON can hold (a record in memory could hold infinity); else a type error.
    mutating func finite(_ value: Double, at path: String) -> Bool {
        guard value.isFinite else {
            error(path, .type, messages.say(.mustBeNumber, ["kind": messages.kind(of: .number(value))]))
            return false
        }
        return true
    }

    /// A number (any decimals) inside `limit`'s hard range, compared exactly.
    mutating func bounded(_ value: Double?, at path: String, limit: IntakeLimit) -> Double? {
        guard let number = value, finite(number, at: path) else { return nil }
        guard limit.contains(raw: number) else {
            error(path, .range, messages.mustBeBetween(limit))
            return nil
        }
        if limit.isOutsideSoftLimits(raw: number) {
            softLimit(path, messages.unusual(limit.quantity(raw: number, in: messages.language), limit))
        }
        return number
    }

    /// A real date; with `notAfterVisit`, a date after visitDate is a `date-order` error.
    mutating func date(_ value: CalendarDate?, at path: String, notAfterVisit: Bool = true) -> CalendarDate? {
        guard let value else { return nil }
        guard let date = Self.real(value) else {
            error(path, .format, messages.say(.notARealDate, ["value": IntakeText.printable(value.description)]))
            return nil
        }
        if notAfterVisit, let visit = visitDate, date > visit {
            error(path, .dateOrder, messages.say(.afterVisitDate))
            return nil
        }
        return date
    }

    /// A set of options: an option listed twice is reported where it repeats.
    mutating func repeats<E: RawRepresentable>(_ values: [E]?, at path: String) where E.RawValue == String {
        var seen: Set<String> = []
        for (index, value) in (values ?? []).enumerated() where !seen.insert(value.rawValue).inserted {
            error(JSONPointer.appending(index, to: path), .duplicate, messages.say(.listedTwice, ["value": IntakeText.printable(value.rawValue)]))
        }
    }

    /// A length; with a limit, checked against it in canonical centimetres. `requiredAs` names a
    /// length that must be given.
    mutating func length(_ value: Length?, at path: String, limit: IntakeLimit?, requiredAs key: String? = nil) -> (Length, Int)? {
        guard let length = value else {
            if let key { error(path, .required, messages.required(key)) }
            return nil
        }
        guard finite(length.value, at: path + "/value") else { return nil }
        guard let limit else {
            guard length.value >= 0 else {
                error(path, .range, messages.say(.atLeastZero))
                return nil
            }
            guard length.value < 1.0e9, let scaled = length.centimetreHundredths else { return nil }
            return (length, scaled)
        }
        guard let scaled = canonical(length.centimetreHundredths, entered: length.value, unit: length.unit.rawValue,
                                     limit: limit, at: path) else { return nil }
        return (length, scaled)
    }

    mutating func mass(_ value: Mass?, at path: String, limit: IntakeLimit, requiredAs key: String? = nil) -> (Mass, Int)? {
        guard let mass = value else {
            if let key { error(path, .required, messages.required(key)) }
            return nil
        }
        guard finite(mass.value, at: path + "/value"),
              let scaled = canonical(mass.kilogramHundredths, entered: mass.value, unit: mass.unit.rawValue, limit: limit,
                                     at: path) else { return nil }
        return (mass, scaled)
    }

    mutating func temperature(_ value: Temperature?, at path: String, limit: IntakeLimit) -> Temperature? {
        guard let temperature = value, finite(temperature.value, at: path + "/value") else { return nil }
        let enteredUnit = temperature.unit == .celsius ? limit.unit : "°F"
        guard canonical(temperature.celsiusTenths, entered: temperature.value, unit: enteredUnit, limit: limit,
                        at: path) != nil else { return nil }
        return temperature
    }
}
